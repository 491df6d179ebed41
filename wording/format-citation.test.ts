import { describe, expect, it } from 'vitest';
import type { ReportMeta } from '@/lib';
import { formatCitation, formatDate } from './format-citation';

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
      'Unknown outlet (002_x.txt), undated. Quoted: “S.”',
    ],
    [undefined, 'Unknown outlet (002_x.txt), undated. Quoted: “S.”'],
  ])('cites %j', (meta, expected) => {
    expect(formatCitation(meta, '002_x.txt', 'S.')).toBe(expected);
  });
});
