import { describe, expect, it } from 'vitest';
import { type LoadedExtension, openPageWithPanel } from './harness/launch-extension';
import { highlightSpot, pageHighlights } from './harness/page-highlights';
import { saveScreenshot } from './harness/screenshots';
import type { FixtureServer } from './harness/static-server';
import { useExtension } from './harness/use-extension';

// The side panel's interactions on a real article: card → page, highlight → card, filters, report view,
// and screenshots in the light and the dark theme.

describe('the side panel on an article', () => {
  let server: FixtureServer;
  let ext: LoadedExtension;

  useExtension((s, e) => {
    [server, ext] = [s, e];
  });

  // The page at the context's 1280 × 900, the panel at 420 px (openPanel).
  const articleWithPanel = () => openPageWithPanel(ext, server.url('/article.html'));

  it('scrolls the page to a claim and flashes it when its card is clicked', async () => {
    const { page, panel } = await articleWithPanel();
    const last = panel.locator('[data-claim] .page-sentence').last();
    const sentence = (await last.textContent())!.replace(/\s+/g, ' ').trim();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await last.click();
    await expect.poll(async () => (await pageHighlights(page)).flash, { timeout: 5000 }).toEqual([sentence]);
    // Smooth scrolling takes a moment: wait until the flashed sentence is inside the viewport.
    await expect
      .poll(
        async () => {
          const spot = await highlightSpot(page, ['flash']);
          const [scrollY, height] = await page.evaluate(() => [window.scrollY, window.innerHeight]);
          return scrollY! > 0 && !!spot && spot.top >= 0 && spot.bottom <= height!;
        },
        { timeout: 5000 },
      )
      .toBe(true);
    await page.close();
    await panel.close();
  });

  it('shows the card of a highlight clicked on the page', async () => {
    const { page, panel } = await articleWithPanel();
    const target = (await highlightSpot(page, ['corroborates', 'related'], 'last'))!;
    await page.mouse.move(target.x, target.y);
    await page.mouse.click(target.x, target.y);
    const focused = panel.locator('.claim-card.focused .page-sentence');
    await focused.waitFor({ timeout: 5000 });
    expect(((await focused.textContent()) ?? '').replace(/\s+/g, ' ').trim()).toBe(target.text);
    expect(await panel.evaluate(() => document.activeElement?.matches('.claim-card.focused') ?? false)).toBe(
      true,
    );
    await page.close();
    await panel.close();
  });

  it('filters to diverging claims and opens one report’s view', async () => {
    const { page, panel } = await articleWithPanel();
    const all = await panel.locator('[data-claim]').count();
    await panel.getByLabel(/Diverging only/).check();
    const diverging = await panel.locator('[data-claim]').count();
    expect(diverging).toBeLessThan(all);
    expect(await panel.locator('[data-claim]:not(.relation-diverges)').count()).toBe(0);
    await panel.getByLabel(/^All/).check();
    expect(await panel.locator('[data-claim]').count()).toBe(all);

    await panel.locator('.report-list .link-button').first().click();
    await panel.waitForSelector('[data-report-view]');
    expect(await panel.locator('.report-text mark.report-match').count()).toBeGreaterThan(0);
    await panel.getByRole('button', { name: /All claims/ }).click();
    await panel.waitForSelector('[data-claim]');
    await page.close();
    await panel.close();
  });

  it('copies a citation of a version: outlet, title, date, address and the quoted sentence', async () => {
    const { page, panel } = await articleWithPanel();
    // Record what reaches the clipboard (reading it back needs a permission extension pages cannot get here).
    await panel.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => {
        (window as unknown as { copied: string }).copied = text;
        return write(text);
      };
    });
    const version = panel.locator('[data-match][data-relation="diverges"]').first();
    const sentence = (await version.locator('[data-report-sentence]').textContent())!;
    await panel.bringToFront();
    await version.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => panel.locator('.notice').textContent()).toBe('Citation copied');
    const copied = await panel.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(copied).toContain(`Quoted: “${sentence}”`);
    expect(copied).toMatch(/^News\.az, “.+”, 3 Dec 2025, https:\/\/news\.az\//);
    await page.close();
    await panel.close();
  });

  it('is keyboard navigable: Tab reaches a claim, Enter shows it on the page', async () => {
    const { page, panel } = await articleWithPanel();
    await panel.bringToFront();
    let onClaim = false;
    for (let i = 0; i < 10 && !onClaim; i++) {
      await panel.keyboard.press('Tab');
      onClaim = await panel.evaluate(
        () => document.activeElement?.classList.contains('page-sentence') ?? false,
      );
    }
    expect(onClaim).toBe(true);
    const label = await panel.evaluate(() =>
      document.activeElement!.textContent!.replace(/\s+/g, ' ').trim(),
    );
    await panel.keyboard.press('Enter');
    await expect.poll(async () => (await pageHighlights(page)).flash).toEqual([label]);
    await page.close();
    await panel.close();
  });

  it('is readable at 200% zoom: nothing overflows sideways', async () => {
    const { page, panel } = await articleWithPanel();
    await panel.setViewportSize({ width: 210, height: 900 }); // a 420px panel at 200% zoom
    const overflow = await panel.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
    await panel.close();
  });

  it.each(['light', 'dark'] as const)('renders the panel in the %s theme (screenshot)', async (scheme) => {
    const { page, panel } = await articleWithPanel();
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.setViewportSize({ width: 420, height: 1400 });
    // The first diverging version with its "Why this match" open, seen from the top of the panel.
    // Dark: all claims.
    // Light (the README's picture): the diverging claims only, where the side-by-side differences are.
    if (scheme === 'light') await panel.getByLabel(/Diverging only/).check();
    await panel.locator('[data-match][data-relation="diverges"] .why summary').first().click();
    await panel.evaluate(() => window.scrollTo(0, 0));
    await panel.mouse.move(0, 0); // no hover underline in the picture
    const background = await panel.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe(scheme === 'dark' ? 'rgb(21, 24, 29)' : 'rgb(255, 255, 255)');
    await saveScreenshot(panel, `panel-${scheme}`, { docs: scheme === 'light' });
    await page.close();
    await panel.close();
  });
});
