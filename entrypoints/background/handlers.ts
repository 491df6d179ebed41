import { browser, type Browser } from '#imports';
import type { ReportMeta } from '@/lib';
import {
  MAX_PAGE_HTML,
  NO_ARTICLE_STATUSES,
  notifyPanels,
  type BackgroundApi,
  type ClaimMark,
  type TabResult,
} from '@/messaging/protocol';
import { sendToContent } from '@/messaging/protocol';
import { loadSettings } from '@/settings/settings';
import { engineDecisions, loadDecisions } from '@/settings/decisions';
import { showBadge } from './badge';
import { claimMarks } from './claim-marks';
import { callEngine, corpusMetas, engineStarted } from './engine-client';
import { openPanel } from './open-panel';
import { forgetParts, keepPart, wholePage } from './page-parts';
import { getResult, RESULT_BYTES, setResult, takeDropped } from './tab-results';
import { sourcesHandlers, rememberPage, forgetPage } from './source-handlers';
import { t } from '@/wording/i18n';

// The background's answers to messages (messaging/protocol.ts: BackgroundApi). Pages are untrusted:
// tab ids come from the sender, never from the payload, and only extension pages may read results.

function tabOf(sender: Browser.runtime.MessageSender): number {
  const id = sender.tab?.id;
  if (id === undefined || !sender.tab?.url)
    throw new Error('Crosscheck: this message must come from a page.');
  return id;
}

function requireExtensionPage(sender: Browser.runtime.MessageSender): void {
  if (!sender.url?.startsWith(browser.runtime.getURL('/'))) {
    throw new Error('Crosscheck: only the extension’s own pages may ask for this.');
  }
}

async function reportMetas(): Promise<ReportMeta[]> {
  return (await corpusMetas()).reports;
}

async function reportMap(): Promise<Map<string, ReportMeta>> {
  return new Map((await reportMetas()).map((r) => [r.id, r]));
}

/** What the engine needs besides the text: the reader's settings and decisions on pairs. */
async function engineContext() {
  const [settings, decisions] = await Promise.all([loadSettings(), loadDecisions()]);
  return { settings, decisions: engineDecisions(decisions) };
}

/** Stores a tab's new result, updates its badge and tells open panels. */
export async function publish(result: TabResult): Promise<void> {
  await setResult(result);
  await showBadge(result);
  await notifyPanels('tabChanged', { tabId: result.tabId });
}

/** Compares the selection of a tab, asking its content script; `fallback` is the menu's selection text. */
export async function compareTabSelection(tabId: number, fallback = ''): Promise<TabResult> {
  let text = '';
  try {
    text = await sendToContent(tabId, 'getSelectionText', {});
  } catch {
    text = fallback; // no content script on this page (opened before install, or not a web page)
  }
  const before = await getResult(tabId);
  if (!text.trim()) return before;
  const selection = await callEngine('compareSelection', {
    ...(await engineContext()),
    text: text.trim(),
    url: before.url,
  });
  const result = { ...(await getResult(tabId)), selection };
  await publish(result);
  return result;
}

/** Extracts and compares a tab's article (in the engine); publishes the result and returns the marks to highlight. */
async function checkPage(
  tabId: number,
  url: string | null,
  html: unknown,
  selection: TabResult['selection'],
): Promise<ClaimMark[]> {
  const checked = await callEngine('checkPage', {
    ...(await engineContext()),
    tabId,
    url,
    // Capped before it is copied to the worker; the engine checks it is text.
    html: typeof html === 'string' ? html.slice(0, MAX_PAGE_HTML) : html,
    selection: selection?.text ?? null,
    maxBytes: RESULT_BYTES,
  });
  if (!checked.page) {
    await publish({ tabId, url, status: 'no-article', page: null, selection, error: null });
    return [];
  }
  const { page } = checked;
  await publish({ tabId, url, status: 'article', page, selection: checked.selection, error: null });
  return claimMarks(page.comparison, await reportMap());
}

/** Compares every kept selection again with the reader's current decisions (the pages re-run themselves). */
export async function recheckSelections(): Promise<void> {
  const [tabs, context] = await Promise.all([browser.tabs.query({}), engineContext()]);
  for (const { id } of tabs) {
    if (id === undefined) continue;
    const { selection, url } = await getResult(id);
    if (!selection) continue;
    const rechecked = await callEngine('compareSelection', { ...context, text: selection.text, url });
    // Read again just before writing: the page may have been published meanwhile.
    await publish({ ...(await getResult(id)), selection: rechecked });
  }
}

export function forgetTab(tabId: number): void {
  if (engineStarted()) void callEngine('forgetTab', { tabId }).catch(() => undefined);
  forgetPage(tabId);
  forgetParts(tabId);
}

export const backgroundHandlers: BackgroundApi = {
  async comparePage(input, sender) {
    const tabId = tabOf(sender);
    const url = sender.tab!.url ?? null;
    const before = await getResult(tabId);
    const selection = before.url === url ? before.selection : null; // kept on the same page only
    try {
      const html = wholePage(tabId, input?.parts, input?.html);
      rememberPage(tabId, url, html);
      return await checkPage(tabId, url, html, selection);
    } catch (error) {
      // Shown in the panel as "Something went wrong" with this message; the page is left alone.
      const message = error instanceof Error ? error.message : String(error);
      await publish({ tabId, url, status: 'error', page: null, selection, error: message });
      return [];
    }
  },

  async pagePart(input, sender) {
    keepPart(tabOf(sender), input?.index, input?.part);
  },

  async reportNoArticle(input, sender) {
    const tabId = tabOf(sender);
    const url = sender.tab!.url ?? null;
    const status = NO_ARTICLE_STATUSES.find((s) => s === input?.status) ?? 'no-article';
    const before = await getResult(tabId);
    const selection = before.url === url ? before.selection : null;
    await publish({ tabId, url, status, page: null, selection, error: null });
  },

  async openClaim(input, sender) {
    const tabId = tabOf(sender);
    const pageIndex = Number(input?.pageIndex);
    if (!Number.isInteger(pageIndex) || pageIndex < 0) return;
    await openPanel(tabId);
    // A panel that was just opened asks for the tab itself; give it a moment to listen for the focus.
    await notifyPanels('focusClaim', { tabId, pageIndex });
    setTimeout(() => void notifyPanels('focusClaim', { tabId, pageIndex }), 700);
  },

  async getTab(input, sender) {
    requireExtensionPage(sender);
    const tabId = Number(input?.tabId);
    if (!Number.isSafeInteger(tabId) || tabId < 0) throw new Error('Crosscheck: no such tab.');
    const [tab, reports] = await Promise.all([getResult(tabId), reportMetas()]);
    // Results dropped for room or unreadable after a restart: the page is read again.
    if (takeDropped(tabId)) void sendToContent(tabId, 'recheck', {}).catch(() => undefined);
    return { tab, reports };
  },

  async compareSelection(input, sender) {
    requireExtensionPage(sender);
    return compareTabSelection(Number(input?.tabId));
  },

  async listReports(_input, sender) {
    requireExtensionPage(sender);
    return (await corpusMetas()).bundled; // the reader's own sources are listed apart
  },

  async getReport(input, sender) {
    requireExtensionPage(sender);
    const report = await callEngine('report', { id: String(input?.id) });
    if (!report) throw new Error(t('reportMissing', String(input?.id)));
    return report;
  },

  ...sourcesHandlers(requireExtensionPage),
};
