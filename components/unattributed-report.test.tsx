// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportMeta } from '@/lib';
import { BundledReports } from './BundledReports';
import { ReportList } from './ReportList';
import { SourceLine } from './SourceLine';

// A report with no known outlet is shown by what is known of it, never by its file name.

const report: ReportMeta = {
  id: '003_a99ca8f5616eaa34.txt',
  title: 'Trump and Petro spoke by phone.',
  outlet: null,
  url: null,
  date: '2026-01-08',
  dateApproximate: true,
  language: 'en',
};

describe('a report with no known outlet', () => {
  afterEach(() => render(null, document.body));

  it.each([
    [
      'the report list',
      () => <ReportList reports={[report]} matches={[]} self={null} onOpen={() => undefined} />,
    ],
    ['a version’s source line', () => <SourceLine id={report.id} report={report} />],
    ['the options page’s list', () => <BundledReports reports={[report]} />],
  ])('is named "Unattributed report, 8 Jan 2026" in %s', (_name, view) => {
    render(view(), document.body);
    const text = document.body.textContent ?? '';
    expect(text).toContain('Unattributed report, 8 Jan 2026');
    expect(text).not.toMatch(/\.txt|003_/);
  });
});
