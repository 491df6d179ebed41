import type { Page } from 'playwright-core';

// What the page shows: the text of every range in Crosscheck's CSS highlights, per relation.

export type HighlightTexts = Record<'diverges' | 'corroborates' | 'related' | 'flash', string[]>;

export async function pageHighlights(page: Page): Promise<HighlightTexts> {
  return page.evaluate(() => {
    const read = (name: string) =>
      [...(CSS.highlights.get(`crosscheck-${name}`) ?? [])].map((r) =>
        r.toString().replace(/\s+/g, ' ').trim(),
      );
    return {
      diverges: read('diverges'),
      corroborates: read('corroborates'),
      related: read('related'),
      flash: read('flash'),
    };
  });
}

export async function waitForHighlights(page: Page): Promise<void> {
  await page.waitForFunction(
    () => ['diverges', 'corroborates', 'related'].some((n) => CSS.highlights.has(`crosscheck-${n}`)),
    undefined,
    { timeout: 20_000 },
  );
}
