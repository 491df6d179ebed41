import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { comparable, compareJson } from './harness/compare-command';
import { type LoadedExtension, openPageWithPanel } from './harness/launch-extension';
import { waitForHighlights } from './harness/page-highlights';
import { readPanel } from './harness/read-panel';
import { saveScreenshot } from './harness/screenshots';
import { ROOT, type FixtureServer } from './harness/static-server';
import { useExtension } from './harness/use-extension';

// Possible versions in the built extension: offered folded under their claim, as `compare --json`
// lists them; the reader's "Same claim", "Not the same" and "This match is wrong" are kept in storage,
// change the panel at once and after a reload, are listed in the options page with undo, and export
// as one JSON file.

const FIXTURE = join(ROOT, 'tests/e2e/fixtures/article.html');

describe('possible versions and the reader’s decisions', () => {
  let server: FixtureServer;
  let ext: LoadedExtension;

  useExtension((s, e) => {
    [server, ext] = [s, e];
  });

  const articleWithPanel = () => openPageWithPanel(ext, server.url('/article.html'));

  /** The report sentences of one card's versions, by relation. */
  const versionsOf = (panel: Page, claim: string) =>
    panel.locator(`[data-page-claims] [data-claim="${claim}"] [data-match]`).evaluateAll((items) =>
      items.map((item) => ({
        relation: (item as HTMLElement).dataset.relation ?? '',
        sentence: item.querySelector('[data-report-sentence]')?.textContent ?? '',
      })),
    );
  const relationOf = async (panel: Page, claim: string, sentence: string) =>
    (await versionsOf(panel, claim)).find((v) => v.sentence === sentence)?.relation ?? 'gone';

  it('offers them folded under each claim, as compare --json lists them', async () => {
    const [{ page, panel }, expected] = await Promise.all([articleWithPanel(), compareJson(FIXTURE)]);
    expect(expected.matches.some((m) => m.relation === 'possible')).toBe(true);
    expect(await readPanel(panel)).toEqual(comparable(expected));
    const sections = panel.locator('details[data-possible-section]');
    expect(await sections.count()).toBeGreaterThan(0);
    expect(await sections.evaluateAll((all) => all.every((d) => !(d as HTMLDetailsElement).open))).toBe(true);
    expect(await panel.locator('[data-relation="possible"]').first().isVisible()).toBe(false);

    // The screenshot of the README: the card with the fewest stated versions, its possible ones opened.
    const compact = await panel.locator('[data-page-claims] [data-claim]').evaluateAll((cards) => {
      const stated = (c: Element) =>
        c.querySelectorAll('[data-match]:not([data-relation="possible"])').length;
      const withPossible = cards.filter((c) => c.querySelector('details[data-possible-section]'));
      return withPossible.sort((a, b) => stated(a) - stated(b))[0]!.getAttribute('data-claim')!;
    });
    const card = panel.locator(`[data-page-claims] [data-claim="${compact}"]`);
    await card.locator('details[data-possible-section] > summary').click();
    await card.locator('[data-action="confirm-version"]').first().waitFor();
    await panel.setViewportSize({ width: 420, height: 1100 });
    await card.evaluate((c) => c.scrollIntoView({ block: 'start' }));
    await saveScreenshot(panel, 'panel-possible', { docs: true });
    await Promise.all([page.close(), panel.close()]);
  });

  it('confirms, rejects and hides pairs, lists them in the options with undo, and exports them', async () => {
    const { page, panel } = await articleWithPanel();
    const card = panel.locator('[data-page-claims] [data-claim]').first();
    const claim = (await card.getAttribute('data-claim'))!;
    await card.locator('details[data-possible-section] > summary').click();
    const possible = card.locator('[data-match][data-relation="possible"]');
    const toConfirm = (await possible.nth(0).locator('[data-report-sentence]').textContent())!;
    const toReject = (await possible.nth(1).locator('[data-report-sentence]').textContent())!;

    // "Same claim": the pair becomes a version labelled by the engine's checks, here and after a reload.
    await possible.nth(0).locator('[data-action="confirm-version"]').click();
    await expect
      .poll(() => relationOf(panel, claim, toConfirm), { timeout: 10_000 })
      .toMatch(/^(corroborates|diverges|related)$/);
    await page.reload();
    await waitForHighlights(page);
    await panel.reload();
    await panel.waitForSelector('[data-claim]');
    expect(await relationOf(panel, claim, toConfirm)).toMatch(/^(corroborates|diverges|related)$/);

    // "Not the same": the pair is not offered again.
    await card.locator('details[data-possible-section] > summary').click();
    const rejectButton = card
      .locator('[data-match][data-relation="possible"]')
      .filter({ hasText: toReject })
      .locator('[data-action="reject-version"]');
    await rejectButton.click();
    await expect.poll(() => relationOf(panel, claim, toReject), { timeout: 10_000 }).toBe('gone');

    // "This match is wrong" on a version the engine states: hidden from then on.
    const stated = card.locator('[data-match]:not([data-relation="possible"])').first();
    const toHide = (await stated.locator('[data-report-sentence]').textContent())!;
    await stated.locator('[data-action="hide-version"]').click();
    await expect.poll(() => relationOf(panel, claim, toHide), { timeout: 10_000 }).toBe('gone');

    // The options page lists the three decisions; the export holds both lists.
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.id}/options.html`);
    await options.waitForSelector('[data-decision]');
    const listed = (kind: string) =>
      options.locator(`[data-decision="${kind}"] .decision-report`).allTextContents();
    expect((await listed('confirmed')).join('\n')).toContain(toConfirm);
    expect(await options.locator('[data-decision="rejected"]').count()).toBe(2);
    await saveScreenshot(options, 'options-decisions', { fullPage: true });
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.locator('[data-action="export-decisions"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('crosscheck-decisions.json');
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file.confirmed.map((d: { reportSentence: string }) => d.reportSentence)).toEqual([toConfirm]);
    expect(file.rejected.map((d: { reportSentence: string }) => d.reportSentence).sort()).toEqual(
      [toReject, toHide].sort(),
    );
    for (const d of [...file.confirmed, ...file.rejected]) {
      expect(Object.keys(d).sort()).toEqual(['date', 'decision', 'pageSentence', 'report', 'reportSentence']);
    }

    // Undo: the rejected pair is offered again, the confirmed one is possible again.
    await options
      .locator('[data-decision="rejected"]')
      .filter({ hasText: toReject })
      .locator('[data-action="undo-decision"]')
      .click();
    await options
      .locator('[data-decision="confirmed"]')
      .filter({ hasText: toConfirm })
      .locator('[data-action="undo-decision"]')
      .click();
    await expect.poll(() => options.locator('[data-decision]').count(), { timeout: 5000 }).toBe(1);
    await expect.poll(() => relationOf(panel, claim, toReject), { timeout: 10_000 }).toBe('possible');
    await expect.poll(() => relationOf(panel, claim, toConfirm), { timeout: 10_000 }).toBe('possible');
    expect(await relationOf(panel, claim, toHide)).toBe('gone');
    await Promise.all([page.close(), panel.close(), options.close()]);
  });
});
