import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { waitForHighlights } from './page-highlights';
import { ROOT } from './static-server';

// Loads the BUILT extension (.output/chrome-mv3) into Debian's Chromium with playwright-core. Test
// tools never download a browser here; scripts/install-browsers.sh installs this one.

// The extension APIs the tests call inside the service worker (code passed to worker.evaluate).
declare const chrome: {
  tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
};

export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LoadedExtension {
  context: BrowserContext;
  id: string;
  worker: Worker;
  close(): Promise<void>;
}

export async function launchExtension(
  options: {
    colorScheme?: 'light' | 'dark';
    /** A profile folder kept between launches (a browser restart); a fresh temporary one by default. */
    userDataDir?: string;
    /** The browser's interface language (the extension follows it), e.g. 'es'. */
    language?: string;
    /** A file for Chromium's own network log: every request of every process (workers included). */
    netLog?: string;
  } = {},
): Promise<LoadedExtension> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: run "bash scripts/install-browsers.sh".`);
  // Chromium on Linux takes its interface language from the environment; --lang is for the others.
  const language = options.language
    ? {
        locale: options.language,
        env: { ...process.env, LANGUAGE: options.language, LANG: `${options.language}.UTF-8` },
      }
    : {};
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    ...language,
    executablePath: CHROMIUM,
    headless: false, // "--headless=new" below: the old headless mode cannot load extensions
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...(options.language ? [`--lang=${options.language}`] : []),
      ...(options.netLog ? [`--log-net-log=${options.netLog}`, '--net-log-capture-mode=Default'] : []),
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const id = new URL(worker.url()).host;
  return { context, id, worker, close: () => context.close() };
}

/** The browser's id for the tab showing `page` (the side panel takes it as `?tab=ID`). */
export async function tabIdOf(ext: LoadedExtension, page: Page): Promise<number> {
  const url = page.url();
  const id = await ext.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    // The newest tab with that address: an earlier test may have left one open.
    const ids = tabs.filter((t) => t.url === u && t.id !== undefined).map((t) => t.id!);
    return ids.length ? Math.max(...ids) : null;
  }, url);
  if (id === null) throw new Error(`No tab found for ${url}`);
  return id;
}

/** Opens the side panel for a tab in a tab of its own, as "open in a tab" does. */
export async function openPanel(ext: LoadedExtension, tabId: number): Promise<Page> {
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${ext.id}/sidepanel.html?tab=${tabId}`);
  return panel;
}

/** Opens `url` in a new tab, waits for its highlights, and opens the side panel on it once its cards show. */
export async function openPageWithPanel(
  ext: LoadedExtension,
  url: string,
): Promise<{ page: Page; panel: Page }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await waitForHighlights(page);
  const panel = await openPanel(ext, await tabIdOf(ext, page));
  await panel.waitForSelector('[data-claim]');
  return { page, panel };
}

export async function badgeText(ext: LoadedExtension, tabId: number): Promise<string> {
  return ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export async function badgeTitle(ext: LoadedExtension, tabId: number): Promise<string> {
  return ext.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
}
