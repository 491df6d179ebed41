import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, openPanel, tabIdOf, type LoadedExtension } from './harness/launch-extension';
import { waitForHighlights } from './harness/page-highlights';
import { saveScreenshot } from './harness/screenshots';
import { startServer, type FixtureServer } from './harness/static-server';

// The Spanish interface for real: Chromium started in Spanish (--lang=es, with chromium-l10n's
// translations) shows the extension's Spanish messages through chrome.i18n, not the English fallback.

describe('the panel in a Spanish browser', () => {
  let server: FixtureServer;
  let ext: LoadedExtension;

  beforeAll(async () => {
    [server, ext] = await Promise.all([startServer(), launchExtension({ language: 'es' })]);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('speaks Spanish: the counts, the citation menu and the export', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/articulo.html'));
    await waitForHighlights(page);
    const panel = await openPanel(ext, await tabIdOf(ext, page));
    await panel.waitForSelector('[data-claim]');
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await panel.locator('.summary-line').textContent()).toMatch(
      /^\d+ afirmaci(ón|ones) encontradas? en/,
    );
    expect(await panel.locator('.summary-counts .relation-diverges').textContent()).toMatch(
      /^\d+ afirmaci(ón|ones) difieren?$/,
    );
    expect(await panel.locator('.toolbar .cite-menu summary').textContent()).toBe('Citar');
    expect(await panel.getByRole('group', { name: 'Exportar la comparación de esta página' }).count()).toBe(
      1,
    );
    await saveScreenshot(panel, 'panel-es-browser', { docs: true });
    await Promise.all([page.close(), panel.close()]);
  });

  it('offers possible versions in Spanish, folded, with “Misma afirmación” / “No es lo mismo”', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/articulo.html'));
    await waitForHighlights(page);
    const panel = await openPanel(ext, await tabIdOf(ext, page));
    await panel.waitForSelector('[data-claim]');
    const card = panel.locator('[data-page-claims] [data-claim]:has(details[data-possible-section])').first();
    const summary = card.locator('details[data-possible-section] > summary');
    expect(await summary.textContent()).toMatch(/^Quizá la misma afirmación \(\d\)$/);
    await summary.click();
    const confirm = card.locator('[data-action="confirm-version"]').first();
    await confirm.waitFor();
    expect((await confirm.textContent())?.trim()).toMatch(/Misma afirmación/);
    expect((await card.locator('[data-action="reject-version"]').first().textContent())?.trim()).toMatch(
      /No es lo mismo/,
    );
    await panel.setViewportSize({ width: 420, height: 1100 });
    // The opened section in view: the card's last stated version above it, its possible versions below.
    await card
      .locator('details[data-possible-section]')
      .evaluate((d) => d.scrollIntoView({ block: 'center' }));
    await saveScreenshot(panel, 'panel-possible-es', { docs: true });
    await Promise.all([page.close(), panel.close()]);
  });
});
