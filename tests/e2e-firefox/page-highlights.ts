import type { Browser, Page } from 'puppeteer-core';
import { highlightNamesInPage, type Kind } from '../e2e/harness/page-highlights';

// What the page shows in Firefox. Crosscheck names its highlights at random on each painting; like any
// script of the page, the tests find which is which from the `::highlight()` rules, read as the
// Chromium tests read them (in Firefox the rules are a `<style>` the content script adds).

/** In the page: the live ranges of each kind's highlight, given each kind's highlight name. */
function rangesInPage(names: Partial<Record<Kind, string>>): Record<string, Range[]> {
  const out: Record<string, Range[]> = {};
  for (const [kind, name] of Object.entries(names)) {
    out[kind] = [...(CSS.highlights.get(name!) ?? [])].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range;
    });
  }
  return out;
}

/** A handle on the ranges of each kind's highlight in the page. */
async function rangesHandle(page: Page) {
  return page.evaluateHandle(rangesInPage, await page.evaluate(highlightNamesInPage));
}

/** The text of every highlighted sentence, per kind. */
export async function highlighted(page: Page): Promise<Record<Kind, string[]>> {
  const handle = await rangesHandle(page);
  const texts = await handle.evaluate((ranges) => {
    const text = (kind: string) => (ranges[kind] ?? []).map((r) => r.toString().replace(/\s+/g, ' ').trim());
    return {
      diverges: text('diverges'),
      corroborates: text('corroborates'),
      related: text('related'),
      flash: text('flash'),
    };
  });
  await handle.dispose();
  return texts;
}

/** The first line of the first highlight of `kind` (scrolled into view): its left end and middle. */
export async function highlightSpot(page: Page, kind: Kind): Promise<{ left: number; y: number } | null> {
  const handle = await rangesHandle(page);
  const spot = await handle.evaluate((ranges, kind) => {
    const range = ranges[kind]?.[0];
    if (!range) return null;
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const line = range.getClientRects()[0]!;
    return { left: line.left, y: line.top + line.height / 2 };
  }, kind);
  await handle.dispose();
  return spot;
}

/** Opens `url` in a new tab and waits until Crosscheck has painted its highlights there. */
export async function openHighlighted(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 20_000 });
  return page;
}
