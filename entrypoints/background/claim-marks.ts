import type { ReportMeta } from '@/lib';
import type { Comparison } from '@/lib';
import type { ClaimMark } from '@/messaging/protocol';
import { groupClaims } from '@/wording/claim-summary';
import { outletName } from '@/wording/format-citation';
import { t } from '@/wording/i18n';
import { strongestDifference } from '@/wording/rank-differences';

// What the content script highlights: one mark per page claim with its strongest relation and the
// one line shown on hover.

function names(ids: string[], reports: ReadonlyMap<string, ReportMeta>): string {
  const unique = [...new Set(ids)].map((id) => outletName(reports.get(id), id));
  const [first = '', second = ''] = unique;
  if (unique.length === 1) return first;
  return unique.length === 2
    ? t('namesTwo', first, second)
    : t('namesMore', first, second, unique.length - 2);
}

export function claimMarks(comparison: Comparison, reports: ReadonlyMap<string, ReportMeta>): ClaimMark[] {
  return groupClaims(comparison).map((claim) => {
    const of = (relation: string) => claim.versions.filter((v) => v.relation === relation);
    const namesOf = (relation: string) =>
      names(
        of(relation).map((v) => v.report),
        reports,
      );
    let summary: string;
    if (claim.relation === 'diverges') {
      // The strongest difference of any diverging version: a conflicting count before an approximator.
      const diff = strongestDifference(of('diverges').map((v) => v.differences));
      summary = diff
        ? t('hoverDivergesOn', namesOf('diverges'), diff.page, diff.report)
        : t('hoverDiverges', namesOf('diverges'));
    } else if (claim.relation === 'corroborates') {
      summary = t('hoverCorroborated', namesOf('corroborates'));
    } else {
      summary = t('hoverRelated', namesOf('related'));
    }
    return { pageIndex: claim.pageIndex, sentence: claim.pageSentence, relation: claim.relation, summary };
  });
}
