import { browser, type Browser } from '#imports';
import { sendToContent, type BackgroundApi } from '@/messaging/protocol';
import { t } from '@/wording/i18n';
import { callEngine, forgetMetas } from './engine-client';
import { keptPage } from './kept-pages';

export { rememberPage, forgetPage } from './kept-pages';

// The messages about the reader's own sources. The engine (its worker, or the background) stores the
// change and loads its corpus again or appends to it, and forgets its comparisons; the report
// metadata kept here is read again; then the open pages that were compared are compared again, so
// their highlights and panels follow at once.

type Guard = (sender: Browser.runtime.MessageSender) => void;

/** Compares again every open page that was compared (its content script decides). */
export async function recheckTabs(): Promise<void> {
  forgetMetas();
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
  if (!keptPage(tabId)) await sendToContent(tabId, 'recheck', {}).catch(() => undefined);
  const page = keptPage(tabId);
  if (!page) throw new Error(t('addSourceNoArticle'));
  const added = await callEngine('addPage', page);
  void recheckTabs();
  return added;
}

export function sourcesHandlers(
  requireExtensionPage: Guard,
): Pick<BackgroundApi, 'addPageSource' | 'updateSource' | 'sourcesChanged' | 'sourcesStatus'> {
  return {
    async addPageSource(input, sender) {
      requireExtensionPage(sender);
      return addTabSource(Number(input?.tabId));
    },
    async updateSource(input, sender) {
      requireExtensionPage(sender);
      await callEngine('updateSource', { id: String(input?.id), meta: input?.meta });
      void recheckTabs();
    },
    async sourcesChanged(_input, sender) {
      requireExtensionPage(sender);
      await callEngine('reload', {});
      void recheckTabs();
    },
    async sourcesStatus(_input, sender) {
      requireExtensionPage(sender);
      return callEngine('status', {});
    },
  };
}
