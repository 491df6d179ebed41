import type { Corpus } from '../corpus/corpus';
import type { Match } from './types';

/** Where a version comes from, for choosing which versions of a claim to show. */
export interface VersionOrigin {
  /** Its claim cluster, or any number no cluster uses when no other sentence states its claim. */
  claim: number;
  outlet: string;
}

/**
 * The versions of one page claim to show, at most `maxPerSentence` and `maxPerReport` from one
 * report, in the order given (best first). A large corpus has more versions than a panel shows,
 * and a story many outlets retell word for word would fill it with one wording: the first pass
 * takes the best version of each claim cluster from an outlet not shown yet, the second the best of
 * each cluster left, the third the best of each outlet left, the last the rest by rank.
 */
export function chooseVersions<T extends { report: string }>(
  matches: readonly T[],
  maxPerSentence: number,
  maxPerReport: number,
  originOf: (match: T) => VersionOrigin,
): T[] {
  if (matches.length <= maxPerSentence && matches.length <= maxPerReport) return [...matches];
  const origins = matches.map(originOf);
  const chosen = new Set<number>();
  const claims = new Set<number>();
  const outlets = new Set<string>();
  const perReport = new Map<string, number>();
  const take = (i: number) => {
    chosen.add(i);
    claims.add(origins[i]!.claim);
    outlets.add(origins[i]!.outlet);
    perReport.set(matches[i]!.report, (perReport.get(matches[i]!.report) ?? 0) + 1);
  };
  const passes: ((i: number) => boolean)[] = [
    (i) => !claims.has(origins[i]!.claim) && !outlets.has(origins[i]!.outlet),
    (i) => !claims.has(origins[i]!.claim),
    (i) => !outlets.has(origins[i]!.outlet),
    () => true,
  ];
  for (const pass of passes) {
    for (let i = 0; i < matches.length && chosen.size < maxPerSentence; i++) {
      if (chosen.has(i) || (perReport.get(matches[i]!.report) ?? 0) >= maxPerReport) continue;
      if (pass(i)) take(i);
    }
  }
  return matches.filter((_, i) => chosen.has(i));
}

/** Where a corpus's match comes from: its sentence's claim cluster, and its report's outlet (else the report). */
export function versionOrigin(corpus: Corpus): (match: Match) => VersionOrigin {
  return (match) => {
    const sentence = corpus.sentenceId(match.report, match.reportIndex) ?? -1;
    const cluster = sentence < 0 ? -1 : corpus.clusters.clusterOf(sentence);
    // A sentence no other states is a claim of its own: a number no cluster uses.
    return {
      claim: cluster >= 0 ? cluster : -2 - sentence,
      outlet: corpus.report(match.report)?.outlet ?? match.report,
    };
  };
}
