import { describe, expect, it } from 'vitest';
import { openPanel, tabIdOf, type LoadedExtension } from './harness/launch-extension';
import { pageHighlights, waitForHighlights } from './harness/page-highlights';
import { readPanel } from './harness/read-panel';
import { saveScreenshot } from './harness/screenshots';
import type { FixtureServer } from './harness/static-server';
import { useExtension } from './harness/use-extension';

// Settings live in extension storage and apply at once, on pages already open.

describe('the options', () => {
  let server: FixtureServer;
  let ext: LoadedExtension;

  useExtension((s, e) => {
    [server, ext] = [s, e];
  });

  async function optionsPage() {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.id}/options.html`);
    await options.waitForSelector('[data-bundled-report]');
    return options;
  }

  it('list the bundled reports', async () => {
    const options = await optionsPage();
    expect(await options.locator('[data-bundled-report]').count()).toBe(5);
    await saveScreenshot(options, 'options', { fullPage: true });
    await options.close();
  });

  it('hide related versions on an open page as soon as the box is unticked', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/article.html'));
    await waitForHighlights(page);
    const highlighted = await pageHighlights(page);
    const panel = await openPanel(ext, await tabIdOf(ext, page));
    const related = panel.locator('[data-match][data-relation="related"]');
    await related.first().waitFor({ state: 'attached' }); // folded away under the claim's other versions
    const versions = await panel.locator('[data-match]').count();

    const options = await optionsPage();
    await options.getByLabel(/Show “related” versions/).uncheck();
    await expect.poll(() => related.count(), { timeout: 10_000 }).toBe(0);
    expect(await panel.locator('[data-match]').count()).toBeGreaterThan(0);
    // Claims whose strongest version is related lose their highlight; the others keep theirs.
    await expect.poll(async () => (await pageHighlights(page)).related, { timeout: 10_000 }).toEqual([]);
    const after = await pageHighlights(page);
    expect([after.diverges, after.corroborates]).toEqual([highlighted.diverges, highlighted.corroborates]);

    await options.getByLabel(/Show “related” versions/).check();
    await expect.poll(() => panel.locator('[data-match]').count(), { timeout: 10_000 }).toBe(versions);
    await Promise.all([page.close(), panel.close(), options.close()]);
  });

  it('run Crosscheck only when asked, and then on request from the panel', async () => {
    const options = await optionsPage();
    await options.getByLabel(/Only when I ask/).check();
    const page = await ext.context.newPage();
    await page.goto(server.url('/article.html'));
    const panel = await openPanel(ext, await tabIdOf(ext, page));
    expect(await readPanel(panel)).toEqual({ empty: 'asking' });
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);

    await panel.getByRole('button', { name: 'Crosscheck this page' }).click();
    await waitForHighlights(page);
    await panel.waitForSelector('[data-claim]');
    await options.getByLabel(/On every site/).check();
    await Promise.all([page.close(), panel.close(), options.close()]);
  });
});
