import type { Figure } from '../../figures/types';
import type { PairLook, PairReviewer } from './pair-review';

/**
 * Thresholds of the second look, chosen on ../shared/eval (`npm run score`) and checked on the
 * pages of tests/other-coverage.test.ts; docs/quality-levers.md has the figures.
 */
export const SECOND_LOOK = Object.freeze({
  /** Below this sentence score a pair is not looked at again: nothing of one claim is shared. */
  minScore: 0.08,
  /** Least score of the clauses that tell one event (shared frame and participant) to count as a version. */
  eventClauseScore: 0.3,
  /** From this score of those clauses, a version with nothing conflicting corroborates. */
  corroborateEventScore: 0.35,
});

/** What the second look makes of a pair the bag of words scored. */
export interface SecondVerdict {
  /** `promote`: a version below the floor; `drop`: not one claim whatever the score; else `keep`. */
  action: 'promote' | 'drop' | 'keep';
  /** Both tell one event (frame, participant, clause) closely enough to corroborate if compatible. */
  sameEvent: boolean;
}

/**
 * Sentences that report different kinds of act of the same people ("invited Trump to visit" /
 * "a direct call from Petro to Trump") are two claims, unless a shared quotation or quantity
 * anchors them. Below the floor, a pair of clauses that tell one event (one kind of act, one
 * participant, close words) is a version: "Petro cited record cocaine seizures" / "Petro also
 * reported the seizure of 2,700 tons".
 */
export function judgePair(
  look: PairLook,
  pair: {
    score: number;
    floor: number;
    /** A shared quotation or quantity ties the two sentences. */
    anchored: boolean;
    /** Both sentences print counts or amounts (not dates). */
    bothCount?: boolean;
  },
): SecondVerdict {
  const event = look.eventClause?.score ?? 0;
  // A version already above the floor needs only to report the same act of the same people.
  const sameEvent =
    event >= SECOND_LOOK.corroborateEventScore || (pair.score >= pair.floor && look.sameEvent);
  if (!pair.anchored && look.frames === 'conflict') return { action: 'drop', sameEvent: false };
  // Sentences that each print counts and share none count different things ("killed two" / "83").
  const counts = (look.eventClause?.bothFigures === true || pair.bothCount === true) && !pair.anchored;
  if (pair.score < pair.floor && event >= SECOND_LOOK.eventClauseScore && !counts)
    return { action: 'promote', sameEvent };
  return { action: 'keep', sameEvent };
}

/**
 * Whether a sentence's figures count or measure something precisely: a date says when, not how
 * many, and "hundreds of operations" fits any count.
 */
export function hasCount(figures: readonly Figure[]): boolean {
  return figures.some((f) => f.kind !== 'date' && f.qualifier !== 'vague');
}

/** The verdict that leaves a pair as its score has it. */
export const KEEP_SCORE: SecondVerdict = Object.freeze({ action: 'keep', sameEvent: false });
const KEEP = KEEP_SCORE;

/**
 * The second look at one candidate pair, taken only where it can change something: a pair with
 * no act on one side has no event to share or to conflict with, different acts matter only for a
 * pair the floor would keep, and one event only for a pair that would not corroborate anyway.
 */
export function secondLook(
  reviewer: PairReviewer,
  pair: Parameters<typeof judgePair>[1] & {
    pageIndex: number;
    pageKeys: readonly string[];
    candidate: number;
    /** The score from which a version corroborates anyway. */
    corroborateScore: number;
    /** Whether the two sentences share a name at all. */
    sharesName: boolean;
  },
): SecondVerdict {
  if (pair.score < SECOND_LOOK.minScore) return KEEP;
  const quick = reviewer.quickFrames(pair.pageIndex, pair.pageKeys, pair.candidate);
  if (quick === 'none' || (quick === 'conflict' && pair.score < pair.floor)) return KEEP;
  // One event needs a participant both name, and adds nothing to a version that corroborates anyway.
  if (quick === 'shared' && (pair.score >= pair.corroborateScore || !pair.sharesName)) return KEEP;
  return judgePair(reviewer.look(pair.pageIndex, pair.candidate), pair);
}
