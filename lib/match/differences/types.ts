import type { FigurePair } from '../../figures/compare-figures';

/** What a difference check sees of a matched pair. */
export interface PairEvidence {
  page: string;
  report: string;
  figurePairs: readonly FigurePair[];
  /** Words both sentences share, as the page prints them. */
  sharedWords: readonly string[];
  /** The same shared words as the report prints them. */
  reportSharedWords: readonly string[];
  /** Whether the pair is known to state the same claim (agreeing figures, a shared quotation, a close paraphrase). */
  sameClaim: boolean;
}

/** Both phrasings of one way two sentences differ; the registry adds the aspect. */
export interface Phrasings {
  page: string;
  report: string;
  /** Two conflicting rates, each read per day, so the reader sees them in one unit ("≈ 36 a day"). */
  perDay?: { page: number; report: number };
}

/** One aspect's check: its name, whether it needs a pair known to state one claim, and the finder. */
export interface DifferenceCheck<A extends string = string> {
  aspect: A;
  onlySameClaim: boolean;
  find: (pair: PairEvidence) => Phrasings[];
}
