import type { Page } from 'playwright-core';

// Reads what the side panel shows through its DOM contract (data-match, data-report, data-relation,
// [data-page-sentence], [data-report-sentence], data-difference, data-page-*, data-rank) and rebuilds
// the JSON that `compare --json` prints, so the two can be compared. Used by the e2e tests and by
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

/**
 * The panel's sections that list the page's claims (and its sentences with only possible versions),
 * and the one that lists a compared selection.
 */
export const PAGE_CLAIMS = '[role="list"][aria-label="Claims of this page"], [data-page-possible]';
export const SELECTION_CLAIMS = '[data-selection]';

// tsx (esbuild with keepNames) wraps named functions in a `__name(...)` helper that does not exist in
// the page the function is sent to; this string (never transformed) defines it there.
const KEEP_NAMES_SHIM = 'globalThis.__name ??= (f) => f';

/**
 * Runs in the panel page, so it closes over nothing. Claims in page order (data-claim: a sentence with
 * only possible versions is listed apart from the claims); within a claim, versions by data-rank, the
 * engine's order (related and possible versions are folded below the others).
 */
function readMatches(scope: string): CompareJson['matches'] {
  const text = (el: Element | null) => el?.textContent ?? '';
  const cards = [...document.querySelectorAll(scope)].flatMap((s) => [
    ...s.querySelectorAll<HTMLElement>('[data-claim]'),
  ]);
  cards.sort((a, b) => Number(a.dataset.claim) - Number(b.dataset.claim));
  return cards.flatMap((card) =>
    [...card.querySelectorAll<HTMLElement>('[data-match]')]
      .sort((a, b) => Number(a.dataset.rank) - Number(b.dataset.rank))
      .map((item) => ({
        pageSentence: text(item.querySelector('[data-page-sentence]')),
        report: item.dataset.report ?? '',
        reportSentence: text(item.querySelector('[data-report-sentence]')),
        relation: item.dataset.relation ?? '',
        score: Number(item.dataset.score),
        differences: [...item.querySelectorAll<HTMLElement>('[data-difference]')]
          .sort((a, b) => Number(a.dataset.rank) - Number(b.dataset.rank))
          .map((d) => ({
            aspect: d.dataset.aspect ?? '',
            page: text(d.querySelector('[data-difference-page]')),
            report: text(d.querySelector('[data-difference-report]')),
          })),
      })),
  );
}

function readPageInfo(): CompareJson['page'] | null {
  const header = document.querySelector<HTMLElement>('[data-page-sentences]');
  if (!header) return null;
  return {
    title: header.dataset.pageTitle || null,
    sentences: Number(header.dataset.pageSentences),
    self: header.dataset.pageSelf || null,
  };
}

/** The panel's content as `compare --json` output; waits until the panel shows a result or an empty state. */
export async function readPanel(panel: Page): Promise<CompareJson | { empty: string }> {
  await panel.waitForSelector('[data-page-sentences], [data-empty]:not([data-empty="pending"])', {
    timeout: 20_000,
  });
  await panel.evaluate(KEEP_NAMES_SHIM);
  const page = await panel.evaluate(readPageInfo);
  if (!page) return { empty: (await panel.getAttribute('[data-empty]', 'data-empty')) ?? 'unknown' };
  return { page, matches: await panel.evaluate(readMatches, PAGE_CLAIMS) };
}

/** The matches shown for a compared selection, in the shape of `compare --json`'s matches. */
export async function readSelection(panel: Page): Promise<CompareJson['matches']> {
  await panel.waitForSelector(SELECTION_CLAIMS, { timeout: 20_000 });
  await panel.evaluate(KEEP_NAMES_SHIM);
  return panel.evaluate(readMatches, SELECTION_CLAIMS);
}
