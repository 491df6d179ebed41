import { describe, expect, it } from 'vitest';
import { classifyRelation } from './classify-relation';

const verdict = (page: string, report: string, words: string[], reportWords: string[], score: number) =>
  classifyRelation(page, report, {
    figurePairs: [],
    sharedQuote: null,
    sharedWords: words,
    reportSharedWords: reportWords,
    score,
    corroborateScore: 0.45,
  });

describe('classifyRelation', () => {
  it('sets a negation against any version', () => {
    const v = verdict(
      'Petro did not invite Trump.',
      'Petro invited Trump to Colombia.',
      ['invite'],
      ['invited'],
      0.35,
    );
    expect(v.relation).toBe('diverges');
    expect(v.differences).toEqual([{ aspect: 'negation', page: 'not', report: '(affirmed)' }]);
  });

  it('sets a denial only against a version known to state the same claim', () => {
    const loose = verdict(
      "Trump rejected Petro's invitation to visit Colombia.",
      'Petro has issued a direct invitation to Trump to visit Colombia.',
      ['invitation', 'visit'],
      ['invitation', 'visit'],
      0.33,
    );
    expect(loose.relation).toBe('related');
    const same = verdict(
      'Petro denied inviting Trump to Colombia.',
      'Petro has publicly invited Trump to Colombia.',
      ['inviting'],
      ['invited'],
      0.51,
    );
    expect(same).toMatchObject({
      relation: 'diverges',
      differences: [{ aspect: 'negation', page: 'denied' }],
    });
  });
});
