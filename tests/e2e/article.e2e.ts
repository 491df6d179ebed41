import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparable, compareJson, expectedHighlights } from './harness/compare-command';
import {
  badgeText,
  badgeTitle,
  launchExtension,
  openPanel,
  tabIdOf,
  type LoadedExtension,
} from './harness/launch-extension';
import { hoverCardText } from './harness/hover-card';
import { highlightSpot, pageHighlights, waitForHighlights } from './harness/page-highlights';
import { readPanel, type CompareJson } from './harness/read-panel';
import { ROOT, startServer, type FixtureServer } from './harness/static-server';
import { saveScreenshot } from './harness/screenshots';

const run = promisify(execFile);
const FIXTURE = join(ROOT, 'tests/e2e/fixtures/article.html');

describe('an article page with site furniture', () => {
  let server: FixtureServer;
  let ext: LoadedExtension;
  let expected: CompareJson;

  beforeAll(async () => {
    [server, ext, expected] = await Promise.all([startServer(), launchExtension(), compareJson(FIXTURE)]);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('the compare command finds claims in this fixture (the test would be empty otherwise)', () => {
    expect(expected.matches.length).toBeGreaterThan(3);
    expect(expected.matches.some((m) => m.relation === 'diverges')).toBe(true);
    expect(expected.matches.some((m) => m.relation === 'corroborates')).toBe(true);
  });

  it('highlights every matched sentence with its strongest relation, and sets the badge', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/article.html'));
    await waitForHighlights(page);
    const want = expectedHighlights(expected);
    const got = await pageHighlights(page);
    expect({ diverges: got.diverges, corroborates: got.corroborates, related: got.related }).toEqual(want);

    const tabId = await tabIdOf(ext, page);
    expect(await badgeText(ext, tabId)).toBe(want.diverges.length > 0 ? String(want.diverges.length) : '');
    expect(await badgeTitle(ext, tabId)).toMatch(new RegExp(`${want.diverges.length} claims? diverges?`));

    // Hovering a diverging sentence says there are other versions and points to the panel (the verdict
    // itself is only in the panel); the card is in a closed shadow root the page cannot read.
    const spot = (await highlightSpot(page, ['diverges']))!;
    await page.mouse.move(spot.x, spot.y);
    await expect
      .poll(() => hoverCardText(page), { timeout: 5000 })
      .toBe('Crosscheck found other versions of this sentence · click to compare them in the side panel');
    expect(await page.evaluate(() => document.querySelector('crosscheck-hover')?.shadowRoot)).toBeNull();
    await saveScreenshot(page, 'page-highlights', { docs: true });
    await page.close();
  });

  it('shows in the side panel exactly what `compare --json` gives for the same page', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/article.html'));
    await waitForHighlights(page);
    const panel = await openPanel(ext, await tabIdOf(ext, page));
    const shown = (await readPanel(panel)) as CompareJson;
    expect(comparable(shown)).toEqual(comparable(expected));
    await page.close();
    await panel.close();
  });

  it('compares a Spanish article with the English reports, as `compare --json` does', async () => {
    const spanish = await compareJson(join(ROOT, 'tests/e2e/fixtures/articulo.html'));
    expect(spanish.matches.filter((m) => m.relation === 'corroborates').length).toBeGreaterThan(2);
    const page = await ext.context.newPage();
    await page.goto(server.url('/articulo.html'));
    await waitForHighlights(page);
    const want = expectedHighlights(spanish);
    const got = await pageHighlights(page);
    expect({ diverges: got.diverges, corroborates: got.corroborates, related: got.related }).toEqual(want);
    const panel = await openPanel(ext, await tabIdOf(ext, page));
    expect(comparable((await readPanel(panel)) as CompareJson)).toEqual(comparable(spanish));
    await page.close();
    await panel.close();
  });

  it('`npm run e2e:report -- URL` prints the panel as `compare --json` prints the page', async () => {
    const { stdout } = await run(
      'npm',
      ['run', '--silent', 'e2e:report', '--', server.url('/article.html')],
      {
        cwd: ROOT,
        maxBuffer: 20 * 1024 * 1024,
      },
    );
    expect(comparable(JSON.parse(stdout) as CompareJson)).toEqual(comparable(expected));
  });

  it('names a page that is itself a bundled report and leaves that report out', async () => {
    const self = await compareJson(join(ROOT, 'tests/e2e/fixtures/self.html'));
    expect(self.page.self).toBe('002_d92dc4bad5625526.txt');
    const page = await ext.context.newPage();
    await page.goto(server.url('/self.html'));
    await waitForHighlights(page);
    const panel = await openPanel(ext, await tabIdOf(ext, page));
    const shown = (await readPanel(panel)) as CompareJson;
    expect(comparable(shown)).toEqual(comparable(self));
    expect(shown.matches.some((m) => m.report === self.page.self)).toBe(false);
    expect(await panel.locator('.self-note').textContent()).toContain('News.az');
    await page.close();
    await panel.close();
  });
});
