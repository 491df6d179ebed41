import type { ClaimClusters } from '../corpus/claim-clusters';
import type { Corpus } from '../corpus/corpus';

/** What candidate spreading needs to know of a corpus sentence. */
export interface CandidateGroups {
  /** Its claim cluster, or -1 when no other sentence states its claim. */
  clusterOf(sentence: number): number;
  /** The report it is from (any number that tells reports apart). */
  reportOf(sentence: number): number;
}

/** A corpus's sentences grouped by claim cluster and by report. */
export function candidateGroups(corpus: Corpus): CandidateGroups {
  return {
    clusterOf: (sentence) => corpus.clusters.clusterOf(sentence),
    reportOf: (sentence) => corpus.locate(sentence).reportIndex,
  };
}

/**
 * Chooses the `limit` sentences to score from the index's ranking, best first. Near-identical
 * retellings of one claim share the same keys, so they rank side by side and would spend the
 * budget on one claim many times over while other outlets' versions, worded their own way, fall
 * out: the first pass takes one sentence per claim cluster and at most `perReport` per report; what
 * budget is left goes to the rest in rank order. The members a chosen sentence stands for are
 * scored when it matches (`CandidateQueue`).
 */
export function spreadCandidates(
  ranked: readonly number[],
  limit: number,
  groups: CandidateGroups,
  perReport: number,
): number[] {
  const chosen: number[] = [];
  const passedOver: number[] = [];
  const claims = new Set<number>();
  const perReportCount = new Map<number, number>();
  for (const sentence of ranked) {
    if (chosen.length >= limit) break;
    const cluster = groups.clusterOf(sentence);
    const report = groups.reportOf(sentence);
    const fromReport = perReportCount.get(report) ?? 0;
    if ((cluster >= 0 && claims.has(cluster)) || fromReport >= perReport) {
      if (passedOver.length < limit) passedOver.push(sentence);
      continue;
    }
    if (cluster >= 0) claims.add(cluster);
    perReportCount.set(report, fromReport + 1);
    chosen.push(sentence);
  }
  for (const sentence of passedOver) {
    if (chosen.length >= limit) break;
    chosen.push(sentence);
  }
  return chosen;
}

/**
 * The candidates of one page sentence in the order they are scored: those chosen from the index,
 * then, for each that matched, the other members of its claim cluster, each to be scored against
 * the page sentence itself, so that every outlet's version of a matched claim is found however few
 * places the budget gave its cluster. At most `extra` members are added per page sentence (as many
 * as a claim can show, `maxPerSentence`): a claim a thousand reports print needs no thousand
 * scorings to be shown.
 */
export class CandidateQueue {
  /** Iterate this: members queued while iterating are visited too. */
  readonly order: number[];
  private readonly queued: Set<number>;
  private room: number;

  constructor(
    candidates: readonly number[],
    private readonly clusters: ClaimClusters,
    extra: number,
  ) {
    this.order = [...candidates];
    this.queued = new Set(candidates);
    this.room = extra;
  }

  /** Queues the other members of a matched candidate's cluster. */
  matched(candidate: number): void {
    const cluster = this.clusters.clusterOf(candidate);
    if (cluster < 0) return;
    for (const member of this.clusters.membersOf(cluster)) {
      if (this.room <= 0) return;
      if (this.queued.has(member)) continue;
      this.queued.add(member);
      this.order.push(member);
      this.room--;
    }
  }
}
