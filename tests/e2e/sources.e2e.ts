import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, tabIdOf, type LoadedExtension } from './harness/launch-extension';
import { pageHighlights } from './harness/page-highlights';
import {
  addPageAsSource,
  askBackground,
  openOtherPage,
  optionsPage,
  seriousAxeViolations,
  versionsFrom,
  type SourceVersion,
} from './harness/sources-steps';
import { ROOT, startServer, type FixtureServer } from './harness/static-server';

// The reader's own sources, end to end: a page added in one tab gives versions to another outlet's
// page on the same local story (tests/e2e/fixtures/sources, not the bundled story); removal, undo,
// export and import, a corrupted import, and a browser restart on the same profile.

const FILES = join(ROOT, 'tests/e2e/fixtures/sources/files');

interface Status {
  loaded: number;
  loadMs: number;
  preparedSinceStart: number;
  fromSnapshot: boolean;
}

const readSelf = (panel: Page) =>
  panel
    .locator('[data-page-self]')
    .getAttribute('data-page-self')
    .then((v) => v ?? '');

const highlighted = async (page: Page) => {
  const h = await pageHighlights(page);
  return [...h.diverges, ...h.corroborates, ...h.related].sort();
};

describe('the reader’s own sources', () => {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-profile-'));
  const files = mkdtempSync(join(tmpdir(), 'crosscheck-files-'));
  let server: FixtureServer;
  let ext: LoadedExtension;
  let id: string;
  let other: { page: Page; panel: Page };
  let before: SourceVersion[];
  let highlightsBefore: string[];

  beforeAll(async () => {
    [server, ext] = await Promise.all([startServer(), launchExtension({ userDataDir: profile })]);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('adds the page being read, with its outlet and date read from the page', async () => {
    const added = await addPageAsSource(ext, server);
    id = added.id;
    expect(id).toMatch(/^src-/);
    expect(await added.panel.locator('[data-source-added]').textContent()).toMatch(/Added to My sources/);
    await added.panel.locator('[data-source-added] summary').click();
    expect(await added.panel.locator('input[name="outlet"]').inputValue()).toBe('Millbrook Courier');
    expect(await added.panel.locator('input[name="date"]').inputValue()).toBe('2026-03-09');
    expect(await added.panel.locator('input[name="url"]').inputValue()).toBe(
      'https://courier.example/2026/03/ash-river-flood',
    );
    // The page is now one of the sources: named as itself, never its own version.
    await expect.poll(() => versionsFrom(added.panel, id)).toEqual([]);
    await Promise.all([added.page.close(), added.panel.close()]);
  });

  it('highlights another outlet’s page with versions from the new source, named with its outlet and collection', async () => {
    other = await openOtherPage(ext, server);
    await expect
      .poll(async () => (await versionsFrom(other.panel, id)).length, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(4);
    before = await versionsFrom(other.panel, id);
    expect(new Set(before.map((v) => v.collection))).toEqual(new Set(['My sources']));
    expect(before.some((v) => v.relation === 'diverges' && /37 people/.test(v.report))).toBe(true);
    const outlet = other.panel.locator(`[data-match][data-report="${id}"] .outlet`).first();
    expect(await outlet.textContent()).toBe('Millbrook Courier');
    highlightsBefore = await highlighted(other.page);
    expect(highlightsBefore.some((s) => s.includes('6.4 metres'))).toBe(true);
  });

  it('takes the versions away when the source is removed, and brings them back on undo', async () => {
    const options = await optionsPage(ext);
    await options.locator(`[data-source="${id}"] [data-action="remove-source"]`).click();
    await expect.poll(() => versionsFrom(other.panel, id), { timeout: 15_000 }).toEqual([]);
    await expect
      .poll(async () => (await highlighted(other.page)).some((s) => s.includes('6.4 metres')))
      .toBe(false);
    await options.locator('[data-action="undo"]').click();
    await expect.poll(() => versionsFrom(other.panel, id), { timeout: 15_000 }).toEqual(before);
    await expect.poll(() => highlighted(other.page)).toEqual(highlightsBefore);
    await options.close();
  });

  it('gives the same results after export, clearing and import', async () => {
    const options = await optionsPage(ext);
    const mine = options.locator('li[data-collection-id]', { hasText: 'My sources' });
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      mine.locator('[data-action="export-collection"]').click(),
    ]);
    const exported = join(files, 'my-sources.json');
    await download.saveAs(exported);
    await mine.locator('[data-action="delete-collection"]').click();
    await expect.poll(() => versionsFrom(other.panel, id), { timeout: 15_000 }).toEqual([]);
    await options.locator('[data-action="import-collection"]').setInputFiles(exported);
    await expect
      .poll(() => options.locator('[data-sources-status]').textContent())
      .toMatch(/Imported My sources: 1 sources/);
    await expect.poll(() => versionsFrom(other.panel, id), { timeout: 15_000 }).toEqual(before);
    await expect.poll(() => highlighted(other.page)).toEqual(highlightsBefore);
    await options.close();
  });

  it.each([
    ['a truncated file', (text: string) => text.slice(0, Math.floor(text.length / 2)), /truncated/],
    ['a file of another version', (text: string) => text.replace('"version":1', '"version":7'), /version 7/],
    ['a damaged file', (text: string) => text.replace('"sentences":[', '"sentences":[42,'), /damaged/],
  ])('changes nothing on importing %s, and says why', async (name, spoil, message) => {
    const options = await optionsPage(ext);
    const mine = options.locator('li[data-collection-id]', { hasText: 'My sources' });
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      mine.locator('[data-action="export-collection"]').click(),
    ]);
    const good = join(files, 'good.json');
    await download.saveAs(good);
    const bad = join(files, `${name.replace(/\W+/g, '-')}.json`);
    const { readFileSync } = await import('node:fs');
    writeFileSync(bad, spoil(readFileSync(good, 'utf8')));
    const collections = await options.locator('li[data-collection-id]').count();
    await options.locator('[data-action="import-collection"]').setInputFiles(bad);
    await expect
      .poll(() => options.locator('[data-sources-status]').textContent())
      .toMatch(/Nothing was imported/);
    expect(await options.locator('[data-sources-status]').textContent()).toMatch(message);
    expect(await options.locator('li[data-collection-id]').count()).toBe(collections);
    expect(await options.locator('[data-source]').count()).toBe(1);
    expect(await versionsFrom(other.panel, id)).toEqual(before);
    await options.close();
  });

  it('keeps the sources across a browser restart and compares pages without preparing them again', async () => {
    // The background brings its stored snapshot up to date a few seconds after loading.
    await new Promise((done) => setTimeout(done, 4000));
    await ext.close();
    ext = await launchExtension({ userDataDir: profile });
    const options = await optionsPage(ext);
    expect(await options.locator(`[data-source="${id}"]`).count()).toBe(1);
    other = await openOtherPage(ext, server);
    await expect.poll(() => versionsFrom(other.panel, id), { timeout: 15_000 }).toEqual(before);
    const status = await askBackground<Status>(options, 'sourcesStatus');
    expect(status).toMatchObject({ loaded: 1, preparedSinceStart: 0, fromSnapshot: true });
    expect(status.loadMs).toBeLessThan(1000);
    await options.close();
  });

  it('has no serious or critical accessibility violation on the options page and the panel', async () => {
    const options = await optionsPage(ext);
    expect(await seriousAxeViolations(options)).toEqual([]);
    expect(await seriousAxeViolations(other.panel)).toEqual([]);
    await options.close();
  });

  it('adds the page from the popup as well, into the same collection', async () => {
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup.html?tab=${await tabIdOf(ext, other.page)}`);
    await popup.locator('[data-action="add-source"]').click();
    await expect.poll(() => popup.locator('.popup-added').textContent()).toBe('Added to My sources.');
    const options = await optionsPage(ext);
    expect(await options.locator('[data-source]').count()).toBe(2);
    // The page is now a source itself and is named as such; the other source's versions stay.
    await expect.poll(async () => (await readSelf(other.panel)) !== '', { timeout: 15_000 }).toBe(true);
    expect(await versionsFrom(other.panel, id)).toEqual(before);
    await Promise.all([popup.close(), options.close()]);
  });

  it('compares pages only with the collections ticked', async () => {
    const options = await optionsPage(ext);
    const mine = options
      .locator('li[data-collection-id]', { hasText: 'My sources' })
      .locator('input[type=checkbox]');
    await mine.uncheck();
    await expect.poll(() => versionsFrom(other.panel, id), { timeout: 15_000 }).toEqual([]);
    await mine.check();
    await expect.poll(() => versionsFrom(other.panel, id), { timeout: 15_000 }).toEqual(before);
    await options.close();
  });

  it('adds files from the options page, with their front matter, and skips other kinds', async () => {
    const options = await optionsPage(ext);
    await options
      .locator('[data-action="add-files"]')
      .setInputFiles([join(FILES, 'gazette-flood.md'), join(FILES, 'notes.pdf')]);
    await expect
      .poll(() => options.locator('[data-sources-status]').textContent())
      .toMatch(/Added 1 source\./);
    expect(await options.locator('[data-sources-status]').textContent()).toMatch(/Skipped .*notes\.pdf/);
    const gazette = options.locator('[data-source]', { hasText: 'Millbrook counts the cost' });
    expect(await gazette.locator('.meta').textContent()).toMatch(/Valley Gazette · 10 Mar 2026/);
    const gazetteId = (await gazette.getAttribute('data-source'))!;
    await expect
      .poll(async () => (await versionsFrom(other.panel, gazetteId)).length, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(2);
    await options.close();
  });

  it('shows a source’s edited details in the versions of open pages', async () => {
    const options = await optionsPage(ext);
    const row = options.locator(`[data-source="${id}"]`);
    await row.locator('summary').click();
    await row.getByLabel('Outlet').fill('The Millbrook Courier');
    await row.getByRole('button', { name: 'Save' }).click();
    const outlet = other.panel.locator(`[data-match][data-report="${id}"] .outlet`).first();
    await expect.poll(() => outlet.textContent(), { timeout: 15_000 }).toBe('The Millbrook Courier');
    expect((await versionsFrom(other.panel, id)).length).toBe(before.length);
    await options.close();
  });
});
