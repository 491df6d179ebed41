import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReportMeta } from '@/lib';
import es from '@/public/_locales/es/messages.json';
import { corpusCoverage } from './corpus-coverage';
import { formatMessage } from './i18n';

const report = (
  id: string,
  outlet: string | null,
  date: string | null,
  title: string | null,
  collection?: string,
): ReportMeta => ({
  id,
  title,
  outlet,
  url: null,
  date,
  dateApproximate: false,
  language: 'en',
  ...(collection ? { collection } : {}),
});

/** The reader's sources have ids of their own (lib/sources/user-source.ts). */
const isOwn = (id: string) => id.startsWith('src-');

const bundled = [
  report(
    'a.txt',
    'News.az',
    '2025-12-03',
    'Petro invites Trump to witness cocaine lab demolitions',
    'Bundled reports',
  ),
  report('b.txt', null, '2026-01-08', null, 'Bundled reports'),
  report('c.txt', 'ulbhry.org', '2025-12-11', 'Petro invites Trump to Colombia', 'Bundled reports'),
];
const BUNDLED =
  'The bundled collection holds 3 reports from 2 known outlets, 3 Dec 2025 to 8 Jan 2026, on one story: “Petro invites Trump to witness cocaine lab demolitions”.';

describe('corpusCoverage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ['several reports and outlets over a span of dates', bundled, BUNDLED],
    [
      'one undated report',
      [report('a.txt', 'News.az', null, 'Petro invites Trump')],
      'The bundled collection holds 1 report from 1 known outlet, undated, on one story: “Petro invites Trump”.',
    ],
    ['no report', [], 'The bundled collection holds no report.'],
    [
      'the bundled reports and a page the reader added, each apart',
      [...bundled, report('src-1', 'El País', '2026-03-09', 'Ecuador seizes a port', 'My sources')],
      `${BUNDLED} Your collection “My sources” holds 1 report, 9 Mar 2026.`,
    ],
    [
      'the bundled story named by a bundled report, though a source of the reader is older',
      [
        ...bundled,
        report('src-1', 'BBC', '2025-01-02', 'A much older headline', 'Reading list'),
        report('src-2', null, '2026-03-09', null, 'Reading list'),
        report('src-3', 'AP', null, 'Undated note', 'Team'),
      ],
      `${BUNDLED} Your collection “Reading list” holds 2 reports, 2 Jan 2025 to 9 Mar 2026. Your collection “Team” holds 1 report, undated.`,
    ],
    [
      'only the reader’s collection, the bundled one switched off',
      [report('src-1', 'El País', '2026-03-09', 'Ecuador seizes a port', 'My sources')],
      'Your collection “My sources” holds 1 report, 9 Mar 2026.',
    ],
  ])('says what the corpus covers: %s', (_name, reports, expected) => {
    expect(corpusCoverage(reports, isOwn)).toBe(expected);
  });

  it('says it in Spanish in a Spanish browser', () => {
    vi.stubGlobal('chrome', {
      i18n: { getMessage: (key: string, subs?: string[]) => formatMessage(es, key, subs) },
    });
    const reports = [
      ...bundled,
      report('src-1', null, '2026-03-09', null, 'Mis fuentes'),
      report('src-2', null, '2026-03-11', null, 'Mis fuentes'),
    ];
    expect(corpusCoverage(reports, isOwn)).toBe(
      'La colección incluida tiene 3 noticias de 2 medios conocidos, del 3 dic 2025 al 8 ene 2026, sobre una sola historia: «Petro invites Trump to witness cocaine lab demolitions». Tu colección «Mis fuentes» tiene 2 noticias, del 9 mar 2026 al 11 mar 2026.',
    );
  });
});
