import { engineOf, type Engine, type ReportMeta } from '@/lib';
import type { EngineApi, EngineWords } from '@/messaging/engine-protocol';
import type { Checked } from '@/messaging/protocol';
import { reportTitle } from '@/wording/format-citation';
import { t } from '@/wording/i18n';
import { boundResult } from './bound-result';
import { compareChecked, compareSelectionText } from './compare-tab';
import { extractFromHtml } from './extract-page';
import {
  addPageSource,
  bundledReports,
  corpusWithSources,
  sourcesStatus,
  updateSourceMeta,
} from './user-sources';

// The engine's side of messaging/engine-protocol.ts: the prepared corpus (read once from the
// extension's own files, no network, with the reader's sources from IndexedDB), article extraction
// and matching. It runs in the engine's worker; the background runs it itself only when no worker
// can start. It holds the one full copy of the corpus; the background keeps report metadata only.

/** The words in the language of the context running this (English in a worker, where there is no i18n API). */
export function engineWords(): EngineWords {
  return {
    collectionBundled: t('collectionBundled'),
    collectionMine: t('collectionMine'),
    corpusMissing: t('corpusMissing'),
    addSourceNoArticle: t('addSourceNoArticle'),
    storageFull: t('storageFull'),
  };
}

export function engineService(corpusUrl: string): EngineApi {
  let words = engineWords();
  let loading: Promise<Engine> | null = null;
  /** The same text is never matched twice for a tab (a single-page site re-reporting, a reload). */
  const lastChecked = new Map<number, { key: string; page: Checked }>();

  function corpus(): Promise<Engine> {
    loading ??= (async () => {
      const response = await fetch(corpusUrl);
      if (!response.ok) throw new Error(words.corpusMissing);
      // With the reader's own sources, read prepared from IndexedDB (user-sources.ts).
      return engineOf(await corpusWithSources(await response.json(), words.collectionBundled));
    })();
    loading.catch(() => (loading = null)); // the next request tries again
    return loading;
  }

  function reload(): void {
    loading = null;
    lastChecked.clear();
  }

  return {
    async start({ words: given }) {
      const strings = Object.entries(given ?? {}).filter(([, v]) => typeof v === 'string');
      words = { ...words, ...Object.fromEntries(strings) };
    },

    async checkPage({ tabId, html, url, selection, settings, decisions, maxBytes }) {
      // The corpus first: requests waiting for its load (the background's report list) are answered
      // before this page is read.
      const engine = await corpus();
      const article = extractFromHtml(html);
      if (!article) return { page: null, selection: null };
      // Like `compare`, the engine gets the address the page names for itself (it tells a corpus report).
      const named = article.canonicalUrl;
      const key = `${settings.includeRelated}\n${JSON.stringify(decisions)}\n${named}\n${article.title}\n${article.text}`;
      const cached = lastChecked.get(tabId);
      const page =
        cached?.key === key
          ? cached.page
          : compareChecked(
              engine,
              article.text,
              settings,
              { url: named ?? url, title: article.title },
              true,
              decisions,
            );
      lastChecked.set(tabId, { key, page });
      // A kept selection is compared again too: the decisions may have changed since.
      const rechecked =
        selection === null ? null : compareSelectionText(engine, selection, settings, url, decisions);
      const result = { tabId, url, status: 'article' as const, page, selection: rechecked, error: null };
      const bounded = boundResult(result, maxBytes);
      return { page: bounded.page, selection: bounded.selection };
    },

    async compareSelection({ text, url, settings, decisions }) {
      return compareSelectionText(await corpus(), text, settings, url, decisions);
    },

    async reports() {
      const engine = await corpus();
      // A report with no title shows its first line: never its file name.
      const reports: ReportMeta[] = engine.corpus.reports.map(({ sentences, ...meta }) => ({
        ...meta,
        title: reportTitle(meta.title, sentences),
      }));
      return { reports, bundled: bundledReports() };
    },

    async report({ id }) {
      const report = (await corpus()).corpus.reports.find((r) => r.id === id);
      return report ? { ...report, title: reportTitle(report.title, report.sentences) } : null;
    },

    async addPage(page) {
      const engine = loading ? await loading.catch(() => null) : null;
      const { added, appended } = await addPageSource(page, engine?.corpus ?? null, words);
      if (appended) lastChecked.clear();
      else reload();
      return added;
    },

    async updateSource({ id, meta }) {
      await updateSourceMeta(String(id), meta);
      reload();
    },

    async reload() {
      reload();
    },

    async forgetTab({ tabId }) {
      lastChecked.delete(tabId);
    },

    async status() {
      if (loading) await loading.catch(() => undefined);
      return sourcesStatus();
    },
  };
}
