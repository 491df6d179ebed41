import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostileServer, type HostileServer } from './harness/hostile-server';
import { launchExtension, openPanel, tabIdOf, type LoadedExtension } from './harness/launch-extension';
import { waitForHighlights } from './harness/page-highlights';
import {
  openProbe,
  pageTiming,
  recordPageEvents,
  roundTripsDuring,
  send,
  tabResult,
} from './harness/page-probes';

// A hostile page can neither fake, silence nor stall Crosscheck (continued): very large pages, a page
// that never stops changing, tampered built-ins, damaged storage, malformed messages from an extension
// page, and no network. Figures are printed for the report (`npx vitest run --config
// tests/e2e/vitest.config.ts tests/e2e/hostile-load.e2e.ts`).

declare const chrome: {
  storage: {
    session: {
      getBytesInUse(keys?: string | string[] | null): Promise<number>;
      set(items: object): Promise<void>;
    };
    local: { set(items: object): Promise<void>; get(keys: string): Promise<Record<string, unknown>> };
  };
  runtime: { sendMessage(message: unknown): Promise<unknown>; getURL(path: string): string };
};

describe('a hostile page, under load', () => {
  let server: HostileServer;
  let ext: LoadedExtension;
  let probe: Page;

  beforeAll(async () => {
    [server, ext] = await Promise.all([startHostileServer(), launchExtension()]);
    await recordPageEvents(ext.context);
    probe = await openProbe(ext);
    // Round trips are measured once the extension has started: the first answer waits for the engine
    // to load its corpus in its worker, which is start-up, not a page holding the background up.
    await roundTripsDuring(probe, Promise.resolve());
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  /** Loads a page, and measures other tabs' round trips to the background until it is analysed. */
  async function analyse(path: string, timeout = 120_000) {
    const page = await ext.context.newPage();
    const loaded = page.goto(server.url(path), { timeout }).then(() => tabIdOf(ext, page));
    const analysed = loaded.then(async (tabId) => {
      await expect
        .poll(async () => (await tabResult(probe, tabId)).status, { timeout, interval: 250 })
        .not.toBe('pending');
      return tabId;
    });
    const trips = await roundTripsDuring(probe, analysed);
    return { page, tabId: await analysed, trips };
  }

  async function figures(
    name: string,
    page: Page,
    tabId: number,
    trips: { worst: number; median: number; count: number },
  ) {
    const result = await tabResult(probe, tabId);
    expect(result).toMatchObject({ status: 'article', error: null });
    expect(result.matches).toBeGreaterThan(3);
    await waitForHighlights(page);
    await page.waitForTimeout(500);
    const timing = await pageTiming(page);
    const stored = await ext.worker.evaluate(
      (key) => chrome.storage.session.getBytesInUse(key),
      `tab:${tabId}`,
    );
    const tasks = timing.longTasks.map((t) => Math.round(t.duration));
    console.log(
      `${name}: Crosscheck's longest step ${timing.longestStep.toFixed(1)} ms (${timing.longestStepName}); ` +
        `long tasks in the page ${JSON.stringify(tasks)}; other tab's round trip worst ${trips.worst.toFixed(0)} ms, ` +
        `median ${trips.median.toFixed(1)} ms (${trips.count} asks); stored ${stored} bytes`,
    );
    expect(stored).toBeLessThanOrEqual(1_000_000);
    return timing;
  }

  // Other tabs are answered within 100 ms while the two large pages are analysed: the engine reads
  // and matches them in its worker (offscreen document), off the background's message loop, and the
  // page's HTML comes in parts. Measured with the machine otherwise idle, the worst round trip was
  // 10–21 ms (median 2.2–4.2 ms) over four runs of this file; 2.3–4.4 s with the engine in the
  // background. On a machine loaded with four other jobs it reached 9–208 ms over nine runs.
  it('analyses a page of 5,000 paragraphs without blocking it, within its storage bound', async () => {
    const { page, tabId, trips } = await analyse('/hostile/many.html');
    expect((await figures('5,000 paragraphs', page, tabId, trips)).longTasks).toEqual([]);
    expect(trips.worst).toBeLessThan(100);
    await page.close();
  });

  it('analyses a 10 MB page without a crash or a long task, within its storage bound', async () => {
    const { page, tabId, trips } = await analyse('/hostile/huge.html');
    // No long task either: the page's HTML is serialised in slices, each reading step a task of its own.
    expect((await figures('10 MB', page, tabId, trips)).longTasks).toEqual([]);
    expect(trips.worst).toBeLessThan(100);
    // Only the start of the article is read, and the panel says so.
    const panel = await openPanel(ext, tabId);
    await expect
      .poll(() => panel.locator('[data-truncated]').textContent())
      .toMatch(/read its first .* characters/);
    await panel.close();
    await page.close();
  }, 150_000);

  it('keeps session storage within its quota over many long tabs, dropping the oldest first', async () => {
    const pages: Array<{ page: Page; tabId: number }> = [];
    try {
      await readTenTabs(pages);
    } finally {
      await Promise.all(pages.map(({ page }) => page.close()));
    }
  }, 150_000);

  async function readTenTabs(pages: Array<{ page: Page; tabId: number }>) {
    for (let i = 0; i < 10; i++) {
      const { page, tabId } = await analyse(`/hostile/many.html?tab=${i}`);
      pages.push({ page, tabId });
    }
    const total = await ext.worker.evaluate(() => chrome.storage.session.getBytesInUse(null));
    console.log(`10 long tabs: session storage holds ${total} bytes`);
    expect(total).toBeLessThanOrEqual(8_500_000);
    // Every tab still has its results: a dropped one is read again when the panel asks for it.
    for (const { tabId } of pages) {
      await expect
        .poll(async () => (await tabResult(probe, tabId)).status, { timeout: 15_000 })
        .toBe('article');
    }
  }

  it('analyses a page that changes its text and address five times a second at most once per 5 s', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/hostile/churn.html'));
    await waitForHighlights(page);
    const reads = () => page.evaluate(() => performance.getEntriesByName('crosscheck:is-article').length);
    const before = await reads();
    const trips = await roundTripsDuring(probe, page.waitForTimeout(10_000));
    const during = (await reads()) - before;
    console.log(
      `churning page: ${during} reads in 10 s; other tab's round trip worst ${trips.worst.toFixed(0)} ms`,
    );
    expect(during).toBeGreaterThanOrEqual(1); // it does follow the page
    expect(during).toBeLessThanOrEqual(3);
    expect(trips.worst).toBeLessThan(100);
    expect((await pageTiming(page)).longTasks).toEqual([]);
    await page.close();
  });

  it('is not affected by a page that breaks built-ins before the content script runs', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/hostile/prototype.html'));
    const tabId = await tabIdOf(ext, page);
    await expect
      .poll(async () => (await tabResult(probe, tabId)).matches, { timeout: 15_000 })
      .toBeGreaterThan(3);
    // The page's own registry methods were replaced: read it through the DevTools protocol.
    const cdp = await ext.context.newCDPSession(page);
    const { result } = (await cdp.send('Runtime.evaluate', {
      expression: 'CSS.highlights.size',
      returnByValue: true,
    })) as { result: { value: number } };
    expect(result.value).toBeGreaterThan(0);
    await page.close();
  });

  it('reads a damaged stored result as no result, and restores damaged settings without losing the rest', async () => {
    const probeTab = await tabIdOf(ext, probe);
    await ext.worker.evaluate(
      (id) => chrome.storage.session.set({ [`tab:${id}`]: { tabId: id, page: 42 } }),
      probeTab,
    );
    expect(await tabResult(probe, probeTab)).toMatchObject({ status: 'pending', matches: 0 });

    await ext.worker.evaluate(() =>
      chrome.storage.local.set({ settings: { sites: 'all', includeRelated: 'yes' }, keep: 1 }),
    );
    const page = await ext.context.newPage();
    await page.goto(server.url('/hostile/plain.html?settings=damaged'));
    await waitForHighlights(page);
    expect(await ext.worker.evaluate(() => chrome.storage.local.get('keep'))).toEqual({ keep: 1 });
    await page.close();
  });

  it('answers malformed and oversized messages from an extension page with an error, and goes on', async () => {
    const big = 'x'.repeat(20 * 1024 * 1024);
    const messages: Array<[string, unknown]> = [
      ['getTab', null],
      ['getTab', { tabId: 'one' }],
      ['getTab', { tabId: -5 }],
      ['getTab', { tabId: 1e300 }],
      ['getReport', { id: { toString: 1 } }],
      ['comparePage', { html: big }],
      ['reportNoArticle', { url: 5, status: '__proto__' }],
      ['openClaim', { pageIndex: 'x' }],
      ['__proto__', {}],
      ['constructor', {}],
      ['toString', {}],
    ];
    for (const [name, input] of messages) {
      const reply = (await send(probe, name, input)) as { ok: boolean } | undefined;
      expect(reply === undefined || reply === null || typeof reply.ok === 'boolean', name).toBe(true);
      if (name === 'getTab') expect(reply?.ok, name).toBe(false);
    }
    const trips = await roundTripsDuring(probe, new Promise((resolve) => setTimeout(resolve, 1000)));
    expect(trips.worst).toBeLessThan(100);
    // A web page has no way to send the background a message at all (no externally_connectable).
    const page = await ext.context.newPage();
    await page.goto(server.url('/hostile/plain.html?messages'));
    expect(
      await page.evaluate(
        () =>
          typeof (window as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime
            ?.sendMessage,
      ),
    ).toBe('undefined');
    await page.close();
  });
});
