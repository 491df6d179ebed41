import type { SentenceIndex } from '../corpus/sentence-index';

/** Postings this short are always walked: cheap, and rare keys are the best evidence. */
const RARE_POSTINGS = 64;

/** A key of the page sentence as the index knows it. */
export interface QueryKey {
  key: string;
  termId: number | undefined;
  weight: number;
  isName: boolean;
}

/**
 * The corpus sentences worth scoring for one page sentence: those that share its keys. Keys found
 * in few sentences are all looked up (their postings are short); of the common ones only the
 * `queryKeys` heaviest, so a long sentence never walks the postings of its everyday words. Only
 * the `limit` sentences sharing the most weight are returned, or those `choose` picks from the
 * ranking (`spreadCandidates`: distinct claims first).
 */
export function findCandidates(
  index: SentenceIndex,
  query: readonly QueryKey[],
  queryKeys: number,
  limit: number,
  choose: (ranked: readonly number[], limit: number) => number[] = (ranked) => ranked.slice(0, limit),
): number[] {
  const rareEnough = Math.max(RARE_POSTINGS, index.size * 0.001);
  const known = query.filter((q) => q.termId !== undefined);
  const rare = known.filter((q) => index.documentFrequency(q.termId!) <= rareEnough);
  const common = known
    .filter((q) => index.documentFrequency(q.termId!) > rareEnough)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, queryKeys);
  // Names alone never make a match, so they are looked up only beside words of the claim.
  const lookups = [...rare, ...common];
  if (!lookups.some((q) => !q.isName)) return [];
  const board = scoreboard(index);
  const touched: number[] = [];
  for (const q of lookups) {
    index.forEachSentence(q.termId!, (sentence) => {
      if (board[sentence] === 0) touched.push(sentence);
      board[sentence] = board[sentence]! + q.weight;
    });
  }
  touched.sort((a, b) => board[b]! - board[a]!);
  const best = choose(touched, limit);
  for (const sentence of touched) board[sentence] = 0;
  return best;
}

// One zeroed array of per-sentence scores per index, reused by every lookup: cheaper than a Map
// when a common key touches thousands of sentences. Every touched entry is reset after use.
const boards = new WeakMap<SentenceIndex, Float64Array>();

function scoreboard(index: SentenceIndex): Float64Array {
  let board = boards.get(index);
  if (!board || board.length < index.size) {
    board = new Float64Array(Math.ceil(Math.max(index.size, 1024) * 1.5));
    boards.set(index, board);
  }
  return board;
}
