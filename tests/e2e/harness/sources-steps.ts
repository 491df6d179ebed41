import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openPanel, tabIdOf, type LoadedExtension } from './launch-extension';
import { waitForHighlights } from './page-highlights';
import { ROOT, type FixtureServer } from './static-server';

// Steps of the reader's-own-sources tests: add the page being read, read the versions a source gives,
// talk to the background from an extension page, and check accessibility with axe.

export const SOURCE_PAGE = '/sources/courier-flood.html';
export const OTHER_PAGE = '/sources/riverside-flood.html';

/** Opens the page and its panel, waits for the add button, adds the page; returns the source id. */
export async function addPageAsSource(
  ext: LoadedExtension,
  server: FixtureServer,
): Promise<{ id: string; page: Page; panel: Page }> {
  const page = await ext.context.newPage();
  await page.goto(server.url(SOURCE_PAGE));
  const panel = await openPanel(ext, await tabIdOf(ext, page));
  const button = panel.locator('[data-action="add-source"]');
  await button.waitFor({ state: 'visible', timeout: 20_000 });
  await button.click();
  const added = panel.locator('[data-source-added]');
  await added.waitFor({ state: 'visible', timeout: 20_000 });
  return { id: (await added.getAttribute('data-source-added'))!, page, panel };
}

/** The other outlet's page, highlighted, and its panel. */
export async function openOtherPage(ext: LoadedExtension, server: FixtureServer) {
  const page = await ext.context.newPage();
  await page.goto(server.url(OTHER_PAGE));
  await waitForHighlights(page);
  const panel = await openPanel(ext, await tabIdOf(ext, page));
  await panel.locator('[data-page-claims], .empty-state').first().waitFor({ timeout: 20_000 });
  return { page, panel };
}

export interface SourceVersion {
  page: string;
  report: string;
  relation: string;
  collection: string | null;
}

/** The versions from one source shown in a panel (folded ones included). */
export async function versionsFrom(panel: Page, id: string): Promise<SourceVersion[]> {
  return panel.locator(`[data-match][data-report="${id}"]`).evaluateAll((items) =>
    items.map((item) => ({
      page: item.querySelector('[data-page-sentence]')?.textContent?.trim() ?? '',
      report: item.querySelector('[data-report-sentence]')?.textContent?.trim() ?? '',
      relation: item.getAttribute('data-relation') ?? '',
      collection: item.getAttribute('data-collection'),
    })),
  );
}

/** Sends a message to the background as an extension page does (the protocol's envelope). */
export async function askBackground<T>(page: Page, name: string): Promise<T> {
  return page.evaluate(async (n) => {
    const reply = (await chrome.runtime.sendMessage({ crosscheck: 'background', name: n, input: {} })) as {
      ok: boolean;
      value: unknown;
      error?: string;
    };
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  }, name) as Promise<T>;
}

export async function optionsPage(ext: LoadedExtension): Promise<Page> {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/options.html`);
  await options.waitForSelector('[data-sources-count]');
  return options;
}

/** The serious and critical axe violations of a page, as "rule: target" lines. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const path = join(ROOT, 'node_modules/axe-core/axe.min.js');
  // An extension page's CSP refuses the inline script addScriptTag writes; evaluation is not refused.
  await page.addScriptTag({ path }).catch(() => undefined);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(path, 'utf8'));
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run(): Promise<{
            violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe.run();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
