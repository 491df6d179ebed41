import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hoverCardText } from './harness/hover-card';
import { type LoadedExtension, openPageWithPanel, tabIdOf } from './harness/launch-extension';
import { pageHighlights } from './harness/page-highlights';
import { saveScreenshot } from './harness/screenshots';
import type { FixtureServer } from './harness/static-server';
import { useExtension } from './harness/use-extension';

// The hover summary by keyboard. The shortcut is a browser command, which a synthetic key press cannot
// trigger in headless Chromium: the tests send the message the background sends for it
// (`showNextClaim`), then press real keys (CDP key events, trusted) in the card it shows.

// The extension API the test calls inside the service worker.
declare const chrome: {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  commands: { getAll(): Promise<Array<{ name?: string; description?: string; shortcut?: string }>> };
};

const FOUND = 'Crosscheck found other versions of this sentence';

describe('the hover summary, reached by keyboard', () => {
  let server: FixtureServer;
  let ext: LoadedExtension;

  useExtension((s, e) => {
    [server, ext] = [s, e];
  });

  /** The article, its panel in a tab, and the page in front with focus on a link of its menu. */
  async function articleWithFocus() {
    const { page, panel } = await openPageWithPanel(ext, server.url('/article.html'));
    await page.bringToFront();
    await page.focus('a[href="/world"]');
    // What the page's own key handlers see (bubbling to the document).
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
      document.addEventListener('keydown', (e) => seen.push(e.key));
    });
    return { page, panel, tabId: await tabIdOf(ext, page) };
  }

  /** What the background does when the reader presses the shortcut. */
  const shortcut = (tabId: number) =>
    ext.worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { crosscheck: 'content', name: 'showNextClaim', input: {} }),
      tabId,
    );
  const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName.toLowerCase());
  const flashed = async (page: Page) => (await pageHighlights(page)).flash[0] ?? null;

  it('registers the shortcut, with its key free in Chromium', async () => {
    const commands = await ext.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'crosscheck-next-claim')).toMatchObject({
      description: 'Show the next highlighted sentence',
      shortcut: 'Alt+Shift+J',
    });
  });

  it('steps through the highlights, and Enter opens the claim in the panel', async () => {
    const { page, panel, tabId } = await articleWithFocus();
    const { diverges, corroborates, related } = await pageHighlights(page);
    const total = diverges.length + corroborates.length + related.length;
    expect(total).toBeGreaterThan(2);

    expect(await shortcut(tabId)).toEqual({ ok: true, value: true });
    await expect
      .poll(() => hoverCardText(page))
      .toBe(`${FOUND}Compare in the side panelHighlight 1 of ${total}Esc closes`);
    expect(await focusedTag(page)).toBe('crosscheck-hover');
    // The flash is painted a frame after its rules (highlights.ts): wait for it.
    await expect.poll(() => flashed(page)).not.toBeNull();
    const first = await flashed(page);

    await shortcut(tabId);
    await expect.poll(() => hoverCardText(page)).toContain(`Highlight 2 of ${total}`);
    await expect.poll(() => flashed(page)).not.toBe(first);
    const second = (await flashed(page))!;
    expect(second).not.toBeNull();
    expect(await focusedTag(page)).toBe('crosscheck-hover');
    await saveScreenshot(page, 'keyboard-hover', { docs: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, 'keyboard-hover-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    await page.keyboard.press('Enter');
    const focused = panel.locator('.claim-card.focused .page-sentence');
    await focused.waitFor({ timeout: 5000 });
    expect(((await focused.textContent()) ?? '').replace(/\s+/g, ' ').trim()).toBe(second);
    expect(await hoverCardText(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/world');
    await Promise.all([page.close(), panel.close()]);
  });

  it('closes on Escape and gives focus back, and ignores keys and clicks the page makes up', async () => {
    const { page, panel, tabId } = await articleWithFocus();
    await shortcut(tabId);
    await expect.poll(() => hoverCardText(page)).toContain(FOUND);

    // The page can reach the card's host only: made-up events on it do nothing.
    await page.evaluate(() => {
      const host = document.querySelector('crosscheck-hover')!;
      for (const key of ['Escape', 'Enter'])
        host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      (host as HTMLElement).click();
    });
    expect(await hoverCardText(page)).toContain(FOUND);
    expect(await panel.locator('.claim-card.focused').count()).toBe(0);

    await page.evaluate(() => ((window as unknown as { seen: string[] }).seen.length = 0));
    await page.keyboard.press('Escape');
    expect(await hoverCardText(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/world');
    // The reader's Escape was Crosscheck's: the page's own handlers did not get it.
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);

    // Tab leaves the card: it goes, and focus goes on where Tab takes it.
    await shortcut(tabId);
    await expect.poll(() => hoverCardText(page)).toContain('Highlight 1 of');
    await page.keyboard.press('Tab');
    expect(await hoverCardText(page)).toBeNull();
    expect(await focusedTag(page)).not.toBe('crosscheck-hover');
    await Promise.all([page.close(), panel.close()]);
  });
});
