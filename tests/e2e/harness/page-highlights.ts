import type { Page } from 'playwright-core';

// What the page shows: the text of every range in Crosscheck's CSS highlights, per relation.
// Crosscheck names its highlights at random on each painting; like any script of the page, the tests
// find which is which from the `::highlight()` rules (each relation has its own underline style: wavy
// diverges, solid corroborates, dotted related; the flash has none). The rules are in a stylesheet the
// document adopts, or, where a content script cannot adopt one (Firefox), in a `<style>` element; the
// Firefox tests read the names with the same function.

export type Kind = 'diverges' | 'corroborates' | 'related' | 'flash';
export type HighlightTexts = Record<Kind, string[]>;

/** In the page: highlight name per kind, read from the `::highlight()` rules. */
export function highlightNamesInPage(): Partial<Record<Kind, string>> {
  const names: Partial<Record<Kind, string>> = {};
  const sheets = [
    ...document.adoptedStyleSheets,
    ...[...document.querySelectorAll('style')].map((s) => s.sheet).filter((s) => s !== null),
  ];
  for (const sheet of sheets) {
    for (const rule of sheet.cssRules) {
      const text = rule.cssText;
      const name = /::highlight\(([\w-]+)\)/.exec(text)?.[1];
      if (!name || !CSS.highlights.has(name)) continue;
      // The browser serialises `underline solid` as `underline`: solid is the default style.
      const kind: Kind = text.includes('wavy')
        ? 'diverges'
        : text.includes('dotted')
          ? 'related'
          : text.includes('underline')
            ? 'corroborates'
            : 'flash';
      names[kind] = name;
    }
  }
  return names;
}

export async function highlightNames(page: Page): Promise<Partial<Record<Kind, string>>> {
  return page.evaluate(highlightNamesInPage);
}

export async function pageHighlights(page: Page): Promise<HighlightTexts> {
  const names = await highlightNames(page);
  return page.evaluate((names) => {
    const read = (kind: string) => {
      const name = (names as Record<string, string | undefined>)[kind];
      return [...((name && CSS.highlights.get(name)) || [])].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString().replace(/\s+/g, ' ').trim();
      });
    };
    return {
      diverges: read('diverges'),
      corroborates: read('corroborates'),
      related: read('related'),
      flash: read('flash'),
    };
  }, names);
}

/** The text of every highlighted sentence, whatever its relation, in one string (to look for a phrase). */
export async function allHighlighted(page: Page): Promise<string> {
  return Object.values(await pageHighlights(page))
    .flat()
    .join(' ');
}

/** Where a highlight's range is on screen: a point on its first line, and its text. */
export async function highlightSpot(
  page: Page,
  kinds: Kind[],
  which: 'first' | 'last' = 'first',
): Promise<{ x: number; y: number; text: string; top: number; bottom: number } | null> {
  const names = await highlightNames(page);
  return page.evaluate(
    ({ names, which }) => {
      const name = names.find((n) => n && CSS.highlights.has(n));
      if (!name) return null;
      const all = [...CSS.highlights.get(name)!];
      const r = which === 'first' ? all[0] : all.at(-1);
      if (!r) return null;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (which === 'last') range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      const box = range.getBoundingClientRect();
      return {
        x: rect.left + Math.min(30, rect.width / 2),
        y: rect.top + rect.height / 2,
        text: range.toString().replace(/\s+/g, ' ').trim(),
        top: box.top,
        bottom: box.bottom,
      };
    },
    { names: kinds.map((k) => names[k]), which },
  );
}

/** Waits until Crosscheck has painted a highlight (polled from here: a strict CSP page allows no eval). */
export async function waitForHighlights(page: Page, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const names = await highlightNames(page);
    if (names.diverges || names.corroborates || names.related) return;
    if (Date.now() > deadline)
      throw new Error(`No Crosscheck highlight on ${page.url()} after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
