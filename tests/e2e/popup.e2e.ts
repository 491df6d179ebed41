import { describe, expect, it } from 'vitest';
import { tabIdOf, type LoadedExtension } from './harness/launch-extension';
import { waitForHighlights } from './harness/page-highlights';
import { saveScreenshot } from './harness/screenshots';
import type { FixtureServer } from './harness/static-server';
import { useExtension } from './harness/use-extension';

// The toolbar popup (opened in a tab with ?tab=ID): the page's summary and the per-site switch,
// which applies at once to the open page.

describe('the popup', () => {
  let server: FixtureServer;
  let ext: LoadedExtension;

  useExtension((s, e) => {
    [server, ext] = [s, e];
  });

  it('sums up the page and switches Crosscheck off and on for the site', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/article.html'));
    await waitForHighlights(page);
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 340, height: 260 });
    await popup.goto(`chrome-extension://${ext.id}/popup.html?tab=${await tabIdOf(ext, page)}`);
    await expect
      .poll(() => popup.getByRole('status').textContent())
      .toMatch(/^\d+ claims? found in \d+ other reports? · \d+ claims? diverges?$/);
    const toggle = popup.getByRole('switch');
    expect(await toggle.isChecked()).toBe(true);
    expect(await popup.getByText('Crosscheck on').textContent()).toContain('127.0.0.1');
    await saveScreenshot(popup, 'popup');

    await toggle.uncheck({ force: true }); // the styled track covers the native box
    await expect.poll(() => page.evaluate(() => CSS.highlights.size), { timeout: 10_000 }).toBe(0);
    await toggle.check({ force: true });
    await waitForHighlights(page);
    await Promise.all([page.close(), popup.close()]);
  });
});
