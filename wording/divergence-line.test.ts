import { describe, expect, it } from 'vitest';
import type { Aspect, Difference } from '@/lib';
import { divergenceLine } from './divergence-line';

const d = (aspect: Aspect, page: string, report: string, perDay?: Difference['perDay']): Difference => ({
  aspect,
  page,
  report,
  ...(perDay ? { perDay } : {}),
});

describe('divergenceLine', () => {
  it.each([
    [
      'a count',
      d('figure', '13 bombing raids', '12 bombings'),
      'ulbhry.org counts 12 bombings where this page counts 13 bombing raids',
    ],
    [
      'a rate, in a common unit',
      d('figure', 'one laboratory every hour', 'one laboratory every 40 minutes', { page: 24, report: 36 }),
      'ulbhry.org counts one laboratory every 40 minutes (≈ 36 a day) where this page counts one laboratory every hour (≈ 24 a day)',
    ],
    [
      'a slow rate',
      d('figure', '9 a week', '2 a day', { page: 9 / 7, report: 2 }),
      'ulbhry.org counts 2 a day (≈ 2 a day) where this page counts 9 a week (≈ 1.3 a day)',
    ],
    [
      'a date',
      d('date', 'September', 'October'),
      'ulbhry.org dates it October where this page dates it September',
    ],
    [
      'a speaker',
      d('attribution', 'Petro', 'Trump'),
      'ulbhry.org attributes it to Trump, this page to Petro',
    ],
    [
      'a negation on this page',
      d('negation', 'not', '(affirmed)'),
      'This page says “not” where ulbhry.org affirms it',
    ],
    [
      'a negation in the report',
      d('negation', '(affirmed)', 'denied'),
      'ulbhry.org says “denied” where this page affirms it',
    ],
    [
      'a scope',
      d('scope', 'single … 2,700 tons', '2,700 tons to date'),
      'ulbhry.org has “2,700 tons to date” where this page has “single … 2,700 tons”',
    ],
  ])('says %s in plain words', (_name, difference, expected) => {
    expect(divergenceLine(difference, 'ulbhry.org')).toBe(expected);
  });
});
