import { describe, expect, it } from 'vitest';
import type { ReportMeta } from '@/lib';
import { Cite } from '@citation-js/core';
import { citeAs } from './cite-as';
import { pageItem, reportItem } from './citation-item';

// Citations for students, formatted by citation-js with its CSL engine (APA bundled; MLA and
// Chicago as CSL styles in wording/csl/), in the interface language, with an access date.

const accessed = new Date(Date.UTC(2026, 10, 27));
const report: ReportMeta = {
  id: '002_x.txt',
  title: 'Petro says “no” to Trump’s offer',
  outlet: 'News.az',
  url: 'https://news.az/a',
  date: '2025-12-03',
  dateApproximate: false,
  language: 'en',
};
const unattributed: ReportMeta = {
  ...report,
  id: '003_y.txt',
  outlet: null,
  url: null,
  title: 'Trump and Petro spoke.',
};

describe('citeAs', () => {
  it.each([
    [
      'APA',
      'apa',
      'en',
      report,
      'Petro says “no” to Trump’s offer. (2025, December 3). News.az. https://news.az/a',
    ],
    [
      'MLA, quotation marks within quotation marks',
      'mla',
      'en',
      report,
      '“Petro says ‘no’ to Trump’s offer.” News.az, 3 Dec. 2025, https://news.az/a. Accessed 27 Nov. 2026.',
    ],
    [
      'Chicago',
      'chicago',
      'en',
      report,
      '“Petro says ‘no’ to Trump’s offer.” News.az, December 3, 2025. Accessed November 27, 2026. https://news.az/a.',
    ],
    [
      'MLA in Spanish',
      'mla',
      'es',
      report,
      '«Petro says “no” to Trump’s offer». News.az, 3 dic. 2025, https://news.az/a. Accedido 27 nov. 2026.',
    ],
    [
      'Chicago for a report with no known outlet',
      'chicago',
      'en',
      unattributed,
      '“Trump and Petro spoke.” December 3, 2025. Accessed November 27, 2026.',
    ],
  ] as const)('cites a report in %s', async (_name, style, language, meta, expected) => {
    expect(await citeAs(reportItem(meta, accessed), style, language)).toBe(expected);
  });

  it('cites the page being read, with its site and the access date', async () => {
    const item = pageItem(
      { title: 'Petro dares Trump', url: 'https://www.example.org/news/petro' },
      accessed,
    );
    expect(await citeAs(item, 'mla', 'en')).toBe(
      '“Petro dares Trump.” example.org, https://www.example.org/news/petro. Accessed 27 Nov. 2026.',
    );
  });

  // RIS as citation-js's RIS plugin maps a newspaper article (TY NEWS: the year in PY, the access
  // date in Y2) and a web page (TY ELEC: the access date in M1); each record ends with "ER  - ".
  it.each([
    [
      'a report, as a newspaper article',
      reportItem(report, accessed),
      [
        'TY  - NEWS',
        'ID  - 002_x.txt',
        'LA  - en',
        'PY  - 2025',
        'T2  - News.az',
        'TI  - Petro says “no” to Trump’s offer',
        'UR  - https://news.az/a',
        'Y2  - 2026/11/27/',
        'ER  - ',
      ],
    ],
    [
      'the page being read, as a web page',
      pageItem({ title: 'Petro dares Trump', url: 'https://www.example.org/news/petro' }, accessed),
      [
        'TY  - ELEC',
        'ID  - page',
        'M1  - 2026/11/27/',
        'TI  - Petro dares Trump',
        'UR  - https://www.example.org/news/petro',
        'ER  - ',
      ],
    ],
  ] as const)('gives RIS for %s', async (_name, item, lines) => {
    expect(await citeAs(item, 'ris', 'en')).toBe(lines.join('\n'));
  });

  it('keeps a long address and title whole in RIS, so that a reference manager reads them back', async () => {
    const long: ReportMeta = {
      ...report,
      title: 'Colombia’s Petro invites Trump to witness cocaine lab demolitions in the jungle',
      url: 'https://news.az/news/colombias-petro-invites-trump-to-witness-cocaine-lab-demolitions',
    };
    const ris = await citeAs(reportItem(long, accessed), 'ris', 'en');
    expect(ris.split('\n')).toContain(`UR  - ${long.url}`);
    const [read] = new Cite(ris).data as Array<{ URL: string; title: string }>;
    expect([read!.URL, read!.title]).toEqual([long.url, long.title]);
  });

  it('gives BibTeX and CSL-JSON for reference managers', async () => {
    const bibtex = await citeAs(reportItem(report, accessed), 'bibtex', 'en');
    expect(bibtex).toMatch(/^@article\{/);
    expect(bibtex).toContain('journal = {News.az}');
    expect(bibtex).toContain('url = {https://news.az/a}');
    const json = JSON.parse(await citeAs(reportItem(report, accessed), 'csl-json', 'en'));
    expect(json).toEqual([
      expect.objectContaining({
        type: 'article-newspaper',
        title: 'Petro says “no” to Trump’s offer',
        'container-title': 'News.az',
        URL: 'https://news.az/a',
        issued: { 'date-parts': [[2025, 12, 3]] },
        accessed: { 'date-parts': [[2026, 11, 27]] },
      }),
    ]);
  });
});
