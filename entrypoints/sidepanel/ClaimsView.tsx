import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ReportMeta } from '@/lib/corpus/types';
import { isSiteFurniture } from '@/lib/page/site-furniture';
import type { Checked, PanelData } from '@/messaging/protocol';
import { CitationMenu } from '@/components/CitationMenu';
import { ClaimCard } from '@/components/ClaimCard';
import { ClaimOrder, type ClaimOrdering } from '@/components/ClaimOrder';
import { EmptyState } from '@/components/EmptyState';
import { ExportMenu, type ExportFormat } from '@/components/ExportMenu';
import { FilterBar, type ClaimFilter } from '@/components/FilterBar';
import { NotInCorpus } from '@/components/NotInCorpus';
import { OffStoryState, SelectionOffStoryNote } from '@/components/OffStory';
import { ReportList } from '@/components/ReportList';
import { SummaryHeader } from '@/components/SummaryHeader';
import { groupClaims } from '@/wording/claim-summary';
import { pageItem } from '@/wording/citation-item';
import { comparisonCsv, comparisonJson } from '@/wording/comparison-export';
import { corpusCoverage } from '@/wording/corpus-coverage';
import { downloadText, exportName } from './download';
import { outletName } from '@/wording/format-citation';
import { t } from '@/wording/i18n';

const RELATION_ORDER = { diverges: 0, corroborates: 1, related: 2 } as const;

interface Actions {
  showOnPage: (pageIndex: number) => void;
  openReport: (id: string) => void;
  copy: (text: string) => void;
  compareSelection: () => void;
  runNow: () => void;
}

interface Props {
  data: PanelData;
  focus: { pageIndex: number; at: number } | null;
  actions: Actions;
}

function unmatched(checked: Checked): string[] {
  const matched = new Set(checked.comparison.matches.map((m) => m.pageIndex));
  // A site's furniture ("Advertisement", "Publicidad") is no article sentence, found or not.
  return checked.sentences.filter((s, i) => !matched.has(i) && !isSiteFurniture(s));
}

/** The page's claims (filtered), the compared selection, and the list of reports. */
export function ClaimsView({ data, focus, actions }: Props) {
  const { tab } = data;
  const [filter, setFilter] = useState<ClaimFilter>('all');
  const [ordering, setOrdering] = useState<ClaimOrdering>('page');
  const reports = useMemo(
    () => new Map<string, ReportMeta>(data.reports.map((r) => [r.id, r])),
    [data.reports],
  );
  const claims = useMemo(() => (tab.page ? groupClaims(tab.page.comparison) : []), [tab.page]);
  const selectionClaims = useMemo(
    () => (tab.selection ? groupClaims(tab.selection.comparison) : []),
    [tab.selection],
  );
  const filtered = filter === 'all' ? claims : claims.filter((c) => c.relation === 'diverges');
  // Sorting is stable: within a relation the claims keep the page's order.
  const shown =
    ordering === 'page'
      ? filtered
      : [...filtered].sort((a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation]);
  const diverging = claims.filter((c) => c.relation === 'diverges').length;
  const found = claims.some((c) => c.relation !== 'related');

  useEffect(() => {
    if (!focus) return;
    if (filter !== 'all' && !shown.some((c) => c.pageIndex === focus.pageIndex)) {
      setFilter('all');
      return;
    }
    const card = document.querySelector<HTMLElement>(`[data-page-claims] [data-claim="${focus.pageIndex}"]`);
    card?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    card?.focus({ preventScroll: true });
  }, [focus, filter, shown]);

  const selectionButton = (
    <button type="button" class="secondary" onClick={actions.compareSelection}>
      {t('crosscheckSelection')}
    </button>
  );

  const selection = tab.selection && (
    <section class="selection" aria-labelledby="selection-title" data-selection>
      <h2 id="selection-title">{t('yourSelection')}</h2>
      {tab.page?.comparison.page.offStory && <SelectionOffStoryNote />}
      {/* One sentence is shown by its card already; a longer selection is quoted whole. */}
      {tab.selection.sentences.length > 1 && (
        <blockquote class="selection-text">{tab.selection.text}</blockquote>
      )}
      {selectionClaims.length === 0 && <p>{t('selectionNoMatch')}</p>}
      <div class="cards">
        {selectionClaims.map((c) => (
          <ClaimCard key={c.pageIndex} claim={c} reports={reports} focused={false} onCopy={actions.copy} />
        ))}
      </div>
      <NotInCorpus sentences={unmatched(tab.selection)} />
    </section>
  );

  if (!tab.page) {
    const kind = tab.status === 'article' ? 'pending' : tab.status;
    return (
      <>
        {selection}
        <EmptyState kind={kind} detail={tab.error}>
          {tab.status === 'asking' && (
            <button type="button" onClick={actions.runNow}>
              {t('crosscheckPage')}
            </button>
          )}
          {tab.status !== 'pending' && selectionButton}
        </EmptyState>
      </>
    );
  }

  const { comparison } = tab.page;
  const self = comparison.page.self;
  const exportAs = (format: ExportFormat) =>
    format === 'csv'
      ? downloadText(exportName(comparison.page.title, 'csv'), 'text/csv', comparisonCsv(comparison, reports))
      : downloadText(
          exportName(comparison.page.title, 'json'),
          'application/json',
          comparisonJson(comparison),
        );
  return (
    <>
      <SummaryHeader comparison={comparison} selfName={self ? outletName(reports.get(self), self) : null} />
      <div class="toolbar">
        {claims.length > 0 && (
          <FilterBar value={filter} total={claims.length} diverging={diverging} onChange={setFilter} />
        )}
        {claims.length > 1 && <ClaimOrder value={ordering} onChange={setOrdering} />}
        {selectionButton}
        <CitationMenu
          item={() => pageItem({ title: comparison.page.title, url: tab.url }, new Date())}
          onCopy={actions.copy}
          label={t('citePage')}
        />
        {comparison.matches.length > 0 && <ExportMenu onExport={exportAs} />}
      </div>
      {selection}
      {claims.length > 0 && !found && (
        <p class="coverage" data-coverage>
          {corpusCoverage(data.reports)}
        </p>
      )}
      {claims.length === 0 ? (
        comparison.page.offStory ? (
          <OffStoryState />
        ) : (
          <EmptyState kind="no-matches" detail={corpusCoverage(data.reports)} />
        )
      ) : (
        <div class="cards" role="list" aria-label={t('claimsOfPage')} data-page-claims>
          {shown.map((c) => (
            <div role="listitem" key={c.pageIndex}>
              <ClaimCard
                claim={c}
                reports={reports}
                focused={focus?.pageIndex === c.pageIndex}
                onShowOnPage={actions.showOnPage}
                onOpenReport={actions.openReport}
                onCopy={actions.copy}
              />
            </div>
          ))}
          {shown.length === 0 && <p class="filter-empty">{t('filterEmpty')}</p>}
        </div>
      )}
      <NotInCorpus sentences={unmatched(tab.page)} />
      <ReportList
        reports={data.reports}
        matches={comparison.matches}
        self={self}
        onOpen={actions.openReport}
      />
    </>
  );
}
