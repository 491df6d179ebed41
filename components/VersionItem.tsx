import type { Match, ReportMeta } from '@/lib';
import { CitationMenu } from './CitationMenu';
import { DifferenceList } from './DifferenceList';
import { formatCitation, outletName } from '@/wording/format-citation';
import { MarkedText } from './MarkedText';
import { RelationBadge } from './RelationBadge';
import { SourceLine } from './SourceLine';
import { WhyThisMatch } from './WhyThisMatch';
import { reportItem } from '@/wording/citation-item';
import { divergenceLine } from '@/wording/divergence-line';
import { rankDifferences } from '@/wording/rank-differences';
import { t } from '@/wording/i18n';

// One other version of a page claim. The element carries the DOM contract read by tests and tools:
// data-match, data-report, data-relation, with [data-page-sentence] and [data-report-sentence] inside.
// A possible version asks the reader to judge it (data-action="confirm-version" / "reject-version");
// a stated one can be hidden as wrong (data-action="hide-version").

/** The reader's judgement on a pair: the same claim, or not (a wrong match is "rejected" too). */
export type Judgement = 'confirmed' | 'rejected';

interface Props {
  match: Match;
  /** Position among the claim's versions in the engine's order (best first), for tools reading the DOM. */
  rank: number;
  report: ReportMeta | undefined;
  onOpenReport?: (id: string) => void;
  onCopy: (text: string) => void;
  onJudge?: (match: Match, judgement: Judgement) => void;
}

export function VersionItem({ match, rank, report, onOpenReport, onCopy, onJudge }: Props) {
  const outlet = outletName(report, match.report);
  const possible = match.relation === 'possible';
  const strongest = rankDifferences(match.differences)[0];
  return (
    <li
      class={`version relation-${match.relation}`}
      data-match
      data-report={match.report}
      data-collection={report?.collection}
      data-relation={match.relation}
      data-score={match.score}
      data-rank={rank}
    >
      <div class="version-head">
        {/* A possible version sits under "Possibly the same claim": a badge would only repeat it. */}
        {!possible && <RelationBadge relation={match.relation} />}
        <SourceLine id={match.report} report={report} onOpenReport={onOpenReport} />
        {report?.collection && (
          <span class="collection-chip" title={t('collectionLabel', report.collection)}>
            <span class="visually-hidden">{t('collectionLabel', '')}</span>
            {report.collection}
          </span>
        )}
      </div>
      {/* The page sentence is shown once at the top of the card; this copy is for the DOM contract. */}
      <span data-page-sentence hidden>
        {match.pageSentence}
      </span>
      <blockquote class="report-sentence" cite={report?.url ?? undefined}>
        <span data-report-sentence>
          <MarkedText text={match.reportSentence} phrases={match.differences.map((d) => d.report)} />
        </span>
      </blockquote>
      {match.relation === 'diverges' && strongest && (
        <p class="divergence-line" data-divergence-line>
          {divergenceLine(strongest, outlet)}
        </p>
      )}
      <DifferenceList differences={match.differences} outlet={outlet} />
      {possible && onJudge && (
        <div class="judge-actions">
          <button
            type="button"
            class="judge confirm"
            data-action="confirm-version"
            title={t('confirmVersionTitle')}
            onClick={() => onJudge(match, 'confirmed')}
          >
            <span aria-hidden="true">✓ </span>
            {t('confirmVersion')}
          </button>
          <button
            type="button"
            class="judge reject"
            data-action="reject-version"
            title={t('rejectVersionTitle')}
            onClick={() => onJudge(match, 'rejected')}
          >
            <span aria-hidden="true">✕ </span>
            {t('rejectVersion')}
          </button>
        </div>
      )}
      <div class="version-actions">
        <WhyThisMatch shared={match.shared} score={match.score} />
        {!possible && (
          <button
            type="button"
            class="copy-citation"
            onClick={() => onCopy(formatCitation(report, match.report, match.reportSentence))}
          >
            {t('copyCitation')}
          </button>
        )}
        {!possible && (
          <CitationMenu
            item={() => reportItem(report ?? unknownReport(match), new Date())}
            onCopy={onCopy}
            label={t('citeSource', outlet)}
          />
        )}
        {!possible && onJudge && (
          <button
            type="button"
            class="link-button hide-version"
            data-action="hide-version"
            title={t('hideVersionTitle')}
            onClick={() => onJudge(match, 'rejected')}
          >
            {t('hideVersion')}
          </button>
        )}
      </div>
    </li>
  );
}

/** A report the panel has no metadata for: cited by what the version shows. */
function unknownReport(match: Match): ReportMeta {
  return {
    id: match.report,
    title: null,
    outlet: null,
    url: null,
    date: null,
    dateApproximate: false,
    language: 'en',
  };
}
