import { foldCase, normalizeText, straightenQuotes } from '../text/normalize';
import type { Match, SharedEvidence } from './types';
import { SentenceMemo } from '../analysis/sentence-memo';

// Possible versions: report sentences that scored below the confidence floor but are the likeliest
// to state the page's claim. The engine offers them for the reader to judge and never claims them:
// they carry no differences, and the panel, the badge and the highlights count only confident
// versions. A reader's decision on a pair ("same claim" / "not the same") is fed back as pair keys.

/** The reader's decisions on pairs of sentences, as `pairKey`s. */
export interface Decisions {
  /** Pairs the reader judged to state the same claim: versions, labelled by the usual checks. */
  confirmed: readonly string[];
  /** Pairs the reader judged not to: neither offered nor shown again. */
  rejected: readonly string[];
}

export const NO_DECISIONS: Decisions = Object.freeze({ confirmed: [], rejected: [] });

/** Text as a decision remembers it: spacing, quotes and case do not make another sentence. */
export function normalizeSentence(text: string): string {
  return foldCase(straightenQuotes(normalizeText(text)).replace(/\s+/g, ' ').trim());
}

/**
 * The key of a decision on a pair: the same two sentences meeting again on another page, or in
 * another copy of the article, find it.
 */
export function pairKey(pageSentence: string, report: string, reportSentence: string): string {
  return JSON.stringify([normalizeSentence(pageSentence), report, normalizeSentence(reportSentence)]);
}

/** Decisions looked up by key. */
export class DecisionLookup {
  private readonly confirmedKeys: ReadonlySet<string>;
  private readonly rejectedKeys: ReadonlySet<string>;

  constructor(decisions: Decisions) {
    this.confirmedKeys = new Set(decisions.confirmed);
    this.rejectedKeys = new Set(decisions.rejected);
  }

  get empty(): boolean {
    return this.confirmedKeys.size === 0 && this.rejectedKeys.size === 0;
  }

  decisionOn(key: string): 'confirmed' | 'rejected' | null {
    if (this.rejectedKeys.has(key)) return 'rejected';
    return this.confirmedKeys.has(key) ? 'confirmed' : null;
  }
}

/** A candidate below the floor, with what makes it likelier than its score alone says. */
export interface Offer {
  at: Pick<Match, 'pageSentence' | 'pageIndex' | 'report' | 'reportSentence' | 'reportIndex'>;
  score: number;
  /** What the two share, read only for the few offered (most candidates are never shown). */
  shared: () => SharedEvidence;
  /** Both sentences print the same quantity or quote the same words: evidence of one statement. */
  sharesStatement: boolean;
  /** Weight of the shared words that are not names. */
  contentWeight: number;
}

/** An offered candidate as a possible version: no relation claimed, no differences computed. */
function possibleMatch(offer: Offer): Match {
  const score = Math.round(offer.score * 1000) / 1000;
  // Field by field (in the order a spread of `at` gives): spreading it took a slow copy path.
  const { pageSentence, pageIndex, report, reportSentence, reportIndex } = offer.at;
  return {
    pageSentence,
    pageIndex,
    report,
    reportSentence,
    reportIndex,
    relation: 'possible',
    score,
    differences: [],
    shared: offer.shared(),
  };
}

/** Case and spacing apart, the same wording: a syndicated copy is not another version. */
const wordings = new SentenceMemo((text) => text.toLowerCase().replace(/\s+/g, ' ').trim());
// Read once per report sentence: each is offered for many page sentences, on every page.
const wordingOf = (text: string) => wordings.get(text);

/**
 * The possible versions to offer for one page sentence, likeliest first: above their own floor, a
 * shared quantity or quotation first, then by `likelihood`; never a sentence the confident versions
 * already print (a syndicated copy), never two of the same wording.
 */
export function pickPossible(
  offers: readonly Offer[],
  confident: readonly Match[],
  { max, minScore }: { max: number; minScore: number },
): Match[] {
  if (max <= 0) return [];
  const seen = new Set(confident.map((m) => wordingOf(m.reportSentence)));
  const picked: Match[] = [];
  // Each offer's rank read once, not at each of the sort's comparisons.
  const ranked = offers
    .filter((o) => o.score >= minScore)
    .map((offer) => ({ offer, statement: Number(offer.sharesStatement), likelihood: likelihood(offer) }))
    .sort((a, b) => b.statement - a.statement || b.likelihood - a.likelihood);
  for (const { offer } of ranked) {
    if (picked.length >= max) break;
    const wording = wordingOf(offer.at.reportSentence);
    if (seen.has(wording)) continue;
    seen.add(wording);
    picked.push(possibleMatch(offer));
  }
  return picked;
}

/**
 * How likely a sub-floor candidate states the page's claim. The score is a cosine: one clause of a
 * long sentence shared with one clause of another scores low however much it shares. The weight of
 * the shared words that are not names does not shrink with length; the geometric mean of the two
 * ranks a clause-level paraphrase above a short sentence sharing only the story's common words.
 * Measured on ../shared/eval: reach 0.817 by score alone, 0.833 so; weight alone 0.783.
 */
function likelihood(offer: Offer): number {
  return offer.score * Math.sqrt(offer.contentWeight);
}
