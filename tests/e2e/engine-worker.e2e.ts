import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, tabIdOf, type LoadedExtension } from './harness/launch-extension';
import { waitForHighlights } from './harness/page-highlights';
import { openProbe, tabResult } from './harness/page-probes';
import { startServer, type FixtureServer } from './harness/static-server';

// The engine runs in a worker started by an offscreen document, not on the service worker's message
// loop (DESIGN.md, "The background"). The document outlives the service worker: a restarted one is
// handed a new port to the same worker; a document that goes away is replaced at the next request.

declare const chrome: {
  runtime: { getContexts(filter: object): Promise<Array<{ documentId?: string }>> };
  offscreen: { closeDocument(): Promise<void> };
};

/** The extension's offscreen documents, asked from an extension page (the service worker may be restarted). */
const offscreenDocuments = (page: Page) =>
  page.evaluate(async () =>
    (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).map((c) => c.documentId),
  );

describe('the engine’s worker', () => {
  let server: FixtureServer;
  let ext: LoadedExtension;
  let probe: Page;

  beforeAll(async () => {
    [server, ext] = await Promise.all([startServer(), launchExtension()]);
    probe = await openProbe(ext);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function compared(path: string): Promise<void> {
    const page = await ext.context.newPage();
    await page.goto(server.url(path));
    await waitForHighlights(page);
    expect((await tabResult(probe, await tabIdOf(ext, page))).status).toBe('article');
    await page.close();
  }

  it('compares a page in a worker of an offscreen document, with no fallback', async () => {
    await compared('/article.html');
    expect(await offscreenDocuments(probe)).toHaveLength(1);
    // The corpus is marked loaded where the engine runs: never in the service worker, unless the
    // worker could not start and the background ran the engine itself.
    const loadedHere = await ext.worker.evaluate(
      () => performance.getEntriesByName('crosscheck:sources-loaded').length,
    );
    expect(loadedHere).toBe(0);
  });

  it('hands a restarted service worker a port to the same worker', async () => {
    const [before] = await offscreenDocuments(probe);
    const cdp = await ext.context.newCDPSession(probe);
    const states: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) =>
      states.push(...versions.map((v: { runningStatus: string }) => v.runningStatus)),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => states.at(-1)).toBe('stopped');
    await compared('/article.html?after-restart');
    expect(states.at(-1)).toBe('running');
    expect(await offscreenDocuments(probe)).toEqual([before]);
  });

  it('replaces a document that went away at the next request', async () => {
    await probe.evaluate(() => chrome.offscreen.closeDocument());
    expect(await offscreenDocuments(probe)).toEqual([]);
    await compared('/article.html?after-close');
    expect(await offscreenDocuments(probe)).toHaveLength(1);
  });
});
