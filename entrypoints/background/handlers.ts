import { browser, type Browser } from '#imports';
import type { ReportMeta } from '@/lib';
import { reportTitle } from '@/wording/format-citation';
import {
  NO_ARTICLE_STATUSES,
  notifyPanels,
  type BackgroundApi,
  type Checked,
  type ClaimMark,
  type TabResult,
} from '@/messaging/protocol';
import { sendToContent } from '@/messaging/protocol';
import { loadSettings } from '@/settings/settings';
import { engineDecisions, loadDecisions } from '@/settings/decisions';
import { showBadge } from './badge';
import { claimMarks } from './claim-marks';
import { compareChecked, compareSelectionText } from './compare-tab';
import { getCorpus } from './corpus';
import { extractFromHtml } from './extract-page';
import { openPanel } from './open-panel';
import { getResult, setResult, takeDropped } from './tab-results';
import { sourcesHandlers, rememberPage, forgetPage } from './source-handlers';
import { bundledReports } from './user-sources';
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
  const [corpus, settings, decisions] = await Promise.all([getCorpus(), loadSettings(), loadDecisions()]);
  const selection = compareSelectionText(
    corpus,
    text.trim(),
    settings,
    before.url,
    engineDecisions(decisions),
  );
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
  const [corpus, settings, stored] = await Promise.all([getCorpus(), loadSettings(), loadDecisions()]);
  const decisions = engineDecisions(stored);
  // Like `compare`, the engine gets the address the page names for itself (it tells a corpus report).
  const named = article.canonicalUrl;
  // The same text is never matched twice for a tab (a single-page site re-reporting, a reload).
  const key = `${settings.includeRelated}\n${JSON.stringify(decisions)}\n${named}\n${article.title}\n${article.text}`;
  const cached = lastChecked.get(tabId);
  const page =
    cached?.key === key
      ? cached.page
      : compareChecked(
          corpus,
          article.text,
          settings,
          { url: named ?? url, title: article.title },
          true,
          decisions,
        );
  lastChecked.set(tabId, { key, page });
  // A kept selection is compared again too: the decisions may have changed since.
  const rechecked = selection && compareSelectionText(corpus, selection.text, settings, url, decisions);
  await publish({ tabId, url, status: 'article', page, selection: rechecked, error: null });
  return claimMarks(page.comparison, await reportMap());
}

/** Compares every kept selection again with the reader's current decisions (the pages re-run themselves). */
export async function recheckSelections(): Promise<void> {
  const [tabs, corpus, settings, stored] = await Promise.all([
    browser.tabs.query({}),
    getCorpus(),
    loadSettings(),
    loadDecisions(),
  ]);
  for (const { id } of tabs) {
    if (id === undefined) continue;
    const { selection, url } = await getResult(id);
    if (!selection) continue;
    const rechecked = compareSelectionText(corpus, selection.text, settings, url, engineDecisions(stored));
    // Read again just before writing: the page may have been published meanwhile.
    await publish({ ...(await getResult(id)), selection: rechecked });
  }
}

export function forgetTab(tabId: number): void {
  lastChecked.delete(tabId);
  forgetPage(tabId);
}

export const backgroundHandlers: BackgroundApi = {
  async comparePage(input, sender) {
    const tabId = tabOf(sender);
    const url = sender.tab!.url ?? null;
    const before = await getResult(tabId);
    const selection = before.url === url ? before.selection : null; // kept on the same page only
    rememberPage(tabId, url, input?.html);
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
    await getCorpus();
    return bundledReports(); // the reader's own sources are listed apart
  },

  async getReport(input, sender) {
    requireExtensionPage(sender);
    const report = (await getCorpus()).reports.find((r) => r.id === input?.id);
    if (!report) throw new Error(t('reportMissing', String(input?.id)));
    return { ...report, title: reportTitle(report.title, report.sentences) };
  },

  ...sourcesHandlers(requireExtensionPage, () => lastChecked.clear()),
};
