import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, openPanel, tabIdOf, type LoadedExtension } from './harness/launch-extension';
import { saveScreenshot } from './harness/screenshots';
import { addPageAsSource, openOtherPage, optionsPage, seriousAxeViolations } from './harness/sources-steps';
import { startServer, type FixtureServer } from './harness/static-server';

// The reader's-own-sources screens in English and Spanish (the interface follows the browser's
// language), light and dark: the add flow, the panel with a user source's version, the options list.
// Each is checked with axe; UPDATE_DOCS_SCREENSHOTS=1 copies them to docs/screenshots/.

const SCHEMES = ['light', 'dark'] as const;

describe.each([
  ['en', 'Add this page to my sources'],
  ['es', 'Añadir esta página a mis fuentes'],
])('the sources screens in %s', (language, addLabel) => {
  let server: FixtureServer;
  let ext: LoadedExtension;
  let id: string;
  let addPanel: Page;

  beforeAll(async () => {
    [server, ext] = await Promise.all([startServer(), launchExtension({ language })]);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  /** Screenshots a page in both schemes, each after asserting axe finds nothing serious. */
  async function shoot(page: Page, name: string, fullPage = false) {
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousAxeViolations(page), `${name} ${scheme}`).toEqual([]);
      await saveScreenshot(page, `${name}-${language}-${scheme}`, { docs: true, fullPage });
    }
  }

  it('shows the add button in the interface language, then the added source and its details', async () => {
    const added = await addPageAsSource(ext, server);
    id = added.id;
    addPanel = added.panel;
    expect(await addPanel.locator('[data-source-added]').count()).toBe(1);
    await addPanel.locator('[data-source-added] summary').click();
    await shoot(addPanel, 'sources-add');
    // The button the reader pressed, as it read before the page was added.
    const fresh = await ext.context.newPage();
    await fresh.goto(server.url('/sources/riverside-flood.html'));
    const panel = await openPanel(ext, await tabIdOf(ext, fresh));
    const button = panel.locator('[data-action="add-source"]');
    await button.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await button.textContent()).toBe(addLabel);
    await Promise.all([fresh.close(), panel.close()]);
  });

  it('shows a version from the user source with its outlet and collection', async () => {
    const { panel } = await openOtherPage(ext, server);
    const version = panel.locator(`[data-match][data-report="${id}"]`).first();
    await version.waitFor({ state: 'visible', timeout: 15_000 });
    await version.evaluate((el) => el.closest('[data-claim]')?.scrollIntoView({ block: 'start' }));
    await shoot(panel, 'sources-panel');
  });

  it('lists the source on the options page', async () => {
    const options = await optionsPage(ext);
    await options.locator(`[data-source="${id}"]`).waitFor();
    await options.locator('#sources').scrollIntoViewIfNeeded();
    await shoot(options, 'sources-options', true);
  });
});
