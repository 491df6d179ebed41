import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type LoadedExtension, openPageWithPanel, tabIdOf } from './harness/launch-extension';
import { saveScreenshot } from './harness/screenshots';
import { ROOT, type FixtureServer } from './harness/static-server';
import { useExtension } from './harness/use-extension';
import { exportName } from '@/entrypoints/sidepanel/download';

// Citations and exports in the built extension: the citation engine loads in the panel (no eval,
// within the extension's content security policy), and the exports download; then axe finds no
// accessibility violation on the panel, the popup and the options page with the new controls.

/** Records what reaches the clipboard (reading it back needs a permission extension pages lack here). */
async function recordCopies(panel: Page): Promise<void> {
  await panel.evaluate(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text: string) => {
      (window as unknown as { copied: string }).copied = text;
      return write(text);
    };
  });
}
const copied = (panel: Page) => panel.evaluate(() => (window as unknown as { copied?: string }).copied ?? '');

async function axeViolations(page: Page): Promise<string[]> {
  // addScriptTag adds an inline script, which an extension page's security policy refuses; the
  // DevTools protocol's evaluation is not subject to it.
  await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
      }
    ).axe;
    const { violations } = await axe.run();
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('citations, exports and accessibility in the panel', () => {
  let server: FixtureServer;
  let ext: LoadedExtension;

  useExtension((s, e) => {
    [server, ext] = [s, e];
  });

  async function articleWithPanel() {
    const { page, panel } = await openPageWithPanel(ext, server.url('/article.html'));
    await recordCopies(panel);
    await panel.bringToFront();
    return { page, panel };
  }

  it('copies a version’s citation in MLA, Chicago and RIS, and the page’s own in APA', async () => {
    const { page, panel } = await articleWithPanel();
    const version = panel.locator('[data-match][data-relation="diverges"]').first();
    await version.locator('.cite-menu summary').click();
    await saveScreenshot(panel, 'citation-menu', { docs: true });
    await version.locator('[data-cite-style="mla"]').click();
    await expect
      .poll(() => copied(panel), { timeout: 15_000 })
      .toMatch(/^“.+\.” News\.az, 3 Dec\. 2025, https:\/\/news\.az\/.+\. Accessed \d+ \w+\.? \d{4}\.$/);
    await version.locator('.cite-menu summary').click();
    await version.locator('[data-cite-style="chicago"]').click();
    await expect
      .poll(() => copied(panel))
      .toMatch(/^“.+\.” News\.az, December 3, 2025\. Accessed \w+ \d+, \d{4}\. https:\/\/news\.az\/.+\.$/);
    // RIS, for reference managers: the plugin registers itself with the engine in the panel too.
    await version.locator('.cite-menu summary').click();
    await version.locator('[data-cite-style="ris"]').click();
    await expect
      .poll(() => copied(panel))
      .toMatch(
        /^TY {2}- NEWS\n[^]*\nT2 {2}- News\.az\n[^]*\nUR {2}- https:\/\/news\.az\/.+\nY2 {2}- \d{4}\/\d\d\/\d\d\/\nER {2}- $/,
      );
    await panel.locator('.toolbar .cite-menu summary').click();
    await panel.locator('.toolbar [data-cite-style="apa"]').click();
    await expect
      .poll(() => copied(panel))
      .toMatch(
        /^Petro dares Trump to come and watch Colombia destroy cocaine labs\. \(n\.d\.\)\. 127\.0\.0\.1\. Retrieved \w+ \d+, \d{4}, from http:\/\/127\.0\.0\.1:\d+\/article\.html$/,
      );
    await Promise.all([page.close(), panel.close()]);
  });

  it.each([
    ['csv', /^page_sentence,relation,outlet,date,title,url,report_sentence,score,differences\r\n/],
    ['json', /^\{\n {2}"page": \{\n {4}"title": "Petro dares Trump/],
  ])('exports the page’s comparison as %s', async (format, start) => {
    const { page, panel } = await articleWithPanel();
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.locator(`[data-export="${format}"]`).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      exportName('Petro dares Trump to come and watch Colombia destroy cocaine labs', format),
    );
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toMatch(start);
    if (format === 'json') {
      const json = JSON.parse(text) as { matches: unknown[] };
      expect(json.matches.length).toBe(await panel.locator('[data-match]').count());
      await saveScreenshot(panel, 'export', { docs: true });
    }
    await Promise.all([page.close(), panel.close()]);
  });

  it('copies all versions of one claim as Markdown', async () => {
    const { page, panel } = await articleWithPanel();
    const card = panel.locator('[data-claim]').first();
    const sentence = (await card.locator('.page-sentence').textContent())!.trim();
    await card.locator('.copy-versions').click();
    await expect.poll(() => copied(panel)).toContain(`> ${sentence}\n\n- **`);
    await Promise.all([page.close(), panel.close()]);
  });

  it('has no accessibility violation on the panel (menus open), the popup and the options page', async () => {
    const { page, panel } = await articleWithPanel();
    await panel.locator('[data-match] .cite-menu summary').first().click();
    await panel.locator('[data-match] .why summary').first().click();
    expect(await axeViolations(panel)).toEqual([]);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup.html?tab=${await tabIdOf(ext, page)}`);
    await popup.waitForSelector('[role="status"]');
    expect(await axeViolations(popup)).toEqual([]);
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.id}/options.html`);
    await options.waitForSelector('[data-bundled-report]');
    expect(await axeViolations(options)).toEqual([]);
    await Promise.all([page.close(), panel.close(), popup.close(), options.close()]);
  });
});
