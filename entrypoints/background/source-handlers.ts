import { browser, type Browser } from '#imports';
import { sendToContent, type BackgroundApi } from '@/messaging/protocol';
import { loadedCorpus, reloadCorpus } from './corpus';
import { addPageSource, hasPage, sourcesStatus, updateSourceMeta } from './user-sources';

export { rememberPage, forgetPage } from './user-sources';

// The messages about the reader's own sources. After any change the open pages that were compared
// are compared again, so their highlights and panels follow at once.

type Guard = (sender: Browser.runtime.MessageSender) => void;

// Set by the handlers, which keep each tab's last comparison (handlers.ts imports this file).
let forgetComparisons = () => {};

/** Compares again every open page that was compared (its content script decides). */
export async function recheckTabs(): Promise<void> {
  forgetComparisons();
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : sendToContent(tab.id, 'recheck', {}).catch(() => undefined),
    ),
  );
}

/** Adds a tab's article as a source: appended to the loaded corpus when it can be, else reloaded. */
export async function addTabSource(tabId: number) {
  // The page's HTML is gone when the browser stopped the background since it was compared (or it
  // was one of many tabs): the content script sends it again if it compared the page.
  if (!hasPage(tabId)) await sendToContent(tabId, 'recheck', {}).catch(() => undefined);
  const loading = loadedCorpus();
  const engine = loading ? await loading.catch(() => null) : null;
  const { added, appended } = await addPageSource(tabId, engine?.corpus ?? null);
  if (!appended) reloadCorpus();
  void recheckTabs();
  return added;
}

export function sourcesHandlers(
  requireExtensionPage: Guard,
  forget: () => void,
): Pick<BackgroundApi, 'addPageSource' | 'updateSource' | 'sourcesChanged' | 'sourcesStatus'> {
  forgetComparisons = forget;
  return {
    async addPageSource(input, sender) {
      requireExtensionPage(sender);
      return addTabSource(Number(input?.tabId));
    },
    async updateSource(input, sender) {
      requireExtensionPage(sender);
      await updateSourceMeta(String(input?.id), input?.meta);
      reloadCorpus();
      void recheckTabs();
    },
    async sourcesChanged(_input, sender) {
      requireExtensionPage(sender);
      reloadCorpus();
      void recheckTabs();
    },
    async sourcesStatus(_input, sender) {
      requireExtensionPage(sender);
      const loading = loadedCorpus();
      if (loading) await loading.catch(() => undefined);
      return sourcesStatus();
    },
  };
}
