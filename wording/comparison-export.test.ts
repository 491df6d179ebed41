import { describe, expect, it } from 'vitest';
import type { ReportMeta } from '@/lib';
import type { Comparison, Match } from '@/lib';
import { claimMarkdown, comparisonCsv, comparisonJson } from './comparison-export';
import { groupClaims } from './claim-summary';

const reports = new Map<string, ReportMeta>([
  [
    'a.txt',
    {
      id: 'a.txt',
      title: 'Petro, Trump',
      outlet: 'ulbhry.org',
      url: 'https://ulbhry.org/a',
      date: '2025-12-11',
      dateApproximate: false,
      language: 'en',
    },
  ],
  [
    'b.txt',
    { id: 'b.txt', title: null, outlet: null, url: null, date: null, dateApproximate: false, language: 'en' },
  ],
]);

const match = (
  report: string,
  relation: Match['relation'],
  reportSentence: string,
  differences: Match['differences'] = [],
): Match => ({
  pageSentence: 'Petro said the army carried out 13 bombing raids, "a record".',
  pageIndex: 2,
  report,
  reportSentence,
  reportIndex: 4,
  relation,
  score: 0.61,
  differences,
  shared: { words: ['bomb'], names: ['Petro'], figures: [] },
});

const comparison: Comparison = {
  page: { title: 'Petro dares Trump', sentences: 12, self: null, language: 'en' },
  matches: [
    match('a.txt', 'diverges', 'He counted 12 bombings.', [
      { aspect: 'figure', page: '13 bombing raids', report: '12 bombings' },
    ]),
    match('b.txt', 'corroborates', '=SUM(1) Petro spoke of bombings.'),
  ],
};

describe('exports of the page’s comparison', () => {
  it('gives JSON in the shape of compare --json', () => {
    expect(JSON.parse(comparisonJson(comparison))).toEqual({
      page: { title: 'Petro dares Trump', sentences: 12, self: null },
      matches: comparison.matches.map(
        ({ pageSentence, report, reportSentence, relation, score, differences }) => ({
          pageSentence,
          report,
          reportSentence,
          relation,
          score,
          differences,
        }),
      ),
    });
  });

  it('gives CSV with one row per version, quoted as RFC 4180 asks, and no formula a spreadsheet would run', () => {
    const lines = comparisonCsv(comparison, reports).trimEnd().split('\r\n');
    expect(lines[0]).toBe('page_sentence,relation,outlet,date,title,url,report_sentence,score,differences');
    expect(lines[1]).toBe(
      '"Petro said the army carried out 13 bombing raids, ""a record"".",diverges,ulbhry.org,2025-12-11,"Petro, Trump",https://ulbhry.org/a,He counted 12 bombings.,0.61,figure: 13 bombing raids ≠ 12 bombings',
    );
    expect(lines[2]).toBe(
      '"Petro said the army carried out 13 bombing raids, ""a record"".",corroborates,Unattributed report,,,,\'=SUM(1) Petro spoke of bombings.,0.61,',
    );
  });

  it('copies all versions of one claim as Markdown', () => {
    const [claim] = groupClaims(comparison);
    expect(claimMarkdown(claim!, reports)).toBe(
      [
        '> Petro said the army carried out 13 bombing raids, "a record".',
        '',
        '- **Diverges** — [ulbhry.org](https://ulbhry.org/a), 11 Dec 2025: “He counted 12 bombings.”',
        '  - Figure: this page “13 bombing raids”, ulbhry.org “12 bombings”',
        '- **Corroborates** — Unattributed report, undated: “=SUM(1) Petro spoke of bombings.”',
        '',
      ].join('\n'),
    );
  });
});
