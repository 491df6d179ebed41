import { describe, expect, it } from 'vitest';
import type { ReportMeta } from '@/lib';
import { formatCitation, formatDate, outletName, reportTitle } from './format-citation';

const report: ReportMeta = {
  id: '002_x.txt',
  title: 'Petro invites Trump',
  outlet: 'News.az',
  url: 'https://news.az/a',
  date: '2025-12-03',
  dateApproximate: false,
  language: 'en',
};

describe('formatDate', () => {
  it.each<[string | null, boolean, string | null]>([
    ['2025-12-03', false, '3 Dec 2025'],
    ['2026-01-08', true, 'about 8 Jan 2026'],
    [null, false, null],
    ['2025', false, '2025'],
  ])('formats %s (approximate %s) as %s', (date, approximate, expected) => {
    expect(formatDate(date, approximate)).toBe(expected);
  });
});

describe('formatCitation', () => {
  it.each([
    [report, 'News.az, “Petro invites Trump”, 3 Dec 2025, https://news.az/a. Quoted: “S.”'],
    [
      { ...report, outlet: null, title: null, url: null, date: null },
      'Unattributed report, undated. Quoted: “S.”',
    ],
    [
      { ...report, outlet: null, title: null, url: null, date: '2026-01-08', dateApproximate: true },
      'Unattributed report, about 8 Jan 2026. Quoted: “S.”',
    ],
    [undefined, 'Unattributed report, undated. Quoted: “S.”'],
  ])('cites %j', (meta, expected) => {
    expect(formatCitation(meta, '002_x.txt', 'S.')).toBe(expected);
  });
});

describe('a report with no known outlet', () => {
  it.each([
    [
      'dated',
      { ...report, outlet: null, date: '2026-01-08', dateApproximate: true },
      'Unattributed report, 8 Jan 2026',
    ],
    ['undated', { ...report, outlet: null, date: null }, 'Unattributed report'],
    ['unknown to the panel', undefined, 'Unattributed report'],
  ])('is named by what is known, never its file name: %s', (_name, meta, expected) => {
    expect(outletName(meta, '003_a99ca8f5616eaa34.txt')).toBe(expected);
  });

  it.each([
    ['a title from the metadata', 'Petro invites Trump', ['Trump spoke.'], 'Petro invites Trump'],
    [
      'no title: its first line',
      null,
      ['Trump and Petro spoke by phone on Wednesday.', 'More.'],
      'Trump and Petro spoke by phone on Wednesday.',
    ],
    [
      'a long first line, cut at a word',
      null,
      [
        'Trump and Petro spoke by phone on Wednesday night for nearly an hour about drugs, tariffs, visas and the strikes.',
      ],
      'Trump and Petro spoke by phone on Wednesday night for nearly an hour about drugs…',
    ],
    ['no title and no text', null, [], null],
  ])('takes %s as title', (_name, title, sentences, expected) => {
    expect(reportTitle(title, sentences)).toBe(expected);
  });
});
