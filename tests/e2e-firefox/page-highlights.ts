import type { Browser, Page } from 'puppeteer-core';

// What the page shows in Firefox. Crosscheck names its highlights at random on each painting; like any
// script of the page, the tests find which is which from the `::highlight()` rules (an adopted sheet,
// or in Firefox a `<style>` the content script adds), each relation having its own underline style
// (wavy diverges, dotted related, solid corroborates; the flash of the keyboard route has none).

export type Kind = 'diverges' | 'corroborates' | 'related' | 'flash';

/** In the page: the live ranges of each kind's highlight. */
function rangesInPage(): Record<string, Range[]> {
  const sheets = [
    ...document.adoptedStyleSheets,
    ...[...document.querySelectorAll('style')].map((s) => s.sheet).filter((s) => s !== null),
  ];
  const out: Record<string, Range[]> = {};
  for (const sheet of sheets) {
    for (const rule of sheet.cssRules) {
      const name = /::highlight\(([\w-]+)\)/.exec(rule.cssText)?.[1];
      if (!name || !CSS.highlights.has(name)) continue;
      const kind = rule.cssText.includes('wavy')
        ? 'diverges'
        : rule.cssText.includes('dotted')
          ? 'related'
          : rule.cssText.includes('underline')
            ? 'corroborates'
            : 'flash';
      out[kind] = [...CSS.highlights.get(name)!].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range;
      });
    }
  }
  return out;
}

/** The text of every highlighted sentence, per kind. */
export async function highlighted(page: Page): Promise<Record<Kind, string[]>> {
  const handle = await page.evaluateHandle(rangesInPage);
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
  const handle = await page.evaluateHandle(rangesInPage);
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
