import { describe, expect, it } from 'vitest';
import { parseTabResult } from './tab-result-schema';

const good = {
  tabId: 3,
  url: 'https://example.org/a',
  status: 'article',
  page: {
    sentences: ['One.', 'Two.'],
    comparison: {
      page: { title: null, sentences: 2, self: null, language: 'en' },
      matches: [
        {
          pageSentence: 'One.',
          pageIndex: 0,
          report: 'r.txt',
          reportSentence: 'Uno.',
          reportIndex: 4,
          relation: 'diverges',
          score: 0.7,
          differences: [{ aspect: 'figure', page: '3', report: '4' }],
          shared: { words: [], names: [], figures: [] },
          possible: ['a field a later version adds'],
        },
      ],
    },
  },
  selection: null,
  error: null,
};

const without = (path: string[]) => {
  const copy = structuredClone(good) as Record<string, unknown>;
  let at: Record<string, unknown> = copy;
  for (const step of path.slice(0, -1)) at = at[step] as Record<string, unknown>;
  delete at[path.at(-1)!];
  return copy;
};

describe('parseTabResult', () => {
  it('reads back a stored result, keeping fields it does not know', () => {
    const parsed = parseTabResult(good, 3);
    expect(parsed).toEqual(good);
  });

  it.each([
    ['not an object', 'tab:3'],
    ['null', null],
    ['another tab’s result', { ...good, tabId: 4 }],
    ['an unknown status', { ...good, status: 'exploded' }],
    ['a page without its comparison', without(['page', 'comparison'])],
    [
      'a match without its relation',
      {
        ...good,
        page: {
          ...good.page,
          comparison: {
            ...good.page.comparison,
            matches: [{ ...good.page.comparison.matches[0], relation: 'maybe' }],
          },
        },
      },
    ],
    ['sentences that are not text', { ...good, page: { ...good.page, sentences: [1, 2] } }],
    [
      'a negative sentence index',
      {
        ...good,
        page: {
          ...good.page,
          comparison: {
            ...good.page.comparison,
            matches: [{ ...good.page.comparison.matches[0], pageIndex: -1 }],
          },
        },
      },
    ],
  ])('refuses %s', (_name, value) => {
    expect(parseTabResult(value, 3)).toBeNull();
  });
});
