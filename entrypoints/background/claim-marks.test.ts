import { describe, expect, it } from 'vitest';
import type { ReportMeta } from '@/lib';
import type { Comparison, Difference, Match } from '@/lib';
import { claimMarks } from './claim-marks';

// The hover card's one line names the strongest difference, not the first one found.

const meta = (id: string, outlet: string): ReportMeta => ({
  id,
  title: null,
  outlet,
  url: null,
  date: null,
  dateApproximate: false,
  language: 'en',
});

function version(report: string, differences: Difference[]): Match {
  return {
    pageSentence: 'The army carried out 13 bombing raids in 1,446 combats.',
    pageIndex: 0,
    report,
    reportSentence: '…',
    reportIndex: 0,
    relation: 'diverges',
    score: 0.6,
    differences,
    shared: { words: [], names: [], figures: [] },
  };
}

const comparison = (matches: Match[]): Comparison => ({
  page: { title: null, sentences: 1, self: null, language: 'en' },
  matches,
});
const reports = new Map([
  ['a.txt', meta('a.txt', 'Outlet A')],
  ['b.txt', meta('b.txt', 'Outlet B')],
]);
const approximator: Difference = { aspect: 'figure', page: '1,446', report: 'over 1,446' };
const count: Difference = { aspect: 'figure', page: '13 bombing raids', report: '12 bombings' };

describe('claimMarks', () => {
  it.each([
    ['in one version', [version('a.txt', [approximator, count])]],
    ['across versions', [version('a.txt', [approximator]), version('b.txt', [count])]],
  ])('shows the conflicting count before the approximator %s', (_name, matches) => {
    const [mark] = claimMarks(comparison(matches), reports);
    expect(mark!.summary).toContain('“13 bombing raids” vs “12 bombings”');
  });
});
