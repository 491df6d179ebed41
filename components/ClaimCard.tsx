import type { ReportMeta } from '@/lib';
import type { Match } from '@/lib';
import type { Claim } from '@/wording/claim-summary';
import { MarkedText } from './MarkedText';
import { RelationBadge } from './RelationBadge';
import { VersionItem, type Judgement } from './VersionItem';
import { plural, t } from '@/wording/i18n';
import { claimMarkdown } from '@/wording/comparison-export';
import { differenceRank } from '@/wording/rank-differences';

/** A diverging version whose differences were not named sorts after the named ones; others after. */
const DIVERGES_BARE = 4;
const NOT_DIVERGING = 5;

// One page claim: the page's sentence (a button that scrolls the page to it), then every other version,
// then, folded, the possible versions for the reader to judge. A sentence with only possible versions
// shows them at once: they are all there is.

interface Props {
  claim: Claim;
  reports: ReadonlyMap<string, ReportMeta>;
  focused: boolean;
  onShowOnPage?: (pageIndex: number) => void;
  onOpenReport?: (id: string) => void;
  onCopy: (text: string) => void;
  onJudge?: (match: Match, judgement: Judgement) => void;
}

export function ClaimCard({ claim, reports, focused, onShowOnPage, onOpenReport, onCopy, onJudge }: Props) {
  const phrases = claim.versions.flatMap((v) => v.differences.map((d) => d.page));
  const headingId = `claim-${claim.pageIndex}`;
  const count = claim.versions.length;
  const onlyPossible = count === 0;
  // Related versions (same topic, nothing to compare) fold away under the ones that say something
  // about the claim; a claim with only related versions shows them all. `rank` keeps the engine's order.
  const ranked = claim.versions.map((match, rank) => ({ match, rank }));
  const folding = ranked.some((v) => v.match.relation !== 'related');
  // Diverging versions first, the strongest difference first (a conflicting count before an
  // approximator): they are what the reader of a diverging claim looks for.
  const strength = (m: Match) =>
    m.relation === 'diverges' ? Math.min(...m.differences.map(differenceRank), DIVERGES_BARE) : NOT_DIVERGING;
  const main = (folding ? ranked.filter((v) => v.match.relation !== 'related') : ranked).sort(
    (a, b) => strength(a.match) - strength(b.match) || a.rank - b.rank,
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
      onJudge={onJudge}
    />
  );
  // After the stated versions in the engine's order, so that tools reading data-rank see compare's order.
  const possible = claim.possible.map((match, i) => item({ match, rank: count + i }));
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
          {onlyPossible
            ? plural(claim.possible.length, 'possibleCountOne', 'possibleCountOther')
            : plural(count, 'otherVersionsOne', 'otherVersionsOther')}
        </span>
        <button type="button" class="copy-versions" onClick={() => onCopy(claimMarkdown(claim, reports))}>
          {t('copyAllVersions')}
        </button>
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
      {onlyPossible ? (
        <>
          <p class="possible-note">{t('possibleNote')}</p>
          <ul class="versions possible-versions" aria-label={t('possibleVersionsLabel')}>
            {possible}
          </ul>
        </>
      ) : (
        <ul class="versions" aria-label={t('otherVersionsLabel')}>
          {main.map(item)}
        </ul>
      )}
      {related.length > 0 && (
        <details class="related-versions">
          <summary>{plural(related.length, 'relatedVersionsOne', 'relatedVersionsOther')}</summary>
          <ul class="versions" aria-label={t('relatedVersionsLabel')}>
            {related.map(item)}
          </ul>
        </details>
      )}
      {!onlyPossible && possible.length > 0 && (
        <details class="possible-section" data-possible-section>
          <summary>{plural(possible.length, 'possibleSectionOne', 'possibleSectionOther')}</summary>
          <p class="possible-note">{t('possibleNote')}</p>
          <ul class="versions possible-versions" aria-label={t('possibleVersionsLabel')}>
            {possible}
          </ul>
        </details>
      )}
    </article>
  );
}
