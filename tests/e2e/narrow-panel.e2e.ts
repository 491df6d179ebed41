import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPanel, tabIdOf, type LoadedExtension } from './harness/launch-extension';
import { waitForHighlights } from './harness/page-highlights';
import { saveScreenshot } from './harness/screenshots';
import type { FixtureServer } from './harness/static-server';
import { useExtension } from './harness/use-extension';

// The figure differences in a narrow panel (320 px) and at 200 % zoom (a 420 px panel shown at
// twice the size: 210 CSS px): each difference stacks as two labelled lines, and no word is broken
// inside, not only nothing overflowing sideways.

/** Words of the cards that a line break cuts in two (a word whose characters lie on two lines). */
function brokenWords(panel: Page): Promise<string[]> {
  return panel.evaluate(() => {
    const broken: string[] = [];
    const root = document.querySelector('[data-page-claims]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (el.closest('[hidden], .visually-hidden, details:not([open]) > :not(summary)')) continue;
      // Text for screen readers only (a clipped 1 px box) is not laid out in lines.
      const box = el.getBoundingClientRect();
      if (box.width <= 2 || box.height <= 2) continue;
      const text = node.textContent ?? '';
      // Words a line can hold: an address or a very long word may break, and a compound at its hyphen.
      for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N},.%’']{1,17}/gu)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        );
        if (tops.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  });
}

describe('the figure differences in a narrow panel', () => {
  let server: FixtureServer;
  let ext: LoadedExtension;

  useExtension((s, e) => {
    [server, ext] = [s, e];
  });

  it.each([
    ['320 px wide', 320, 1, 'panel-narrow-320'],
    ['at 200 % zoom', 210, 2, 'panel-zoom-200'],
  ])(
    'stacks each difference as two labelled lines and breaks no word, %s',
    async (_name, width, scale, shot) => {
      const page = await ext.context.newPage();
      await page.goto(server.url('/article.html'));
      await waitForHighlights(page);
      const panel = await openPanel(ext, await tabIdOf(ext, page));
      if (scale === 1) await panel.setViewportSize({ width, height: 900 });
      else {
        // Zoom: the same CSS width at twice the pixels, as the browser's zoom lays the panel out.
        const cdp = await ext.context.newCDPSession(panel);
        await cdp.send('Emulation.setDeviceMetricsOverride', {
          width,
          height: 900 / scale,
          deviceScaleFactor: scale,
          mobile: false,
        });
      }
      await panel.waitForSelector('[data-difference]');
      await panel.getByLabel(/Diverging only/).check();
      const overflow = await panel.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await brokenWords(panel)).toEqual([]);
      // Stacked: this page's phrase and the other report's on lines of their own, each labelled.
      const row = panel.locator('[data-difference]').first();
      const [pageBox, reportBox] = await Promise.all([
        row.locator('td').nth(0).boundingBox(),
        row.locator('td').nth(1).boundingBox(),
      ]);
      expect(reportBox!.y).toBeGreaterThanOrEqual(pageBox!.y + pageBox!.height - 1);
      expect(await row.locator('td').nth(0).innerText()).toMatch(/^This page\b/);
      await panel.locator('[data-difference]').first().scrollIntoViewIfNeeded();
      await saveScreenshot(panel, shot, { docs: true });
      await page.close();
      await panel.close();
    },
  );
});
