import { describe, expect, it } from 'vitest';
import { PROFILES } from './index';
import type { LanguageProfile } from './types';

// The word lists of the figure and scope rules have twins in every profile: what one language can
// read (a unit, a period, a scale, a qualifier, a scope), every other can. The phrases themselves
// are read side by side in lib/figures/twins.test.ts.
const values = (table: Readonly<Record<string, unknown>>) =>
  [
    ...new Set(Object.values(table).map((v) => (typeof v === 'number' ? Number(v.toPrecision(6)) : v))),
  ].sort();

// Words joined by a hyphen ("hour-long", "half-hour") are an English way of writing a length.
const plainWords = <T>(table: Readonly<Record<string, T>>) =>
  Object.fromEntries(Object.entries(table).filter(([word]) => !word.includes('-')));

const TWIN_CLASSES: ReadonlyArray<readonly [string, (p: LanguageProfile) => unknown[]]> = [
  ['canonical units', (p) => values(p.units)],
  ['time units, in days', (p) => values(plainWords(p.timeUnits))],
  ['periods of rate words', (p) => values(p.rateWords)],
  ['months', (p) => values(p.months)],
  ['scales', (p) => values(p.numbers.scales)],
  ['fractions', (p) => values(p.numbers.fractions)],
  ['qualifiers before a figure', (p) => [...new Set(p.qualifiers.before.map(([, q]) => q))].sort()],
  ['qualifiers after a figure', (p) => [...new Set(p.qualifiers.after.map(([, q]) => q))].sort()],
];

describe('every class of figure and scope words has its twin in each profile', () => {
  const [first, ...others] = PROFILES;
  it.each(TWIN_CLASSES)('%s', (_name, read) => {
    for (const profile of others)
      expect({ [profile.code]: read(profile) }).toEqual({ [profile.code]: read(first!) });
  });

  it.each(PROFILES.map((p) => [p.code, p] as const))(
    '%s marks both scopes and every figure word class',
    (_code, p) => {
      expect(p.scopePatterns.single.length).toBeGreaterThan(0);
      expect(p.scopePatterns.total.length).toBeGreaterThan(0);
      const words = p.figureWords;
      // A class may be empty where the grammar has no such word, when its twin class is not:
      // English "half a million" (half) is Spanish "medio millón" (halfFactor).
      expect([...words.half, ...words.halfFactor].length).toBeGreaterThan(0);
      for (const field of [
        'of',
        'articles',
        'each',
        'one',
        'and',
        'between',
        'rangeFrom',
        'rangeTo',
      ] as const)
        expect({ [field]: words[field].length > 0 }).toEqual({ [field]: true });
      for (const field of [
        'shareOnes',
        'shareLinks',
        'approximatorEnds',
        'ratePrepositions',
        'timePoint',
      ] as const)
        expect({ [field]: words[field].length > 0 }).toEqual({ [field]: true });
    },
  );
});
