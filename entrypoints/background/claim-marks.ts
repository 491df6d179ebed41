import type { ReportMeta } from '@/lib/corpus/types';
import type { Comparison } from '@/lib/match/types';
import type { ClaimMark } from '@/messaging/protocol';
import { groupClaims } from '@/components/claim-summary';
import { outletName } from '@/components/format-citation';

// What the content script highlights: one mark per page claim with its strongest relation and the
// one line shown on hover.

function names(ids: string[], reports: ReadonlyMap<string, ReportMeta>): string {
  const unique = [...new Set(ids)].map((id) => outletName(reports.get(id), id));
  return unique.length <= 2
    ? unique.join(' and ')
    : `${unique.slice(0, 2).join(', ')} and ${unique.length - 2} more`;
}

export function claimMarks(comparison: Comparison, reports: ReadonlyMap<string, ReportMeta>): ClaimMark[] {
  return groupClaims(comparison).map((claim) => {
    const of = (relation: string) => claim.versions.filter((v) => v.relation === relation);
    let summary: string;
    if (claim.relation === 'diverges') {
      const [first] = of('diverges');
      const diff = first!.differences[0];
      summary = `Diverges from ${names(
        of('diverges').map((v) => v.report),
        reports,
      )}`;
      if (diff) summary += `: “${diff.page}” vs “${diff.report}”`;
    } else if (claim.relation === 'corroborates') {
      summary = `Corroborated by ${names(
        of('corroborates').map((v) => v.report),
        reports,
      )}`;
    } else {
      summary = `Related to ${names(
        of('related').map((v) => v.report),
        reports,
      )} (nothing to compare)`;
    }
    return { pageIndex: claim.pageIndex, sentence: claim.pageSentence, relation: claim.relation, summary };
  });
}
