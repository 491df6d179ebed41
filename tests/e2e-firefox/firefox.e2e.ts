import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareJson, expectedHighlights } from '../e2e/harness/compare-command';
import type { CompareJson } from '../e2e/harness/read-panel';
import { ROOT, startServer, type FixtureServer } from '../e2e/harness/static-server';
import {
  launchFirefox,
  openExtensionPage,
  screenshotPath,
  tabIdFor,
  type LoadedFirefox,
} from './launch-firefox';
import { highlighted, openHighlighted } from './page-highlights';

// The core of the end-to-end suite in Firefox: highlights on the page, the sidebar's cards (the
// sidebar page opened in a tab with ?tab=ID, as in Chromium), and a compared selection.

describe('Crosscheck in Firefox', () => {
  let server: FixtureServer;
  let fx: LoadedFirefox;
  let want: CompareJson;

  beforeAll(async () => {
    [server, fx, want] = await Promise.all([
      startServer(),
      launchFirefox(),
      compareJson(join(ROOT, 'tests/e2e/fixtures/article.html')),
    ]);
  });
  afterAll(async () => {
    await fx?.close();
    await server?.close();
  });

  const article = () => openHighlighted(fx.browser, server.url('/article.html'));

  it('highlights the claims of an article by their relation', async () => {
    const page = await article();
    const expected = expectedHighlights(want);
    expect(expected.diverges.length).toBeGreaterThan(0);
    const got = await highlighted(page);
    for (const relation of ['diverges', 'corroborates', 'related'] as const)
      expect([...got[relation]].sort()).toEqual([...expected[relation]].sort());
    await page.close();
  });

  it('shows the claims’ cards in the sidebar page, as the command finds them', async () => {
    const page = await article();
    const tabId = await tabIdFor(fx, page.url());
    const panel = await openExtensionPage(fx, `sidepanel.html?tab=${tabId}`, '[data-claim]');
    const claims = await panel.$$eval('[data-page-claims] [data-claim]', (cards) => cards.length);
    expect(claims).toBe(new Set(want.matches.map((m) => m.pageSentence)).size);
    const diverging = await panel.$$eval('[data-match][data-relation="diverges"]', (items) => items.length);
    expect(diverging).toBe(want.matches.filter((m) => m.relation === 'diverges').length);
    expect(await panel.$eval('.summary-line', (el) => el.textContent)).toMatch(
      /^\d+ claims? found in \d+ other reports?$/,
    );
    await panel.setViewport({ width: 420, height: 900 });
    const path = screenshotPath('firefox-sidebar');
    await panel.screenshot({ path });
    if (process.env.UPDATE_DOCS_SCREENSHOTS === '1') {
      mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
      copyFileSync(path, join(ROOT, 'docs/screenshots/firefox-sidebar.png'));
    }
    await Promise.all([page.close(), panel.close()]);
  });

  it('compares a selection asked for from the sidebar page', async () => {
    const page = await article();
    const sentence = await page.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((el) =>
        /laborator/i.test(el.textContent ?? ''),
      )!;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return p.textContent!.trim();
    });
    expect(sentence.length).toBeGreaterThan(20);
    const tabId = await tabIdFor(fx, page.url());
    const panel = await openExtensionPage(fx, `sidepanel.html?tab=${tabId}`, '[data-claim]');
    const button = await panel.waitForSelector('.toolbar button.secondary');
    await button!.click();
    await panel.waitForSelector('[data-selection] [data-claim], [data-selection] p', { timeout: 15_000 });
    expect(await panel.$eval('[data-selection] h2', (el) => el.textContent)).toBe('Your selection');
    expect(await panel.$$eval('[data-selection] [data-claim]', (cards) => cards.length)).toBeGreaterThan(0);
    await Promise.all([page.close(), panel.close()]);
  });

  it('matches in the engine’s worker, not on the background page', async () => {
    await (await article()).close();
    const probe = await openExtensionPage(fx, 'sidepanel.html', 'body');
    // The corpus is loaded where the engine runs: the background page marks it only when the
    // worker could not start and the background ran the engine itself.
    const marks = await probe.evaluate(async () => {
      const api = (
        globalThis as unknown as { browser: { extension: { getBackgroundPage(): Promise<Window> } } }
      ).browser;
      const background = await api.extension.getBackgroundPage();
      return {
        page: background.location.pathname,
        loaded: background.performance.getEntriesByName('crosscheck:sources-loaded').length,
      };
    });
    expect(marks).toEqual({ page: '/_generated_background_page.html', loaded: 0 });
    await probe.close();
  });
});
