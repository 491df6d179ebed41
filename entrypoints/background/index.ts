import { browser, defineBackground } from '#imports';
import { sendToContent, serve } from '@/messaging/protocol';
import { decisionsItem } from '@/settings/decisions';
import { engine } from './engine-client';
import { listenForEnginePort } from './engine-port';
import { backgroundHandlers, compareTabSelection, forgetTab, publish, recheckSelections } from './handlers';
import { openPanel } from './open-panel';
import { addTabSource } from './source-handlers';
import { dropResult, emptyResult } from './tab-results';
import { t } from '@/wording/i18n';

// Wiring only: messages, the context menu, the keyboard shortcut, and clearing results when a tab
// navigates or closes. Matching runs in the engine's worker (engine-client.ts), never in the page.

const MENU_ID = 'crosscheck-selection';
const ADD_SOURCE_MENU_ID = 'crosscheck-add-source';

export default defineBackground(() => {
  serve('background', backgroundHandlers);
  listenForEnginePort();
  // The engine starts with the background: its corpus is loaded before the first page asks. A
  // restarted service worker finds the worker still open, its corpus loaded, and only reconnects.
  void engine().catch((error: unknown) => console.warn('Crosscheck:', error));

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('crosscheckSelection'), contexts: ['selection'] });
    browser.contextMenus.create({ id: ADD_SOURCE_MENU_ID, title: t('addSourceButton'), contexts: ['page'] });
  });

  // The toolbar button opens the popup; on Chrome the panel also belongs to the action's window.
  void browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => undefined);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ADD_SOURCE_MENU_ID && tab?.id !== undefined) {
      // The panel shows the new source (and its details to edit) once it opens.
      void openPanel(tab.id);
      void addTabSource(tab.id).catch((error: unknown) => console.warn('Crosscheck:', error));
      return;
    }
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    // Open first: the click is the user gesture the browser requires, and it is gone after an await.
    void openPanel(tab.id);
    void compareTabSelection(tab.id, info.selectionText ?? '');
  });

  // The keyboard's way to the highlights: the page shows the next one's hover card (keyboard-route.ts).
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'crosscheck-next-claim' || tab?.id === undefined) return;
    void sendToContent(tab.id, 'showNextClaim', {}).catch(() => undefined);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== MENU_ID || tab?.id === undefined) return;
    void openPanel(tab.id);
    void compareTabSelection(tab.id);
  });

  // A navigation starts the tab afresh. A single-page site changing its address keeps its document
  // and content script, which answers and reports any new article itself.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading' || !change.url) return;
    const url = tab.url ?? change.url;
    void sendToContent(tabId, 'ping', {}).catch(() =>
      // Publishing clears the badge and tells an open panel, which shows "Comparing…" until the page reports.
      publish(emptyResult(tabId, url)),
    );
  });

  // A decision on a pair changes what every page and selection shows: the content scripts compare
  // their pages again (they watch the same item); the selections kept here are compared again now.
  decisionsItem.watch(() => void recheckSelections().catch(() => undefined));

  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId);
    void dropResult(tabId);
  });
});
