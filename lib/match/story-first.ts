import { spreadCandidates, type CandidateGroups } from './spread-candidates';

/**
 * Chooses the candidates to score from the index's ranking, the sentences of the reports that tell
 * the page's story first (spread over claims and reports among themselves, `spreadCandidates`), the
 * rest with what budget is left. Spread over every report at once, a thousand unrelated reports
 * that each share an everyday word ("warned", "drug") take the budget one sentence apiece, and a
 * story report's third version of a claim is passed over for good.
 */
export function storyFirst(
  ranked: readonly number[],
  limit: number,
  groups: CandidateGroups,
  perReport: number,
  inStory: (sentence: number) => boolean,
): number[] {
  const story: number[] = [];
  const rest: number[] = [];
  for (const sentence of ranked) (inStory(sentence) ? story : rest).push(sentence);
  if (rest.length === 0) return spreadCandidates(story, limit, groups, perReport);
  const chosen = spreadCandidates(story, limit, groups, perReport);
  return chosen.concat(spreadCandidates(rest, limit - chosen.length, groups, perReport));
}
