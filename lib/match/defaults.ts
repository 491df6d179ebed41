import { NO_DECISIONS, type Decisions } from './possible-versions';

/**
 * Every threshold and weight of the matcher, in one place. Each says why it has its value and
 * which test pins it; change one only with the score on ../shared/eval in front of you
 * (`npm run score`), and on the HTML fixtures.
 */
export interface CompareOptions {
  /** Show `related` versions (same topic, nothing to compare) as well as corroborating and diverging ones. */
  includeRelated: boolean;
  /** Least similarity (0..1) for a report sentence to count as a version of the page's claim. */
  minScore: number;
  /** Least similarity when both sentences quote the same words: reporters quote one statement alike. */
  minScoreQuoted: number;
  /** Similarity from which a version with nothing conflicting corroborates rather than relates. */
  corroborateScore: number;
  /** Least weight of shared words that are not names: "Petro" and "Colombia" alone are no claim. */
  minContentWeight: number;
  /**
   * Versions kept per page sentence, best first, and from any one report. A large corpus has more
   * versions of a claim than a panel can show; the panel folds them, the engine keeps a dozen.
   */
  maxPerSentence: number;
  maxPerReport: number;
  /** Page-sentence keys looked up in the index, rarest first (RESEARCH.md: cut queries to ~8 rare words). */
  queryKeys: number;
  /** Candidates per page sentence scored in full after the index lookup. */
  candidates: number;
  /**
   * Give a page about another story no version (lib/match/story-gate.ts). Off for a fact-checker's
   * own selection: it is compared whatever the page is about.
   */
  storyGate: boolean;
  /** Possible versions offered per page sentence, below the floor, for the reader to judge. */
  maxPossible: number;
  /** Least similarity for a possible version: below it, offering is noise. */
  minPossibleScore: number;
  /** The reader's decisions on pairs (`pairKey`): confirmed pairs are versions, rejected ones gone. */
  decisions: Decisions;
}

export const DEFAULT_COMPARE_OPTIONS: Readonly<CompareOptions> = Object.freeze({
  includeRelated: true,
  // Chosen on ../shared/eval (`npm run score`): below 0.27 false matches grow faster than true
  // ones; above it recall falls. Pinned by compare-sentences.test.ts.
  minScore: 0.27,
  // Measured on ../shared/eval: recall 0.455 → 0.515 with no false match added.
  minScoreQuoted: 0.15,
  corroborateScore: 0.45,
  minContentWeight: 2,
  maxPerSentence: 12,
  maxPerReport: 3,
  queryKeys: 10,
  // Scoring a candidate is cheap next to walking the postings (at 10,000 reports, 24 → 48 candidates
  // costs ~3 ms of a ~55 ms page); 48 keeps the gold pairs' report sentences in the running when many
  // retellings of one story compete (`npm run bench`: retrieval recall 0.80 → 0.91 at 1,000 reports).
  candidates: 48,
  storyGate: true,
  maxPossible: 3,
  minPossibleScore: 0.1,
  decisions: NO_DECISIONS,
});

/**
 * Names weigh less than words of the claim: every report of a story names its people. A figure
 * key weighs more: the same uncommon number in two sentences is strong evidence of one claim.
 */
export const NAME_WEIGHT = 0.35;
export const FIGURE_WEIGHT = 1.5;
/** A word matched only fuzzily (a cognate, a spelling variant) counts this share of its weight. */
export const FUZZY_WEIGHT = 0.6;
/** Fuse.js threshold for a fuzzy word match: 0 is exact; 0.3 admits "operaciones"~"operations". */
export const FUZZY_THRESHOLD = 0.3;
/**
 * Added to the similarity of two sentences that print the same quantity (same thing counted or
 * same unit): "over 1,400 ground operations" and "over 1,446 ground battles" state one claim even
 * when the rest of the sentences differ. Pinned by compare-sentences.test.ts.
 */
export const SAME_QUANTITY_BONUS = 0.2;

/**
 * Weight kept by a word of a page in a language no report is in, when the corpus has never seen
 * it (the lexicon did not carry it across). Chosen on the Spanish test pages
 * (tests/spanish-page.test.ts, tests/other-coverage.test.ts).
 */
export const UNTRANSLATED_WEIGHT = 0.3;

/**
 * A report tells the page's story when it prints at least this share of the page's story words
 * (names and uncommon words, by their rarity): the bundled reports print 16–100 % of one another's,
 * unrelated news reports at most 17 % of a long page's and 9 % of a report's (`npx tsx
 * scripts/bench/measure-quality.ts`; lib/match/story-weights.ts).
 */
export const STORY_COVERAGE = 0.15;
/**
 * Pairs are weighed among the story's sentences only when they are less than this share of the
 * corpus; otherwise the story is the corpus, and its own weights are used as they are.
 */
export const STORY_SHARE_OF_CORPUS = 0.5;
