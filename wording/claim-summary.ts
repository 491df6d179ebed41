import type { Comparison, Match, Relation } from '@/lib';
import { plural, t } from './i18n';

// Counting claims, shared by the panel's header, the popup and the toolbar badge so they never disagree.

/** Strongest first: one diverging version makes the whole claim "diverges". */
const RELATION_RANK: Record<Relation, number> = { diverges: 0, corroborates: 1, related: 2, possible: 3 };

/** One page sentence with every other version of it, best first (the engine's order). */
export interface Claim {
  pageIndex: number;
  pageSentence: string;
  /** The strongest relation of its versions; `possible` when it has only possible versions. */
  relation: Relation;
  versions: Match[];
  /** Report sentences that may state it, offered for the reader to judge (never counted). */
  possible: Match[];
}

/** A version the engine states, as opposed to a possible one it only offers. */
export const isClaimed = (m: Match): boolean => m.relation !== 'possible';

/** The matches the engine states: what every count, the badge and the highlights are made of. */
export function claimedMatches(matches: readonly Match[]): Match[] {
  return matches.filter(isClaimed);
}

export function strongestRelation(matches: readonly Match[]): Relation {
  return matches.reduce<Relation>(
    (best, m) => (RELATION_RANK[m.relation] < RELATION_RANK[best] ? m.relation : best),
    'related',
  );
}

function bySentence(comparison: Comparison): Claim[] {
  const byIndex = new Map<number, Match[]>();
  for (const m of comparison.matches) {
    const list = byIndex.get(m.pageIndex);
    if (list) list.push(m);
    else byIndex.set(m.pageIndex, [m]);
  }
  return [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .map(([pageIndex, all]) => {
      const versions = claimedMatches(all);
      return {
        pageIndex,
        pageSentence: all[0]!.pageSentence,
        relation: versions.length > 0 ? strongestRelation(versions) : 'possible',
        versions,
        possible: all.filter((m) => !isClaimed(m)),
      };
    });
}

/** Groups a comparison's matches into claims (sentences with a version it states), in page order. */
export function groupClaims(comparison: Comparison): Claim[] {
  return bySentence(comparison).filter((c) => c.versions.length > 0);
}

/** The sentences with no version the engine states but some possible ones, in page order. */
export function possibleClaims(comparison: Comparison): Claim[] {
  return bySentence(comparison).filter((c) => c.versions.length === 0);
}

export interface ClaimCounts {
  /** Claims found: corroborated or diverging. A related-only claim is another story or topic, not a find. */
  claims: number;
  /** Reports printing a corroborating or diverging version. */
  reports: number;
  diverges: number;
  corroborates: number;
  /** Claims with related versions only, counted apart. */
  related: number;
}

/** How many claims were found, in how many other reports, and how many claims each relation leads. */
export function countClaims(comparison: Comparison): ClaimCounts {
  const claims = groupClaims(comparison);
  const counts: ClaimCounts = { claims: 0, reports: 0, diverges: 0, corroborates: 0, related: 0 };
  for (const c of claims) if (c.relation !== 'possible') counts[c.relation] += 1;
  // Found means corroborated or diverging; related-only claims are counted apart.
  counts.claims = counts.diverges + counts.corroborates;
  counts.reports = new Set(
    claimedMatches(comparison.matches)
      .filter((m) => m.relation !== 'related')
      .map((m) => m.report),
  ).size;
  return counts;
}

/** "5 claims found in 3 other reports" */
export function summaryLine(counts: ClaimCounts): string {
  if (counts.claims === 0) return t('summaryNone');
  return t(
    'summaryLine',
    plural(counts.claims, 'claimsFoundOne', 'claimsFoundOther'),
    plural(counts.reports, 'otherReportsOne', 'otherReportsOther'),
  );
}

/** "2 diverge": how many claims have a diverging version. */
export function divergeCount(n: number): string {
  return plural(n, 'divergeOne', 'divergeOther');
}

/** "3 corroborated" */
export function corroboratedCount(n: number): string {
  return plural(n, 'corroboratedOne', 'corroboratedOther');
}

/** "1 related only" */
export function relatedOnlyCount(n: number): string {
  return plural(n, 'relatedOnlyOne', 'relatedOnlyOther');
}

/** The toolbar button's tooltip: every count, in words. */
export function badgeTooltip(counts: ClaimCounts): string {
  return t(
    'badgeTooltip',
    plural(counts.claims, 'claimCountOne', 'claimCountOther'),
    plural(counts.reports, 'otherReportsOne', 'otherReportsOther'),
    divergeCount(counts.diverges),
    corroboratedCount(counts.corroborates),
    relatedOnlyCount(counts.related),
  );
}
