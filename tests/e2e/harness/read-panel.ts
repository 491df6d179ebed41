import type { Page } from 'playwright-core';

// Reads what the side panel shows through its DOM contract (data-match, data-report, data-relation,
// [data-page-sentence], [data-report-sentence], data-difference, data-page-*) and rebuilds the JSON
// that `compare --json` prints, so the two can be compared. Used by the e2e tests and by
// scripts/e2e-report.ts.

export interface CompareJson {
  page: { title: string | null; sentences: number; self: string | null };
  matches: Array<{
    pageSentence: string;
    report: string;
    reportSentence: string;
    relation: string;
    score: number;
    differences: Array<{ aspect: string; page: string; report: string }>;
  }>;
}

/** The panel's section that lists the page's claims, and the one that lists a compared selection. */
export const PAGE_CLAIMS = '[role="list"][aria-label="Claims of this page"]';
export const SELECTION_CLAIMS = '[data-selection]';

// tsx (esbuild with keepNames) wraps named functions in a `__name(...)` helper that does not exist in
// the page the function is sent to; this string (never transformed) defines it there.
const KEEP_NAMES_SHIM = 'globalThis.__name ??= (f) => f';

/** Runs in the panel page: must not close over anything. */
function readDom(scope: string): CompareJson | null {
  const header = document.querySelector<HTMLElement>('[data-page-sentences]');
  if (!header) return null;
  const text = (el: Element | null) => el?.textContent ?? '';
  const cards = document.querySelectorAll(`${scope} [data-match]`);
  return {
    page: {
      title: header.dataset.pageTitle || null,
      sentences: Number(header.dataset.pageSentences),
      self: header.dataset.pageSelf || null,
    },
    matches: [...cards].map((el) => {
      const item = el as HTMLElement;
      return {
        pageSentence: text(item.querySelector('[data-page-sentence]')),
        report: item.dataset.report ?? '',
        reportSentence: text(item.querySelector('[data-report-sentence]')),
        relation: item.dataset.relation ?? '',
        score: Number(item.dataset.score),
        differences: [...item.querySelectorAll<HTMLElement>('[data-difference]')].map((d) => ({
          aspect: d.dataset.aspect ?? '',
          page: text(d.querySelector('[data-difference-page]')),
          report: text(d.querySelector('[data-difference-report]')),
        })),
      };
    }),
  };
}

/** The panel's content as `compare --json` output; waits until the panel shows a result or an empty state. */
export async function readPanel(panel: Page): Promise<CompareJson | { empty: string }> {
  await panel.waitForSelector('[data-page-sentences], [data-empty]:not([data-empty="pending"])', {
    timeout: 20_000,
  });
  await panel.evaluate(KEEP_NAMES_SHIM);
  const result = await panel.evaluate(readDom, PAGE_CLAIMS);
  if (result) return result;
  return { empty: (await panel.getAttribute('[data-empty]', 'data-empty')) ?? 'unknown' };
}

/** The matches shown for a compared selection, in the shape of `compare --json`'s matches. */
export async function readSelection(panel: Page): Promise<CompareJson['matches']> {
  await panel.waitForSelector(`${SELECTION_CLAIMS}`, { timeout: 20_000 });
  await panel.evaluate(KEEP_NAMES_SHIM);
  return panel.evaluate((scope) => {
    const text = (el: Element | null) => el?.textContent ?? '';
    return [...document.querySelectorAll<HTMLElement>(`${scope} [data-match]`)].map((item) => ({
      pageSentence: text(item.querySelector('[data-page-sentence]')),
      report: item.dataset.report ?? '',
      reportSentence: text(item.querySelector('[data-report-sentence]')),
      relation: item.dataset.relation ?? '',
      score: Number(item.dataset.score),
      differences: [...item.querySelectorAll<HTMLElement>('[data-difference]')].map((d) => ({
        aspect: d.dataset.aspect ?? '',
        page: text(d.querySelector('[data-difference-page]')),
        report: text(d.querySelector('[data-difference-report]')),
      })),
    }));
  }, SELECTION_CLAIMS);
}
