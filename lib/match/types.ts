import type { Language } from '../lang';
import type { Aspect } from './differences';

/**
 * How a report's sentence stands to the page's sentence. `possible`: below the confidence floor,
 * offered for the reader to judge, never claimed (no differences, not counted).
 */
export type Relation = 'corroborates' | 'diverges' | 'related' | 'possible';

/** One way two matched sentences differ: the aspect and both phrasings, verbatim. */
export interface Difference {
  /** What differs: one of the aspects of `DIFFERENCE_CHECKS` (lib/match/differences/index.ts). */
  aspect: Aspect;
  page: string;
  report: string;
  /** Two rates in one unit, per day ("one every 40 minutes" is 36), so the reader can compare them. */
  perDay?: { page: number; report: number };
}

/** What two matched sentences have in common: the evidence behind a match ("why this match"). */
export interface SharedEvidence {
  words: string[];
  names: string[];
  /** Figures printed alike after normalisation ("84%" / "84 percent"). */
  figures: string[];
  /** Figures that agree without being equal ("over 1,496" / "over 1,446"): compatible, not shared. */
  compatible?: Array<{ page: string; report: string }>;
}

/** One version of a page claim printed by another report. */
export interface Match {
  pageSentence: string;
  /** Position of the page sentence in the page's sentence list. */
  pageIndex: number;
  /** The report's id: its file name in the corpus, e.g. `001_dbd028569688f37c.txt`. */
  report: string;
  reportSentence: string;
  /** Position of the sentence in the report's sentence list. */
  reportIndex: number;
  relation: Relation;
  /** 0..1, higher is a closer match. */
  score: number;
  differences: Difference[];
  shared: SharedEvidence;
}

/** The result of comparing one page with the corpus. */
export interface Comparison {
  page: {
    title: string | null;
    sentences: number;
    /** The report id when the page is itself one of the corpus's reports; left out of the comparison. */
    self: string | null;
    language: Language;
    /** How much of the corpus's story the page tells (lib/match/story-gate.ts). */
    storyScore?: number;
    /** The page tells another story: no version is given unless the comparison was asked for (`storyGate` off). */
    offStory?: boolean;
    /** Set when the text was longer than the engine reads (MAX_ANALYSED_CHARS): the rest was not compared. */
    truncated?: boolean;
    /** With `truncated`: how many characters of the text were read. */
    charsRead?: number;
  };
  /** In page order, then best score first. */
  matches: Match[];
}
