import { browser } from '#imports';
import { sendToBackground, sendToContent, serve } from '@/messaging/protocol';
import { decide } from '@/settings/decisions';
import type { PanelListener, PanelSource } from './panel-source';

/** The side panel's link to the background and to the page, through messaging/protocol.ts. */
export function messagingSource(location: Location): PanelSource {
  const param = new URLSearchParams(location.search).get('tab');
  const pinnedTab = param !== null && /^\d+$/.test(param) ? Number(param) : null;
  const listeners = new Set<PanelListener>();
  serve('panel', {
    async tabChanged({ tabId }: { tabId: number }) {
      listeners.forEach((l) => l.tabChanged(tabId));
    },
    async focusClaim({ tabId, pageIndex }: { tabId: number; pageIndex: number }) {
      listeners.forEach((l) => l.focusClaim(tabId, pageIndex));
    },
  });
  browser.tabs.onActivated.addListener(async ({ tabId, windowId }) => {
    const current = await browser.windows.getCurrent();
    if (windowId === current.id) listeners.forEach((l) => l.activeTabChanged(tabId));
  });
  return {
    pinned: pinnedTab !== null,
    async initialTabId() {
      if (pinnedTab !== null) return pinnedTab;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    getTab: (tabId) => sendToBackground('getTab', { tabId }),
    getReport: (id) => sendToBackground('getReport', { id }),
    showOnPage: (tabId, pageIndex) => sendToContent(tabId, 'scrollToClaim', { pageIndex }),
    compareSelection: (tabId) => sendToBackground('compareSelection', { tabId }),
    runNow: (tabId) => sendToContent(tabId, 'runNow', {}),
    copy: (text) => navigator.clipboard.writeText(text),
    judge: (pair, judgement) => decide(pair, judgement),
    addSource: (tabId) => sendToBackground('addPageSource', { tabId }),
    updateSource: (id, meta) => sendToBackground('updateSource', { id, meta }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
