import { nearestMarker, scopeMarkers } from '../../figures/find-scope';
import type { Figure } from '../../figures/types';
import type { DifferenceCheck } from './types';

/**
 * The same figure in another frame ("the largest single seizure, 2,700 tons" / "2,700 tons to date"),
 * or one event's count against a running total ("the first missile killed nine" / "have killed 83",
 * a pair `apart`: two quantities, never a conflict; classifyRelation keeps such a pair related).
 */
export const scope = {
  aspect: 'scope',
  onlySameClaim: false,
  find: ({ page, report, figurePairs }) =>
    figurePairs
      .filter((pair) => pair.verdict === 'scope' || pair.verdict === 'apart')
      .map((pair) => ({ page: framed(page, pair.page), report: framed(report, pair.report) })),
} as const satisfies DifferenceCheck;

/** A figure with the words that frame it: "single … 2,700 tons of the drug". */
function framed(sentence: string, figure: Figure): string {
  const marker = nearestMarker(scopeMarkers(sentence), figure.start, figure.end);
  if (!marker) return figure.text;
  return marker.start < figure.start ? `${marker.words} … ${figure.text}` : `${figure.text} ${marker.words}`;
}
