import { describe, expect, it } from 'vitest';
import type { ReportMeta } from '@/lib';
import { corpusCoverage } from './corpus-coverage';

const report = (
  id: string,
  outlet: string | null,
  date: string | null,
  title: string | null,
): ReportMeta => ({
  id,
  title,
  outlet,
  url: null,
  date,
  dateApproximate: false,
  language: 'en',
});

describe('corpusCoverage', () => {
  it.each([
    [
      'several reports and outlets over a span of dates',
      [
        report('a.txt', 'News.az', '2025-12-03', 'Petro invites Trump to witness cocaine lab demolitions'),
        report('b.txt', null, '2026-01-08', null),
        report('c.txt', 'ulbhry.org', '2025-12-11', 'Petro invites Trump to Colombia'),
      ],
      'The bundled collection holds 3 reports from 2 known outlets, 3 Dec 2025 to 8 Jan 2026, on one story: “Petro invites Trump to witness cocaine lab demolitions”.',
    ],
    [
      'one undated report',
      [report('a.txt', 'News.az', null, 'Petro invites Trump')],
      'The bundled collection holds 1 report from 1 known outlet, undated, on one story: “Petro invites Trump”.',
    ],
    ['no report', [], 'The bundled collection holds no report.'],
  ])('says what the corpus covers: %s', (_name, reports, expected) => {
    expect(corpusCoverage(reports)).toBe(expected);
  });
});
