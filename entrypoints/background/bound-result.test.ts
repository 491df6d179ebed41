import { describe, expect, it } from 'vitest';
import type { Match } from '@/lib';
import type { TabResult } from '@/messaging/protocol';
import { boundResult, storedSize } from './bound-result';

function match(pageIndex: number, sentence: string): Match {
  return {
    pageSentence: sentence,
    pageIndex,
    report: '001_a.txt',
    reportSentence: `${sentence} (as the report puts it)`,
    reportIndex: 0,
    relation: 'corroborates',
    score: 0.9,
    differences: [],
    shared: { words: ['talks'], names: [], figures: [] },
  };
}

/** A page of `count` sentences of which every `every`-th is matched. */
function pageResult(count: number, every: number): TabResult {
  const sentences = Array.from(
    { length: count },
    (_, i) => `Sentence number ${i} says something long enough.`,
  );
  const matches = sentences.flatMap((s, i) => (i % every === 0 ? [match(i, s)] : []));
  return {
    tabId: 7,
    url: 'https://example.org/a',
    status: 'article',
    page: {
      sentences,
      comparison: { page: { title: 'T', sentences: count, self: null, language: 'en' }, matches },
    },
    selection: null,
    error: null,
  };
}

describe('boundResult', () => {
  it('leaves a result that fits as it is', () => {
    const result = pageResult(50, 5);
    expect(boundResult(result, 1_000_000)).toBe(result);
  });

  it.each([
    ['a long page, unmatched sentences dropped from the end', 20_000, 50, 200_000],
    ['a page whose matches alone are too large, the first matches kept', 20_000, 1, 200_000],
    ['a huge page in a small bound', 100_000, 10, 50_000],
  ])('keeps %s within the bound', (_name, count, every, max) => {
    const result = pageResult(count, every);
    const bounded = boundResult(result, max);
    expect(storedSize(bounded)).toBeLessThanOrEqual(max);
    const page = bounded.page!;
    // Sentence positions are kept, so every kept match still points at its own sentence.
    expect(page.comparison.matches.length).toBeGreaterThan(0);
    for (const m of page.comparison.matches) expect(page.sentences[m.pageIndex]).toBe(m.pageSentence);
    // The matches kept are the page's first ones.
    const all = result.page!.comparison.matches;
    expect(page.comparison.matches).toEqual(all.slice(0, page.comparison.matches.length));
  });

  it('drops unmatched sentences before any match', () => {
    const result = pageResult(20_000, 50);
    const bounded = boundResult(result, 400_000);
    expect(bounded.page!.comparison.matches).toHaveLength(result.page!.comparison.matches.length);
    expect(bounded.page!.sentences[1]).toBe(result.page!.sentences[1]); // the start of the page stays
    expect(bounded.page!.sentences.length).toBeLessThan(20_000);
    expect(bounded.page!.sentences).toContain('');
  });
});

describe('storedSize', () => {
  it.each([
    ['ASCII text', 'abc', 5],
    ['accented text, each accent an escape', 'añ', 9],
    ['a euro sign', '€', 8],
    ['an astral character, two escapes', '😀', 14],
  ])('counts %s as the browser does', (_name, value, bytes) => {
    expect(storedSize(value)).toBe(bytes);
  });
});
