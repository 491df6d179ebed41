import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startServer, type FixtureServer } from '../e2e/harness/static-server';
import { hoverCard, hoverCardText } from './hover-card';
import {
  launchFirefox,
  openExtensionPage,
  screenshotPath,
  tabIdFor,
  type LoadedFirefox,
} from './launch-firefox';
import { highlighted, highlightSpot, openHighlighted } from './page-highlights';

// The hover card in Firefox, by pointer and by keyboard. Puppeteer's mouse and keyboard go through
// BiDi's input actions, so the content script sees trusted events, as from the reader. The shortcut is
// a browser command that no test input can press: as in Chromium, the test sends the message the
// background sends for it (`showNextClaim`), here from the sidebar page opened in a tab.

const FOUND = 'Crosscheck found other versions of this sentence';

// The extension API the test calls inside the sidebar page.
declare const browser: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };

describe('the hover card in Firefox', () => {
  let server: FixtureServer;
  let fx: LoadedFirefox;

  beforeAll(async () => {
    [server, fx] = await Promise.all([startServer(), launchFirefox()]);
  });
  afterAll(async () => {
    await fx?.close();
    await server?.close();
  });

  const article = () => openHighlighted(fx.browser, server.url('/article.html'));
  const cardText = (page: Page) => hoverCardText(fx.browser, page);
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute('href') ?? el?.tagName.toLowerCase();
    });

  it('shows the card while the pointer rests on a highlighted sentence, and hides it off the highlights', async () => {
    const page = await article();
    const line = (await highlightSpot(page, 'diverges'))!;
    expect(line.left).toBeGreaterThan(40);
    // A hand's movement: several moves in quick succession, the last one (only) on the sentence.
    await page.mouse.move(line.left - 40, line.y + 200);
    await page.mouse.move(line.left + 10, line.y, { steps: 3 });
    await expect.poll(() => cardText(page)).toBe(`${FOUND} · click to compare them in the side panel`);
    expect(await hoverCard(fx.browser, page)).toMatchObject({ mode: 'closed', buttonFocused: false });
    // The page itself cannot reach into the card.
    expect(await page.evaluate(() => document.querySelector('crosscheck-hover')?.shadowRoot)).toBeNull();

    const path = screenshotPath('firefox-hover-card');
    await page.screenshot({ path });
    if (process.env.UPDATE_DOCS_SCREENSHOTS === '1') {
      mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
      copyFileSync(path, join(ROOT, 'docs/screenshots/firefox-hover-card.png'));
    }

    const menu = await page.$eval('a[href="/world"]', (a) => {
      a.scrollIntoView({ block: 'center' });
      const box = a.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await page.mouse.move(menu.x, menu.y, { steps: 5 });
    await expect.poll(() => cardText(page)).toBeNull();
    await page.close();
  });

  it('shows the next highlight’s card by keyboard: Escape closes it, Enter opens its claim in the sidebar', async () => {
    const page = await article();
    const { diverges, corroborates, related } = await highlighted(page);
    const total = diverges.length + corroborates.length + related.length;
    expect(total).toBeGreaterThan(2);
    const tabId = await tabIdFor(fx, page.url());
    const panel = await openExtensionPage(fx, `sidepanel.html?tab=${tabId}`, '[data-claim]');
    await page.bringToFront();
    await page.focus('a[href="/world"]');
    // What the page's own key handlers see (bubbling to the document).
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
      document.addEventListener('keydown', (e) => seen.push(e.key));
    });
    /** What the background does when the reader presses the shortcut. */
    const shortcut = () =>
      panel.evaluate(
        (id) => browser.tabs.sendMessage(id, { crosscheck: 'content', name: 'showNextClaim', input: {} }),
        tabId,
      );

    expect(await shortcut()).toEqual({ ok: true, value: true });
    await expect
      .poll(() => cardText(page))
      .toBe(`${FOUND}Compare in the side panelHighlight 1 of ${total}Esc closes`);
    expect(await hoverCard(fx.browser, page)).toMatchObject({ mode: 'closed', buttonFocused: true });
    expect(await focused(page)).toBe('crosscheck-hover');

    await page.keyboard.press('Escape');
    expect(await cardText(page)).toBeNull();
    expect(await focused(page)).toBe('/world');
    // The reader's Escape was Crosscheck's: the page's own handlers did not get it.
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);

    await shortcut();
    await expect.poll(() => cardText(page)).toContain(`Highlight 1 of ${total}`);
    // The flash is painted a frame after its rules (highlights.ts): wait for it.
    await expect.poll(async () => (await highlighted(page)).flash.length).toBe(1);
    const [sentence] = (await highlighted(page)).flash;
    expect(sentence).toBeTruthy();
    await page.keyboard.press('Enter');
    const card = await panel.waitForSelector('.claim-card.focused .page-sentence', { timeout: 5000 });
    expect((await card!.evaluate((el) => el.textContent ?? '')).replace(/\s+/g, ' ').trim()).toBe(sentence);
    expect(await cardText(page)).toBeNull();
    expect(await focused(page)).toBe('/world');
    await Promise.all([page.close(), panel.close()]);
  });
});
