import type { Corpus } from '../corpus/corpus';
import type { Match } from './types';
import { wordingFamilies, wordingOf } from './wording-families';

/** Where a version comes from, for choosing which versions of a claim to show. */
export interface VersionOrigin {
  /** Its claim cluster, or any number no cluster uses when no other sentence states its claim. */
  claim: number;
  /** Its words, sorted, without figures (see `wordingFamilies`). */
  wording: readonly string[];
  outlet: string;
  /** A version with nothing to compare (`related`): shown after every version that says something. */
  weak: boolean;
}

/**
 * The versions of one page claim to show, at most `maxPerSentence` and `maxPerReport` from one
 * report, in the order given (best first). A large corpus has more versions than a panel shows,
 * and a story many outlets retell from one wire copy would fill it with one wording and its figure
 * variants, crowding out the outlets that wrote their own. So the versions are taken in passes:
 * the best of each wording from an outlet not shown yet; of each wording left; of each claim
 * cluster left (another figure in the same words); of each outlet left; then the rest by rank.
 * Versions with nothing to compare (`related`) come after all those that say something.
 */
export function chooseVersions<T extends { report: string }>(
  matches: readonly T[],
  maxPerSentence: number,
  maxPerReport: number,
  originOf: (match: T) => VersionOrigin,
): T[] {
  if (matches.length <= maxPerSentence && matches.length <= maxPerReport) return [...matches];
  const origins = matches.map(originOf);
  const families = wordingFamilies(origins.map((o) => o.wording));
  const chosen = new Set<number>();
  const [wordings, claims, outlets] = [new Set<number>(), new Set<number>(), new Set<string>()];
  const perReport = new Map<string, number>();
  const passes: ((i: number) => boolean)[] = [
    (i) => !wordings.has(families[i]!) && !outlets.has(origins[i]!.outlet),
    (i) => !wordings.has(families[i]!),
    (i) => !claims.has(origins[i]!.claim),
    (i) => !outlets.has(origins[i]!.outlet),
    () => true,
  ];
  // Each new wording and outlet is worth a place whatever its relation; among retellings, those that
  // say something come first.
  const rounds = [...passes.slice(0, 2).map((pass) => [pass, null] as const), ...[false, true].flatMap((weak) => passes.slice(2).map((pass) => [pass, weak] as const))]; // prettier-ignore
  for (const [pass, weak] of rounds) {
    for (let i = 0; i < matches.length && chosen.size < maxPerSentence; i++) {
      const report = matches[i]!.report;
      if (chosen.has(i) || (perReport.get(report) ?? 0) >= maxPerReport) continue;
      if ((weak !== null && origins[i]!.weak !== weak) || !pass(i)) continue;
      chosen.add(i);
      wordings.add(families[i]!);
      claims.add(origins[i]!.claim);
      outlets.add(origins[i]!.outlet);
      perReport.set(report, (perReport.get(report) ?? 0) + 1);
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
    const terms = sentence < 0 ? [] : corpus.index.sentenceTerms(sentence);
    return {
      claim: cluster >= 0 ? cluster : -2 - sentence,
      wording: wordingOf(Array.from(terms, (t) => corpus.index.term(t))),
      outlet: corpus.report(match.report)?.outlet ?? match.report,
      weak: match.relation === 'related',
    };
  };
}
