import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoverCardMode, hoverCardText } from './harness/hover-card';
import { startHostileServer, type HostileServer } from './harness/hostile-server';
import { launchExtension, openPanel, tabIdOf, type LoadedExtension } from './harness/launch-extension';
import {
  allHighlighted,
  highlightNames,
  highlightSpot,
  pageHighlights,
  waitForHighlights,
} from './harness/page-highlights';
import { openProbe, pageTiming, recordPageEvents, tabResult } from './harness/page-probes';

// A hostile page can neither fake, silence nor stall Crosscheck. Each page of tests/e2e/fixtures/hostile
// is one way a page can get in the way; every test also checks that Crosscheck never blocked the page's
// thread for more than 50 ms. The large pages, storage, messages and network are in hostile-load.e2e.ts.

const FOUND = 'Crosscheck found other versions of this sentence · click to compare them in the side panel';

describe('a hostile page', () => {
  let server: HostileServer;
  let ext: LoadedExtension;
  let probe: Page;

  beforeAll(async () => {
    [server, ext] = await Promise.all([startHostileServer(), launchExtension()]);
    await recordPageEvents(ext.context);
    probe = await openProbe(ext);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function open(path: string, highlights = true): Promise<{ page: Page; tabId: number }> {
    const page = await ext.context.newPage();
    await page.goto(server.url(path));
    if (highlights) await waitForHighlights(page);
    return { page, tabId: await tabIdOf(ext, page) };
  }

  async function noLongTask(page: Page) {
    const timing = await pageTiming(page);
    expect(timing.longTasks).toEqual([]);
    return timing;
  }

  it('learns no extension id and cannot shut Crosscheck down with a forged start message', async () => {
    const { page, tabId } = await open('/hostile/plain.html');
    const messages = await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages);
    expect(messages.filter((m) => m.includes(ext.id) || m.includes('wxt'))).toEqual([]);
    // Even a page that knows the id (from elsewhere) and posts WXT's start message, or fires its events.
    await page.evaluate((id) => {
      const type = `${id}:content:wxt:content-script-started`;
      for (const messageId of ['a', 'b', 'c'])
        window.postMessage({ type, contentScriptName: 'content', messageId }, '*');
      window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
    }, ext.id);
    // Still following the article: a new article swapped in without an address change is matched.
    await page.evaluate(() => {
      document.title = 'Petro says Trump is misinformed';
      document.querySelector('article')!.innerHTML =
        '<h1>Petro says Trump is misinformed</h1>' +
        '<p>Petro called the US president misinformed about Colombia’s efforts against drug trafficking. ' +
        'He said Trump was dismissing the country that knows the most about cocaine trafficking.</p>' +
        '<p>Colombian President Gustavo Petro said his foreign minister would formally invite Donald Trump ' +
        'to observe anti-narcotics operations on the ground in Colombia.</p>';
    });
    await expect
      .poll(async () => (await tabResult(probe, tabId)).title, { timeout: 10_000 })
      .toBe('Petro says Trump is misinformed');
    // The result is stored before the page is repainted: wait for the new article's marks.
    await waitForHighlights(page);
    await expect.poll(() => allHighlighted(page), { timeout: 10_000 }).toContain('misinformed');
    // And still answering the pointer.
    const spot = (await highlightSpot(page, ['diverges', 'corroborates', 'related']))!;
    await page.mouse.move(spot.x, spot.y);
    await expect.poll(() => hoverCardText(page), { timeout: 5000 }).toBe(FOUND);
    await noLongTask(page);
    await page.close();
  });

  it('has its highlights repainted under new names when it deletes, replaces, adds to or unscopes them', async () => {
    const { page } = await open('/hostile/plain.html');
    const before = await pageHighlights(page);
    let names = await highlightNames(page);
    const tamperings = [
      () => [...CSS.highlights.keys()].forEach((name) => CSS.highlights.delete(name)),
      (n: Record<string, string | undefined>) => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('h1')!);
        CSS.highlights.set((n.corroborates ?? n.diverges)!, new Highlight(range));
      },
      (n: Record<string, string | undefined>) => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('nav')!);
        CSS.highlights.get((n.diverges ?? n.corroborates)!)!.add(range);
      },
      () => (document.adoptedStyleSheets = []),
      // The rules hold only in the elements carrying the painting's scope attribute: strip it.
      () =>
        document.querySelectorAll('*').forEach((el) => {
          for (const { name } of [...el.attributes])
            if (/^data-x\w{24}$/.test(name)) el.removeAttribute(name);
        }),
    ];
    for (const tamper of tamperings) {
      await page.evaluate(`(${tamper.toString()})(${JSON.stringify(names)})`);
      // Repainted: every relation painted before is painted again, under a name it did not have.
      const old = names;
      const repainted = async () => {
        const now = await highlightNames(page);
        return Object.keys(old).every(
          (k) => now[k as keyof typeof now] && now[k as keyof typeof now] !== old[k as keyof typeof old],
        );
      };
      await expect.poll(repainted, { timeout: 3000 }).toBe(true);
      names = await highlightNames(page);
      expect(await pageHighlights(page), tamper.toString()).toEqual(before);
    }
    await noLongTask(page);
    await page.close();
  });

  it('shows markup in its text as text, in the panel and the hover card, which says no verdict', async () => {
    const { page, tabId } = await open('/hostile/markup.html');
    const spot = (await highlightSpot(page, ['diverges', 'corroborates', 'related']))!;
    await page.mouse.move(spot.x, spot.y);
    await expect.poll(() => hoverCardText(page), { timeout: 5000 }).toBe(FOUND);
    expect(await hoverCardMode(page)).toBe('closed');
    expect(
      await page.evaluate(() => document.querySelector('crosscheck-hover')?.shadowRoot ?? null),
    ).toBeNull();
    const panel = await openPanel(ext, tabId);
    await panel.waitForSelector('[data-unmatched-sentence]', { state: 'attached' });
    const unmatched = await panel.locator('[data-unmatched-sentence]').allTextContents();
    expect(unmatched.join(' ')).toContain('<img src="x" onerror="window.__pwned = 1">');
    expect(await panel.locator('main img, main iframe, main script, main b[onmouseover]').count()).toBe(0);
    expect(await panel.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
    expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
    await noLongTask(page);
    await Promise.all([page.close(), panel.close()]);
  });

  it.each([
    ['a strict content security policy', '/hostile/csp.html'],
    ['an article in a same-origin frame', '/hostile/frame-same.html'],
    ['an article in an open shadow root', '/hostile/shadow.html'],
  ])('is compared with %s', async (_name, path) => {
    const { page, tabId } = await open(path, path === '/hostile/csp.html');
    await expect
      .poll(async () => (await tabResult(probe, tabId)).status, { timeout: 10_000 })
      .toBe('article');
    expect((await tabResult(probe, tabId)).matches).toBeGreaterThan(3);
    await noLongTask(page);
    await page.close();
  });

  it.each([
    [
      'an article in a cross-origin frame',
      '/hostile/frame-cross.html',
      'framed',
      'inside a frame Crosscheck cannot read',
    ],
    [
      'a French article',
      '/hostile/french.html',
      'other-language',
      'Crosscheck reads English and Spanish articles',
    ],
    [
      'an Arabic article',
      '/hostile/arabic.html',
      'other-language',
      'Crosscheck reads English and Spanish articles',
    ],
    [
      'a Chinese article',
      '/hostile/chinese.html',
      'other-language',
      'Crosscheck reads English and Spanish articles',
    ],
  ])('says why it does not compare %s', async (_name, path, status, words) => {
    const { page, tabId } = await open(path, false);
    await expect.poll(async () => (await tabResult(probe, tabId)).status, { timeout: 10_000 }).toBe(status);
    const panel = await openPanel(ext, tabId);
    await expect.poll(() => panel.locator(`[data-empty="${status}"] h2`).textContent()).toContain(words);
    await noLongTask(page);
    await Promise.all([page.close(), panel.close()]);
  });

  it('reads a windows-1252 page as the browser decodes it', async () => {
    const { page, tabId } = await open('/hostile/latin1.html');
    const result = await tabResult(probe, tabId);
    expect(result.title).toBe('Petro invita a Trump a ver la destrucción de laboratorios de cocaína');
    expect(result.matches).toBeGreaterThan(0);
    await noLongTask(page);
    await page.close();
  });

  it('follows a single-page site whose article arrives 3 s after the address changes, or without one', async () => {
    const second = 'Petro says Trump is misinformed about Colombia’s drug war';
    for (const button of ['#next', '#swap']) {
      const { page, tabId } = await open('/hostile/spa-late/first');
      await page.click(button);
      await expect.poll(async () => (await tabResult(probe, tabId)).title, { timeout: 15_000 }).toBe(second);
      await expect.poll(() => allHighlighted(page), { timeout: 5000 }).toContain('misinformed');
      expect(await allHighlighted(page)).not.toContain('18,400');
      await noLongTask(page);
      await page.close();
    }
  });
});
