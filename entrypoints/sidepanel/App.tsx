import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { PreparedReport } from '@/lib';
import type { PanelData } from '@/messaging/protocol';
import { EmptyState } from '@/components/EmptyState';
import { ReportView } from '@/components/ReportView';
import type { Judgement } from '@/components/VersionItem';
import { claimedMatches } from '@/wording/claim-summary';
import type { Match } from '@/lib';
import { ClaimsView } from './ClaimsView';
import { usePageSource } from './use-page-source';
import type { PanelSource } from './panel-source';
import { t } from '@/wording/i18n';

// The side panel: asks for the current tab's results as soon as it opens, follows tab switches and
// result changes, and switches between the claims view and one report's view.

export function App({ source }: { source: PanelSource }) {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [data, setData] = useState<PanelData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<PreparedReport | null>(null);
  const [focus, setFocus] = useState<{ pageIndex: number; at: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const pageSource = usePageSource(source, tabId, data, (text) => say(text));

  const load = useCallback(
    async (id: number) => {
      try {
        setData(await source.getTab(id));
        setError(null);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    },
    [source],
  );

  useEffect(() => {
    void source.initialTabId().then(setTabId);
  }, [source]);

  useEffect(() => {
    if (tabId === undefined || tabId === null) return undefined;
    void load(tabId);
    return source.subscribe({
      tabChanged: (id) => id === tabId && void load(id),
      focusClaim: (id, pageIndex) => {
        if (id !== tabId) return;
        setReport(null);
        setFocus({ pageIndex, at: Date.now() });
      },
      activeTabChanged: (id) => {
        if (source.pinned) return;
        setData(null);
        setReport(null);
        setFocus(null);
        setTabId(id);
      },
    });
  }, [tabId, source, load]);

  // A new view starts at its top.
  useEffect(() => window.scrollTo(0, 0), [report]);

  const say = useCallback((text: string) => {
    setNotice(text);
    setTimeout(() => setNotice((current) => (current === text ? null : current)), 2500);
  }, []);

  const actions = useMemo(
    () => ({
      showOnPage: (pageIndex: number) => {
        if (tabId == null) return;
        void source.showOnPage(tabId, pageIndex).then(
          (found) => !found && say(t('noticeSentenceGone')),
          () => say(t('noticeUnreachable')),
        );
      },
      openReport: (id: string) => {
        void source.getReport(id).then(setReport, (e: unknown) => say(String(e)));
      },
      copy: (text: string) => {
        void source.copy(text).then(
          () => say(t('noticeCopied')),
          () => say(t('noticeCopyRefused')),
        );
      },
      compareSelection: () => {
        if (tabId == null) return;
        void source.compareSelection(tabId).then(
          (tab) => {
            setData((d) => (d ? { ...d, tab } : d));
            if (!tab.selection) say(t('noticeSelectFirst'));
          },
          (e: unknown) => say(e instanceof Error ? e.message : String(e)),
        );
      },
      runNow: () => {
        if (tabId != null) void source.runNow(tabId).catch(() => say(t('noticeUnreachable')));
      },
      // Kept in storage; open pages are compared again with it and the panel hears of the new result.
      judge: (match: Match, judgement: Judgement) => {
        void source.judge(match, judgement).then(
          () => say(t(judgement === 'confirmed' ? 'noticeConfirmed' : 'noticeRejected')),
          () => say(t('noticeDecisionFailed')),
        );
      },
    }),
    [tabId, source, say],
  );

  let body;
  if (tabId === null) body = <EmptyState kind="no-tab" />;
  else if (error) body = <EmptyState kind="error" detail={error} />;
  else if (!data) body = <EmptyState kind="pending" />;
  else if (report)
    body = (
      <ReportView
        report={report}
        matches={claimedMatches(data.tab.page?.comparison.matches ?? [])}
        onBack={() => setReport(null)}
        onShowOnPage={actions.showOnPage}
      />
    );
  else body = <ClaimsView data={data} focus={focus} actions={actions} />;

  return (
    <main class="panel">
      {!report && pageSource}
      {body}
      <div class="notice" role="status" aria-live="polite">
        {notice}
      </div>
    </main>
  );
}
