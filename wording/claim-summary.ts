import type { Comparison, Match, Relation } from '@/lib/match/types';
import { plural, t } from './i18n';

// Counting claims, shared by the panel's header, the popup and the toolbar badge so they never disagree.

/** Strongest first: one diverging version makes the whole claim "diverges". */
const RELATION_RANK: Record<Relation, number> = { diverges: 0, corroborates: 1, related: 2 };

/** One page sentence with every other version of it, best first (the engine's order). */
export interface Claim {
  pageIndex: number;
  pageSentence: string;
  relation: Relation;
  versions: Match[];
}

export function strongestRelation(matches: readonly Match[]): Relation {
  return matches.reduce<Relation>(
    (best, m) => (RELATION_RANK[m.relation] < RELATION_RANK[best] ? m.relation : best),
    'related',
  );
}

/** Groups a comparison's matches into claims, in page order. */
export function groupClaims(comparison: Comparison): Claim[] {
  const byIndex = new Map<number, Match[]>();
  for (const m of comparison.matches) {
    const list = byIndex.get(m.pageIndex);
    if (list) list.push(m);
    else byIndex.set(m.pageIndex, [m]);
  }
  return [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .map(([pageIndex, versions]) => ({
      pageIndex,
      pageSentence: versions[0]!.pageSentence,
      relation: strongestRelation(versions),
      versions,
    }));
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
  for (const c of claims) counts[c.relation] += 1;
  counts.claims = counts.diverges + counts.corroborates;
  counts.reports = new Set(
    comparison.matches.filter((m) => m.relation !== 'related').map((m) => m.report),
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
