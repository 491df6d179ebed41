// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Difference, Match } from '@/lib';
import { ClaimCard } from './ClaimCard';

const approximator: Difference = { aspect: 'figure', page: '1,446', report: 'over 1,446' };
const count: Difference = { aspect: 'figure', page: '13 bombing raids', report: '12 bombings' };

function version(report: string, differences: Difference[]): Match {
  return {
    pageSentence: 'The army carried out 13 bombing raids in 1,446 combats.',
    pageIndex: 0,
    report,
    reportSentence: 'There were 12 bombings in over 1,446 combats.',
    reportIndex: 0,
    relation: 'diverges',
    score: 0.6,
    differences,
    shared: { words: [], names: [], figures: [] },
  };
}

function show(versions: Match[]) {
  render(
    <ClaimCard
      claim={{
        pageIndex: 0,
        pageSentence: versions[0]!.pageSentence,
        relation: 'diverges',
        versions,
        possible: [],
      }}
      reports={new Map()}
      focused={false}
      onCopy={() => undefined}
    />,
    document.body,
  );
  return [...document.querySelectorAll('[data-difference-page]')].map((m) => m.textContent);
}

describe('ClaimCard', () => {
  afterEach(() => render(null, document.body));

  it.each([
    ['in one version', [version('a.txt', [approximator, count])], ['13 bombing raids', '1,446']],
    [
      'across versions',
      [version('a.txt', [approximator]), version('b.txt', [count])],
      ['13 bombing raids', '1,446'],
    ],
  ])('shows the conflicting count first and the approximator last %s', (_name, versions, expected) => {
    expect(show(versions)).toEqual(expected);
  });
});

describe('Copy all versions', () => {
  afterEach(() => render(null, document.body));

  it('copies the claim and every version as Markdown', () => {
    const copied: string[] = [];
    const versions = [version('a.txt', [count])];
    render(
      <ClaimCard
        claim={{
          pageIndex: 0,
          pageSentence: versions[0]!.pageSentence,
          relation: 'diverges',
          versions,
          possible: [],
        }}
        reports={new Map()}
        focused={false}
        onCopy={(text) => copied.push(text)}
      />,
      document.body,
    );
    document.querySelector<HTMLButtonElement>('.copy-versions')!.click();
    expect(copied).toEqual([
      '> The army carried out 13 bombing raids in 1,446 combats.\n\n' +
        '- **Diverges** — Unattributed report, undated: “There were 12 bombings in over 1,446 combats.”\n' +
        '  - Figure: this page “13 bombing raids”, Unattributed report “12 bombings”\n',
    ]);
  });
});

describe('the plain-language line of a divergence', () => {
  afterEach(() => render(null, document.body));

  it('says the strongest difference in words, rates in a common unit', () => {
    const rate: Difference = {
      aspect: 'figure',
      page: 'one laboratory every hour',
      report: 'one laboratory every 40 minutes',
      perDay: { page: 24, report: 36 },
    };
    const versions = [version('a.txt', [approximator, rate])];
    render(
      <ClaimCard
        claim={{
          pageIndex: 0,
          pageSentence: versions[0]!.pageSentence,
          relation: 'diverges',
          versions,
          possible: [],
        }}
        reports={
          new Map([
            [
              'a.txt',
              {
                id: 'a.txt',
                title: null,
                outlet: 'News.az',
                url: null,
                date: null,
                dateApproximate: false,
                language: 'en' as const,
              },
            ],
          ])
        }
        focused={false}
        onCopy={() => undefined}
      />,
      document.body,
    );
    expect(document.querySelector('[data-divergence-line]')?.textContent).toBe(
      'News.az counts one laboratory every 40 minutes (≈ 36 a day) where this page counts one laboratory every hour (≈ 24 a day)',
    );
  });
});
