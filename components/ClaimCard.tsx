import type { ReportMeta } from '@/lib/corpus/types';
import type { Claim } from './claim-summary';
import { MarkedText } from './MarkedText';
import { RelationBadge } from './RelationBadge';
import { VersionItem } from './VersionItem';

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
  return (
    <article
      class={`claim-card relation-${claim.relation}${focused ? ' focused' : ''}`}
      data-claim={claim.pageIndex}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <div class="claim-head">
        <RelationBadge relation={claim.relation} />
        <span class="claim-count">
          {count} other {count === 1 ? 'version' : 'versions'}
        </span>
      </div>
      {onShowOnPage ? (
        <button
          type="button"
          id={headingId}
          class="page-sentence"
          title="Show this sentence on the page"
          onClick={() => onShowOnPage(claim.pageIndex)}
        >
          <MarkedText text={claim.pageSentence} phrases={phrases} />
        </button>
      ) : (
        <p id={headingId} class="page-sentence">
          <MarkedText text={claim.pageSentence} phrases={phrases} />
        </p>
      )}
      <ul class="versions" aria-label="Other versions">
        {claim.versions.map((m) => (
          <VersionItem
            key={`${m.report}:${m.reportIndex}`}
            match={m}
            report={reports.get(m.report)}
            onOpenReport={onOpenReport}
            onCopy={onCopy}
          />
        ))}
      </ul>
    </article>
  );
}
