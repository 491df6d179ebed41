import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_ASPECTS, aspectLabel } from './DifferenceList';

// Every aspect the engine writes into a difference (grep `aspect: '` in lib/match and classify).
const EMITTED =
  readFileSync('lib/match/classify-relation.ts', 'utf8') + readFileSync('lib/match/claim-checks.ts', 'utf8');

describe('aspectLabel', () => {
  it('has a label for every aspect the engine names', () => {
    const named = [...EMITTED.matchAll(/aspect: '(\w+)'|'(date|figure)'/g)].map((m) => m[1] ?? m[2]!);
    expect(named.length).toBeGreaterThan(4);
    for (const aspect of new Set(named)) expect(ENGINE_ASPECTS).toContain(aspect);
  });

  it.each([
    ['date', 'Date'],
    ['direction', 'Direction'],
    ['negation', 'Negation'],
  ])('labels %s as "%s" in English', (aspect, label) => {
    expect(aspectLabel(aspect)).toBe(label);
  });
});
