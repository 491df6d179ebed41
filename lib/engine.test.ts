import { describe, expect, it } from 'vitest';
import { REPORT_A, REPORT_B } from '../tests/fixtures/test-corpus';
import { createEngine, prepareCorpus } from './index';

const engine = createEngine(prepareCorpus([REPORT_A, REPORT_B]));

describe('createEngine', () => {
  it('returns the page sentences with the comparison, unmatched ones included', () => {
    const text = 'Colombia seized 2,700 tons of cocaine to date. The weather was mild that week.';
    const { sentences, comparison } = engine.compare(text, { title: null });
    expect(sentences).toEqual([
      'Colombia seized 2,700 tons of cocaine to date.',
      'The weather was mild that week.',
    ]);
    expect(comparison.page.sentences).toBe(2);
    expect(comparison.matches.map((m) => m.pageIndex)).not.toContain(1);
    expect(comparison.matches.some((m) => m.report === 'b.txt' && m.pageIndex === 0)).toBe(true);
  });

  it('compares sentences already split, and lists the corpus reports', () => {
    const { sentences } = engine.compareSentences([
      'Petro said his forces destroy one laboratory every 40 minutes.',
    ]);
    expect(sentences).toHaveLength(1);
    expect(engine.reports.map((r) => r.id)).toEqual(['a.txt', 'b.txt']);
  });

  it.each([
    ['not an object', 'Not a Crosscheck corpus file'],
    [
      {
        ...prepareCorpus([REPORT_A]),
        reports: [{ ...prepareCorpus([REPORT_A]).reports[0], language: 'fr' }],
      },
      'not a language the engine reads',
    ],
  ])('says what is wrong with a file that is no corpus (%#)', (json, message) => {
    expect(() => createEngine(json)).toThrow(message);
  });
});
