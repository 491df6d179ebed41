import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Match, ReportMeta } from '@/lib';
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
import type { Judgement } from '@/components/VersionItem';
import { isUserSourceId } from '@/lib/sources/user-source';
import { claimedMatches, groupClaims, possibleClaims, type Claim } from '@/wording/claim-summary';
import { pageItem } from '@/wording/citation-item';
import { comparisonCsv, comparisonJson } from '@/wording/comparison-export';
import { corpusCoverage } from '@/wording/corpus-coverage';
import { downloadText, exportName } from './download';
import { outletName } from '@/wording/format-citation';
import { plural, t } from '@/wording/i18n';

const RELATION_ORDER = { diverges: 0, corroborates: 1, related: 2, possible: 3 } as const;

interface Actions {
  showOnPage: (pageIndex: number) => void;
  openReport: (id: string) => void;
  copy: (text: string) => void;
  compareSelection: () => void;
  runNow: () => void;
  judge: (match: Match, judgement: Judgement) => void;
}

interface Props {
  data: PanelData;
  focus: { pageIndex: number; at: number } | null;
  actions: Actions;
}

/** The sentences with neither a version nor a possible one: "not in the corpus". */
function unmatched(checked: Checked): string[] {
  const matched = new Set(checked.comparison.matches.map((m) => m.pageIndex));
  // A blank sentence was left out of a very long page's stored result (background/bound-result.ts); a
  // site's furniture ("Advertisement", "Publicidad") is no article sentence, found or not.
  return checked.sentences.filter((s, i) => s !== '' && !matched.has(i) && !isSiteFurniture(s));
}

/**
 * Sentences no report states closely enough, each with the report sentences that may state it: folded
 * on a page (there may be many), open for a selection (the reader asked about exactly these).
 */
function PossibleClaims({
  claims,
  card,
  folded,
}: {
  claims: Claim[];
  card: (c: Claim) => unknown;
  folded: boolean;
}) {
  if (claims.length === 0) return null;
  // Each card says what a possible version is and asks; the section only names what it holds.
  const body = <div class="cards">{claims.map(card)}</div>;
  return folded ? (
    <details class="possible-claims" data-possible-claims>
      <summary>{plural(claims.length, 'possibleClaimsOne', 'possibleClaimsOther')}</summary>
      {body}
    </details>
  ) : (
    <section class="possible-claims" aria-label={t('possibleClaimsTitle')} data-possible-claims>
      <h3>{t('possibleClaimsTitle')}</h3>
      {body}
    </section>
  );
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
  const offered = useMemo(() => (tab.page ? possibleClaims(tab.page.comparison) : []), [tab.page]);
  const selectionOffered = useMemo(
    () => (tab.selection ? possibleClaims(tab.selection.comparison) : []),
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

  const selectionCard = (c: Claim) => (
    <ClaimCard
      key={c.pageIndex}
      claim={c}
      reports={reports}
      focused={false}
      onCopy={actions.copy}
      onJudge={actions.judge}
    />
  );
  const pageCard = (c: Claim) => (
    <ClaimCard
      key={c.pageIndex}
      claim={c}
      reports={reports}
      focused={focus?.pageIndex === c.pageIndex}
      onShowOnPage={actions.showOnPage}
      onOpenReport={actions.openReport}
      onCopy={actions.copy}
      onJudge={actions.judge}
    />
  );

  const selection = tab.selection && (
    <section class="selection" aria-labelledby="selection-title" data-selection>
      <h2 id="selection-title">{t('yourSelection')}</h2>
      {tab.page?.comparison.page.offStory && <SelectionOffStoryNote />}
      {/* One sentence is shown by its card already; a longer selection is quoted whole. */}
      {tab.selection.sentences.length > 1 && (
        <blockquote class="selection-text">{tab.selection.text}</blockquote>
      )}
      {selectionClaims.length === 0 && selectionOffered.length === 0 && <p>{t('selectionNoMatch')}</p>}
      <div class="cards">{selectionClaims.map(selectionCard)}</div>
      <PossibleClaims claims={selectionOffered} card={selectionCard} folded={false} />
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
      <SummaryHeader
        comparison={comparison}
        selfName={self ? outletName(reports.get(self), self) : null}
        selfCollection={self && isUserSourceId(self) ? reports.get(self)?.collection : null}
      />
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
          {corpusCoverage(data.reports, isUserSourceId)}
        </p>
      )}
      {claims.length === 0 ? (
        comparison.page.offStory ? (
          <OffStoryState />
        ) : (
          <EmptyState kind="no-matches" detail={corpusCoverage(data.reports, isUserSourceId)} />
        )
      ) : (
        <div class="cards" role="list" aria-label={t('claimsOfPage')} data-page-claims>
          {shown.map((c) => (
            <div role="listitem" key={c.pageIndex}>
              {pageCard(c)}
            </div>
          ))}
          {shown.length === 0 && <p class="filter-empty">{t('filterEmpty')}</p>}
        </div>
      )}
      {/* Filtering to diverging claims hides the unclaimed sentences as well. */}
      <div data-page-possible>
        {filter === 'all' && <PossibleClaims claims={offered} card={pageCard} folded />}
      </div>
      <NotInCorpus sentences={unmatched(tab.page)} />
      <ReportList
        reports={data.reports}
        matches={claimedMatches(comparison.matches)}
        self={self}
        onOpen={actions.openReport}
      />
    </>
  );
}
