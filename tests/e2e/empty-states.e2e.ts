import { describe, expect, it } from 'vitest';
import { badgeText, badgeTitle, openPanel, tabIdOf, type LoadedExtension } from './harness/launch-extension';
import { waitForHighlights } from './harness/page-highlights';
import { readPanel } from './harness/read-panel';
import type { FixtureServer } from './harness/static-server';
import { useExtension } from './harness/use-extension';

// The panel's empty states other than "no article", and results cleared on navigation.

describe('empty states and navigation', () => {
  let server: FixtureServer;
  let ext: LoadedExtension;

  useExtension((s, e) => {
    [server, ext] = [s, e];
  });

  it('says that an article about another story was not compared with the corpus', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/unrelated.html'));
    const panel = await openPanel(ext, await tabIdOf(ext, page));
    await panel.waitForSelector('[data-empty="off-story"]');
    expect(await panel.locator('[data-empty="off-story"]').textContent()).toContain(
      'does not seem to be about the stories in the corpus',
    );
    expect(await panel.locator('[data-unmatched-sentence]').count()).toBe(4);
    expect(await panel.locator('[data-page-sentences]').getAttribute('data-page-sentences')).toBe('4');
    await Promise.all([page.close(), panel.close()]);
  });

  it('says Crosscheck is off on a site left out of the list of sites', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.id}/options.html`);
    await options.getByLabel(/Only on the sites listed below/).check();
    const page = await ext.context.newPage();
    await page.goto(server.url('/article.html'));
    const panel = await openPanel(ext, await tabIdOf(ext, page));
    expect(await readPanel(panel)).toEqual({ empty: 'disabled' });
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);

    // Listing the site switches it on at once, on the open page.
    const sites = options.getByLabel(/Sites \(one per line/);
    await sites.fill('127.0.0.1');
    await sites.blur();
    await waitForHighlights(page);
    await options.getByLabel(/On every site/).check();
    await Promise.all([page.close(), panel.close(), options.close()]);
  });

  it('clears the badge and the results when the tab goes to another page', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/article.html'));
    await waitForHighlights(page);
    const tabId = await tabIdOf(ext, page);
    expect(await badgeText(ext, tabId)).not.toBe('');
    await page.goto(server.url('/home.html'));
    await expect.poll(() => badgeText(ext, tabId)).toBe('');
    const panel = await openPanel(ext, tabId);
    expect(await readPanel(panel)).toEqual({ empty: 'no-article' });

    // Also where no content script runs: the navigation itself clears the tab.
    await page.goto(server.url('/article.html'));
    await waitForHighlights(page);
    await expect.poll(() => badgeTitle(ext, tabId)).toMatch(/^Crosscheck: /);
    await page.goto('about:blank');
    await expect.poll(() => badgeTitle(ext, tabId)).toBe('Crosscheck');
    expect(await badgeText(ext, tabId)).toBe('');
    await Promise.all([page.close(), panel.close()]);
  });
});
