// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { PreparedReport } from '@/lib';
import type { Match } from '@/lib';
import { ReportView } from './ReportView';

const report: PreparedReport = {
  id: 'a.txt',
  title: 'Petro invites Trump',
  outlet: 'News.az',
  url: null,
  date: '2025-12-03',
  dateApproximate: false,
  language: 'en',
  sentences: ['Petro invited Trump.', 'He said Trump could watch the labs destroyed.', 'Other news.'],
};

const match = (reportIndex: number, relation: Match['relation']): Match => ({
  pageSentence: 'Petro invited Trump to watch the labs destroyed.',
  pageIndex: 3,
  report: 'a.txt',
  reportSentence: report.sentences[reportIndex]!,
  reportIndex,
  relation,
  score: 0.5,
  differences: [],
  shared: { words: [], names: [], figures: [] },
});

describe('the report view’s list of the page’s claims', () => {
  afterEach(() => render(null, document.body));

  it('lists a page claim once, with each of the report’s sentences that state it', () => {
    render(
      <ReportView
        report={report}
        matches={[match(0, 'corroborates'), match(1, 'related')]}
        onBack={() => undefined}
      />,
      document.body,
    );
    const items = [...document.querySelectorAll('.report-claims > li')];
    expect(items).toHaveLength(1);
    expect(items[0]!.querySelector('.report-claim-page')?.textContent).toBe(
      'Petro invited Trump to watch the labs destroyed.',
    );
    expect([...items[0]!.querySelectorAll('.report-claim-sentence')].map((q) => q.textContent)).toEqual([
      'Petro invited Trump.',
      'He said Trump could watch the labs destroyed.',
    ]);
  });
});
