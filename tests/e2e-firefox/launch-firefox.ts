import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from '../e2e/harness/static-server';

// Loads the BUILT Firefox extension (.output/firefox-mv2) into Debian's firefox-esr over WebDriver
// BiDi. Two things make the extension's own pages reachable from a test:
// - its moz-extension:// address is random per profile; the pref `extensions.webextensions.uuids`
//   fixes it for the extension's id before it is installed;
// - BiDi refuses to navigate a tab to an extension page unless Firefox is started with
//   --remote-allow-system-access; even then puppeteer does not see that navigation end (the tab
//   changes process), so `openExtensionPage` waits for the page itself.

export const FIREFOX_DIR = join(ROOT, '.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'crosscheck@crosscheck.example';
export const UUID = '6f1c3b7e-2f0a-4f5e-9d55-1c2b3a4d5e6f';

export interface LoadedFirefox {
  browser: Browser;
  base: string;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<LoadedFirefox> {
  if (!existsSync(join(FIREFOX_DIR, 'manifest.json')))
    throw new Error(`No Firefox build in ${FIREFOX_DIR}: run "npx wxt build -b firefox" first.`);
  if (!existsSync(FIREFOX))
    throw new Error(`No Firefox at ${FIREFOX}: run "bash scripts/install-browsers.sh".`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
  });
  await browser.installExtension(FIREFOX_DIR);
  return { browser, base: `moz-extension://${UUID}/`, close: () => browser.close() };
}

/** Opens one of the extension's pages in a new tab and waits until it has rendered `selector`. */
export async function openExtensionPage(fx: LoadedFirefox, path: string, selector: string): Promise<Page> {
  const page = await fx.browser.newPage();
  await page.goto(fx.base + path, { timeout: 3000 }).catch(() => undefined);
  await page.waitForFunction(
    (s) => location.protocol === 'moz-extension:' && !!document.querySelector(s),
    { timeout: 20_000 },
    selector,
  );
  return page;
}

/** The Firefox tab id of the tab showing `url`, asked from an extension page. */
export async function tabIdFor(fx: LoadedFirefox, url: string): Promise<number> {
  const probe = await openExtensionPage(fx, 'sidepanel.html', 'body');
  const id = await probe.evaluate(async (u) => {
    const api = (
      globalThis as unknown as {
        browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
      }
    ).browser;
    const tabs = await api.tabs.query({});
    const ids = tabs.filter((t) => t.url === u && t.id !== undefined).map((t) => t.id!);
    return ids.length ? Math.max(...ids) : null;
  }, url);
  await probe.close();
  if (id === null) throw new Error(`No tab found for ${url}`);
  return id;
}

export function screenshotPath(name: string): string {
  const dir = join(ROOT, 'tests/output');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}
