import { browser } from '#imports';

// Chrome has a side panel, Firefox a sidebar. Both open only in answer to a user gesture (a click on
// the menu, the toolbar, a highlight); when the browser refuses, the result is still stored and shown
// as soon as the reader opens the panel.

interface SidebarAction {
  open(): Promise<void>;
}

export async function openPanel(tabId: number): Promise<boolean> {
  const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  try {
    if (browser.sidePanel?.open) await browser.sidePanel.open({ tabId });
    else if (sidebar) await sidebar.open();
    else return false;
    return true;
  } catch {
    return false;
  }
}
