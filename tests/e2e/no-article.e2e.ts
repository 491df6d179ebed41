import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparable, compareJson } from './harness/compare-command';
import { badgeText, openPanel, tabIdOf, type LoadedExtension } from './harness/launch-extension';
import { readPanel, readSelection } from './harness/read-panel';
import { SCREENSHOT_DIR, saveScreenshot } from './harness/screenshots';
import type { FixtureServer } from './harness/static-server';
import { useExtension } from './harness/use-extension';

interface ChromeMenusAndCommands {
  contextMenus: { update(id: string, props: object): Promise<void> };
  commands: { getAll(): Promise<Array<{ name?: string; description?: string; shortcut?: string }>> };
}

// A home page (no article): nothing is highlighted and nothing is matched, the panel says why, and a
// selected passage can still be compared.

describe('a page with no article', () => {
  let server: FixtureServer;
  let ext: LoadedExtension;

  useExtension((s, e) => {
    [server, ext] = [s, e];
  });

  it('gets no highlight, no badge and no extraction, and the panel says there is no article', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/home.html'));
    const tabId = await tabIdOf(ext, page);
    const panel = await openPanel(ext, tabId);
    expect(await readPanel(panel)).toEqual({ empty: 'no-article' });
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await badgeText(ext, tabId)).toBe('');
    const steps = await page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .map((e) => e.name)
        .filter((n) => n.startsWith('crosscheck:')),
    );
    // The cheap checks only (is it an article; is its text in a language Crosscheck reads; is an article
    // in a frame or a shadow root): the page was not serialised nor read in full.
    expect(steps.filter((n) => !/:(language|read-shadow)$/.test(n))).toEqual(['crosscheck:is-article']);
    await page.close();
    await panel.close();
  });

  it('compares a selected passage and shows the same matches as `compare --json` on that text', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/home.html'));
    const selected = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('teaser-claim')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    const panel = await openPanel(ext, await tabIdOf(ext, page));
    await panel.getByRole('button', { name: 'Crosscheck selection' }).click();
    const shown = await readSelection(panel);

    const file = join(SCREENSHOT_DIR, 'selection.txt');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(file, `${selected.trim()}\n`);
    const expected = await compareJson(file);
    expect(expected.matches.some((m) => m.relation === 'corroborates')).toBe(true);
    expect(comparable({ page: expected.page, matches: shown })).toEqual(comparable(expected));
    await saveScreenshot(panel, 'panel-selection');
    await page.close();
    await panel.close();
  });

  it('registers the "Crosscheck selection" menu item and its keyboard shortcut', async () => {
    const found = await ext.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeMenusAndCommands }).chrome;
      // update() fails for an unknown id, so it tells whether the item exists.
      const menu = await api.contextMenus.update('crosscheck-selection', {}).then(
        () => true,
        () => false,
      );
      const commands = await api.commands.getAll();
      return { menu, command: commands.find((c) => c.name === 'crosscheck-selection') ?? null };
    });
    expect(found.menu).toBe(true);
    expect(found.command?.description).toBe('Crosscheck the selected text');
  });
});
