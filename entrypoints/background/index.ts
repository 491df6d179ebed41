import { browser, defineBackground } from '#imports';
import { serve } from '@/messaging/protocol';
import { showBadge } from './badge';
import { backgroundHandlers, compareTabSelection, forgetTab } from './handlers';
import { openPanel } from './open-panel';
import { dropResult, emptyResult, setResult } from './tab-results';

// Wiring only: messages, the context menu, the keyboard shortcut, and clearing results when a tab
// navigates or closes. Matching runs here, never in the page.

const MENU_ID = 'crosscheck-selection';

export default defineBackground(() => {
  serve('background', backgroundHandlers);

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Crosscheck selection', contexts: ['selection'] });
  });

  // The toolbar button opens the popup; on Chrome the panel also belongs to the action's window.
  void browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => undefined);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    // Open first: the click is the user gesture the browser requires, and it is gone after an await.
    void openPanel(tab.id);
    void compareTabSelection(tab.id, info.selectionText ?? '');
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== MENU_ID || tab?.id === undefined) return;
    void openPanel(tab.id);
    void compareTabSelection(tab.id);
  });

  // A full navigation starts the tab afresh; single-page updates are reported by the content script.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading' || !change.url) return;
    const fresh = emptyResult(tabId, tab.url ?? change.url);
    void setResult(fresh).then(() => showBadge(fresh));
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId);
    void dropResult(tabId);
  });
});
