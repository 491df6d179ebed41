import type { ReportMeta } from '@/lib';
import type { Match } from '@/lib';
import type { Claim } from '@/wording/claim-summary';
import { MarkedText } from './MarkedText';
import { RelationBadge } from './RelationBadge';
import { VersionItem } from './VersionItem';
import { plural, t } from '@/wording/i18n';

// One page claim: the page's sentence (a button that scrolls the page to it), then every other version.

interface Props {
  claim: Claim;
  reports: ReadonlyMap<string, ReportMeta>;
  focused: boolean;
  onShowOnPage?: (pageIndex: number) => void;
  onOpenReport?: (id: string) => void;
  onCopy: (text: string) => void;
}

export function ClaimCard({ claim, reports, focused, onShowOnPage, onOpenReport, onCopy }: Props) {
  const phrases = claim.versions.flatMap((v) => v.differences.map((d) => d.page));
  const headingId = `claim-${claim.pageIndex}`;
  const count = claim.versions.length;
  // Related versions (same topic, nothing to compare) fold away under the ones that say something
  // about the claim; a claim with only related versions shows them all. `rank` keeps the engine's order.
  const ranked = claim.versions.map((match, rank) => ({ match, rank }));
  const folding = ranked.some((v) => v.match.relation !== 'related');
  // Diverging versions first: they are what the reader of a diverging claim looks for.
  const main = (folding ? ranked.filter((v) => v.match.relation !== 'related') : ranked).sort(
    (a, b) =>
      Number(b.match.relation === 'diverges') - Number(a.match.relation === 'diverges') || a.rank - b.rank,
  );
  const related = folding ? ranked.filter((v) => v.match.relation === 'related') : [];
  const item = ({ match, rank }: { match: Match; rank: number }) => (
    <VersionItem
      key={`${match.report}:${match.reportIndex}`}
      match={match}
      rank={rank}
      report={reports.get(match.report)}
      onOpenReport={onOpenReport}
      onCopy={onCopy}
    />
  );
  return (
    <article
      class={`claim-card relation-${claim.relation}${focused ? ' focused' : ''}`}
      data-claim={claim.pageIndex}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <div class="claim-head">
        <RelationBadge relation={claim.relation} />
        <span class="claim-count">{plural(count, 'otherVersionsOne', 'otherVersionsOther')}</span>
      </div>
      {onShowOnPage ? (
        <button
          type="button"
          id={headingId}
          class="page-sentence"
          title={t('showOnPage')}
          onClick={() => onShowOnPage(claim.pageIndex)}
        >
          <MarkedText text={claim.pageSentence} phrases={phrases} />
        </button>
      ) : (
        <p id={headingId} class="page-sentence">
          <MarkedText text={claim.pageSentence} phrases={phrases} />
        </p>
      )}
      <ul class="versions" aria-label={t('otherVersionsLabel')}>
        {main.map(item)}
      </ul>
      {related.length > 0 && (
        <details class="related-versions">
          <summary>{plural(related.length, 'relatedVersionsOne', 'relatedVersionsOther')}</summary>
          <ul class="versions" aria-label={t('relatedVersionsLabel')}>
            {related.map(item)}
          </ul>
        </details>
      )}
    </article>
  );
}
