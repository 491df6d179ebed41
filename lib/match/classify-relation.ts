import { equalFigures, type FigurePair } from '../figures/compare-figures';
import { nearestMarker, scopeMarkers } from '../figures/find-scope';
import type { Figure } from '../figures/types';
import { STOPWORDS } from '../text/stopwords';
import {
  attributionDifference,
  directionDifference,
  isDenial,
  negationDifference,
  titleDifference,
} from './claim-checks';
import { quotationsOf } from './quotations';
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
  const differences: Difference[] = [];
  const agreeingFigures: string[] = [];
  const compatibleFigures: Array<{ page: string; report: string }> = [];
  // One event's count against a running total: two quantities, shown as scope, never a conflict.
  const apart: Difference[] = [];
  for (const pair of figurePairs) {
    if (pair.verdict === 'conflict') {
      // Dates are compared only when both date one event ("revoked the visa in September").
      const aspect = pair.page.kind === 'date' ? 'date' : 'figure';
      const { page: p, report: r } = pair;
      // Rates are read per day: the reader sees them in one unit ("one every 40 minutes" ≈ 36 a day).
      const perDay =
        p.kind === 'rate' && r.kind === 'rate' && p.value !== null && r.value !== null
          ? { perDay: { page: p.value, report: r.value } }
          : {};
      differences.push({ aspect, page: p.text, report: r.text, ...perDay });
    } else if (pair.verdict === 'apart') {
      apart.push({ aspect: 'scope', page: framed(page, pair.page), report: framed(report, pair.report) });
    } else if (pair.verdict === 'scope') {
      differences.push({
        aspect: 'scope',
        page: framed(page, pair.page),
        report: framed(report, pair.report),
      });
    } else if (equalFigures(pair.page, pair.report)) {
      agreeingFigures.push(pair.page.text);
    } else {
      compatibleFigures.push({ page: pair.page.text, report: pair.report.text });
    }
  }
  const sameClaim =
    agreeingFigures.length + compatibleFigures.length > 0 ||
    sharedQuote !== null ||
    score >= corroborateScore;
  const negation = negationDifference(page, report, sharedWords, reportSharedWords);
  for (const check of [
    negation && (sameClaim || !isDenial(negation)) ? negation : null,
    // Another speaker is a difference only in a version known to state the same claim: two loosely
    // similar sentences by different people ("Petro announced at a cabinet meeting…", "Trump told a
    // cabinet meeting…") are two statements, not one claim attributed twice.
    sameClaim ? attributionDifference(page, report) : null,
    sameClaim ? directionDifference(page, report) : null,
    titleDifference(page, report),
  ]) {
    if (check) differences.push(check);
  }
  const relation: Relation =
    differences.length > 0 ? 'diverges' : sameClaim && apart.length === 0 ? 'corroborates' : 'related';
  return { relation, differences: [...differences, ...apart], agreeingFigures, compatibleFigures };
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

/** A figure with the words that frame it: "single … 2,700 tons of the drug". */
function framed(sentence: string, figure: Figure): string {
  const marker = nearestMarker(scopeMarkers(sentence), figure.start, figure.end);
  if (!marker) return figure.text;
  return marker.start < figure.start ? `${marker.words} … ${figure.text}` : `${figure.text} ${marker.words}`;
}
