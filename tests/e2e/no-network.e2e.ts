import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHostileServer } from './harness/hostile-server';
import { launchExtension } from './harness/launch-extension';
import { readNetLog } from './harness/net-log';
import { openProbe } from './harness/page-probes';
import { waitForHighlights } from './harness/page-highlights';

// The promise "Crosscheck makes no network request", checked for the whole extension: its service
// worker, the offscreen document and the engine's worker, which test tools cannot watch, are seen in
// the browser's own network log. The browser itself calls home now and then (update checks); those
// requests name no extension and are not Crosscheck's.

const PAGES = ['plain.html', 'markup.html', 'csp.html', 'spa-late/first', 'latin1.html'];

describe('the network', () => {
  it('is never used: browsing five pages, the extension requests nothing from any server', async () => {
    const netLog = join(mkdtempSync(join(tmpdir(), 'crosscheck-netlog-')), 'net.json');
    const [server, ext] = await Promise.all([startHostileServer(), launchExtension({ netLog })]);
    let refused = '';
    try {
      const probe = await openProbe(ext);
      for (const path of PAGES) {
        const page = await ext.context.newPage();
        await page.goto(server.url(`/hostile/${path}`));
        await waitForHighlights(page);
        await page.close();
      }
      await probe.close();
      // The extension may not reach a server even when it tries: its pages' and workers' security
      // policy allows its own files only (connect-src 'self'), whatever its host permissions.
      refused = await ext.worker.evaluate(async (url) => {
        try {
          await fetch(url);
          return 'fetched';
        } catch (error) {
          return error instanceof Error ? error.name : String(error);
        }
      }, server.url('/hostile/plain.html'));
    } finally {
      await ext.close(); // the log is complete once the browser has closed
      await server.close();
    }
    expect(refused).toBe('TypeError');
    const requests = readNetLog(netLog);
    // The log saw the pages themselves: it records what it should.
    for (const path of PAGES)
      expect(requests.some((r) => r.url === server.url(`/hostile/${path}`))).toBe(true);
    const fromExtension = requests.filter(
      (r) => r.initiator.startsWith('chrome-extension://') || r.isolationKey.includes('chrome-extension://'),
    );
    expect(fromExtension).toEqual([]);
    // Everything the pages' own origin asked for went to the test server.
    const fromPages = requests.filter((r) => r.initiator.startsWith(server.origin));
    expect(fromPages.filter((r) => !r.url.startsWith(server.origin))).toEqual([]);
  });
});
