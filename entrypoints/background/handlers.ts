import { browser, type Browser } from '#imports';
import type { ReportMeta } from '@/lib/corpus/types';
import { reportTitle } from '@/wording/format-citation';
import {
  notifyPanels,
  type BackgroundApi,
  type Checked,
  type ClaimMark,
  type TabResult,
} from '@/messaging/protocol';
import { sendToContent } from '@/messaging/protocol';
import { loadSettings } from '@/settings/settings';
import { showBadge } from './badge';
import { claimMarks } from './claim-marks';
import { compareChecked, compareSelectionText } from './compare-tab';
import { getCorpus } from './corpus';
import { extractFromHtml } from './extract-page';
import { openPanel } from './open-panel';
import { getResult, setResult } from './tab-results';
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
  const corpus = await getCorpus();
  // A report with no title shows its first line: never its file name.
  return corpus.reports.map(({ sentences, ...meta }) => ({
    ...meta,
    title: reportTitle(meta.title, sentences),
  }));
}

async function reportMap(): Promise<Map<string, ReportMeta>> {
  return new Map((await reportMetas()).map((r) => [r.id, r]));
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
  const [corpus, settings] = await Promise.all([getCorpus(), loadSettings()]);
  const selection = compareSelectionText(corpus, text.trim(), settings, before.url);
  const result = { ...(await getResult(tabId)), selection };
  await publish(result);
  return result;
}

const lastChecked = new Map<number, { key: string; page: Checked }>();

/** Extracts and compares a tab's article; publishes the result and returns the marks to highlight. */
async function checkPage(
  tabId: number,
  url: string | null,
  html: unknown,
  selection: TabResult['selection'],
): Promise<ClaimMark[]> {
  const article = extractFromHtml(html);
  if (!article) {
    await publish({ tabId, url, status: 'no-article', page: null, selection, error: null });
    return [];
  }
  const [corpus, settings] = await Promise.all([getCorpus(), loadSettings()]);
  // Like `compare`, the engine gets the address the page names for itself (it tells a corpus report).
  const named = article.canonicalUrl;
  // The same text is never matched twice for a tab (a single-page site re-reporting, a reload).
  const key = `${settings.includeRelated}\n${named}\n${article.title}\n${article.text}`;
  const cached = lastChecked.get(tabId);
  const page =
    cached?.key === key
      ? cached.page
      : compareChecked(corpus, article.text, settings, { url: named ?? url, title: article.title });
  lastChecked.set(tabId, { key, page });
  await publish({ tabId, url, status: 'article', page, selection, error: null });
  return claimMarks(page.comparison, await reportMap());
}

export function forgetTab(tabId: number): void {
  lastChecked.delete(tabId);
}

export const backgroundHandlers: BackgroundApi = {
  async comparePage(input, sender) {
    const tabId = tabOf(sender);
    const url = sender.tab!.url ?? null;
    const before = await getResult(tabId);
    const selection = before.url === url ? before.selection : null; // kept on the same page only
    try {
      return await checkPage(tabId, url, input?.html, selection);
    } catch (error) {
      // Shown in the panel as "Something went wrong" with this message; the page is left alone.
      const message = error instanceof Error ? error.message : String(error);
      await publish({ tabId, url, status: 'error', page: null, selection, error: message });
      return [];
    }
  },

  async reportNoArticle(input, sender) {
    const tabId = tabOf(sender);
    const url = sender.tab!.url ?? null;
    const status = input?.status === 'disabled' || input?.status === 'asking' ? input.status : 'no-article';
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
    const [tab, reports] = await Promise.all([getResult(tabId), reportMetas()]);
    return { tab, reports };
  },

  async compareSelection(input, sender) {
    requireExtensionPage(sender);
    return compareTabSelection(Number(input?.tabId));
  },

  async listReports(_input, sender) {
    requireExtensionPage(sender);
    return reportMetas();
  },

  async getReport(input, sender) {
    requireExtensionPage(sender);
    const report = (await getCorpus()).reports.find((r) => r.id === input?.id);
    if (!report) throw new Error(t('reportMissing', String(input?.id)));
    return { ...report, title: reportTitle(report.title, report.sentences) };
  },
};
