import { equalFigures, type FigurePair } from '../figures/compare-figures';
import { quotationsOf } from '../analysis/quotations';
import { STOPWORDS } from '../text/stopwords';
import { findDifferences } from './differences';
import type { Difference, Relation } from './types';

/** The verdict on a pair already known to state the same claim. */
export interface Verdict {
  relation: Relation;
  differences: Difference[];
  /** Figures both sentences print alike after normalisation ("84%" ~ "84 percent"). */
  agreeingFigures: string[];
  /** Figures that agree without being equal ("over 1,400" ~ "over 1,446"): compatible, not shared. */
  compatibleFigures: Array<{ page: string; report: string }>;
}

/**
 * Decides how a report sentence stands to the page sentence, by explicit checks (RESEARCH.md:
 * bag-of-words similarity cannot tell agreement from conflict): conflicting figures, another scope
 * for the same figure, a negated shared word, another source, another title → diverges; figures
 * that agree, a shared quotation, or a close paraphrase → corroborates; else related.
 */
export function classifyRelation(
  page: string,
  report: string,
  evidence: {
    figurePairs: readonly FigurePair[];
    /** Words both sentences quote (`findSharedQuote`), or null. */
    sharedQuote: string | null;
    sharedWords: readonly string[];
    /** The same shared words as the report prints them; the page's spelling when not given. */
    reportSharedWords?: readonly string[];
    score: number;
    corroborateScore: number;
  },
): Verdict {
  const { figurePairs, sharedQuote, sharedWords, reportSharedWords, score, corroborateScore } = evidence;
  const agreeing = figurePairs.filter((p) => p.verdict === 'agree');
  // Shared means equal after normalisation ("84%" ~ "84 percent"); figures that agree without being
  // equal ("over 1,400" ~ "over 1,446") are compatible, listed apart.
  const agreeingFigures = agreeing.filter((p) => equalFigures(p.page, p.report)).map((p) => p.page.text);
  const compatibleFigures = agreeing
    .filter((p) => !equalFigures(p.page, p.report))
    .map((p) => ({ page: p.page.text, report: p.report.text }));
  const sameClaim = agreeing.length > 0 || sharedQuote !== null || score >= corroborateScore;
  const differences: Difference[] = findDifferences({
    page,
    report,
    figurePairs,
    sharedWords,
    reportSharedWords: reportSharedWords ?? sharedWords,
    sameClaim,
  });
  // One event's count against a running total ("the first missile killed nine" / "strikes have
  // killed 83"): two quantities, shown as a scope difference, never a conflict: at most related.
  const apart = figurePairs.filter((p) => p.verdict === 'apart').length;
  const conflicts = differences.length - apart;
  const relation: Relation =
    conflicts > 0 ? 'diverges' : sameClaim && apart === 0 ? 'corroborates' : 'related';
  return { relation, differences, agreeingFigures, compatibleFigures };
}

/**
 * Words both sentences quote, when one quotation contains the other ("sounds good" in "It sounds
 * good to me"): at least `minWords` words, not all of them function words.
 */
export function findSharedQuote(a: string, b: string, minWords = 1): string | null {
  const qa = quotationsOf(a);
  if (qa.length === 0) return null;
  for (const { lower: x } of qa) {
    for (const { lower: y } of quotationsOf(b)) {
      const [short, long] = x.length <= y.length ? [x, y] : [y, x];
      const words = short.split(/\s+/);
      if (
        words.length >= minWords &&
        words.some((w) => !STOPWORDS.has(w)) &&
        ` ${long} `.includes(` ${short} `)
      )
        return short;
    }
  }
  return null;
}
