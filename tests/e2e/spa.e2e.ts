import { describe, expect, it } from 'vitest';
import { badgeTitle, openPanel, tabIdOf, type LoadedExtension } from './harness/launch-extension';
import { allHighlighted, waitForHighlights } from './harness/page-highlights';
import type { FixtureServer } from './harness/static-server';
import { useExtension } from './harness/use-extension';

// A single-page site that swaps its article with history.pushState: Crosscheck follows it, and does no
// matching again when the address changes but the article does not.

const count = (page: import('playwright-core').Page, step: string) =>
  page.evaluate((name) => performance.getEntriesByName(name).length, `crosscheck:${step}`);

describe('a single-page site', () => {
  let server: FixtureServer;
  let ext: LoadedExtension;

  useExtension((s, e) => {
    [server, ext] = [s, e];
  });

  it('follows an article change without a reload, and not a change of address alone', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/spa/first'));
    await waitForHighlights(page);
    const panel = await openPanel(ext, await tabIdOf(ext, page));
    const title = panel.locator('[data-page-title]');
    await expect
      .poll(() => title.getAttribute('data-page-title'))
      .toBe('Trump calls his talk with Petro a great honor');
    expect(await allHighlighted(page)).toContain('great honor');

    await page.click('#next');
    await expect
      .poll(() => title.getAttribute('data-page-title'), { timeout: 10_000 })
      .toBe('Petro says Trump is misinformed about Colombia’s drug war');
    await expect.poll(() => allHighlighted(page), { timeout: 10_000 }).toContain('misinformed');
    expect(await allHighlighted(page)).not.toContain('great honor');
    expect(page.url()).toBe(server.url('/spa/second'));

    // Same article, new address: the page is checked again but nothing is matched or placed again.
    const [checks, placed] = [await count(page, 'is-article'), await count(page, 'place-marks')];
    await page.evaluate(() => history.pushState({}, '', '/spa/second?ref=share'));
    await expect.poll(() => count(page, 'is-article'), { timeout: 5000 }).toBeGreaterThan(checks);
    await page.waitForTimeout(500);
    expect(await count(page, 'place-marks')).toBe(placed);
    expect(await allHighlighted(page)).toContain('misinformed');
    expect(await title.getAttribute('data-page-title')).toBe(
      'Petro says Trump is misinformed about Colombia’s drug war',
    );
    expect(await badgeTitle(ext, await tabIdOf(ext, page))).toMatch(/^Crosscheck: \d+ claims? in/); // not cleared
    await page.close();
    await panel.close();
  });
});
