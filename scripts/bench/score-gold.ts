/**
 * The score of ../shared/eval/score.mjs, computed in-process on comparisons already made: the same pairs,
 * directions, normalisation and counting, so that the benchmark prints the same score line without spawning
 * the compare command for every page at every corpus size.
 */
export interface GoldSide {
  report: string;
  sentence: string;
  page?: boolean;
}
export interface GoldFile {
  pairs: { expect: string; a: GoldSide; b: GoldSide; why?: string }[];
  boilerplate?: { report: string; sentence: string }[];
  pages?: { page: string }[];
}
export interface ScoredMatch {
  pageSentence: string;
  report: string;
  reportSentence: string;
  relation: string;
}
export interface GoldScore {
  recall: number;
  precision: number;
  f1: number;
  label: number;
  found: number;
  required: number;
  truePositives: number;
  falsePositives: number;
  labelled: number;
  labelChecks: number;
  leaks: number;
  /** Required pairs found among all versions offered, `possible` ones included (score.mjs's "reach"). */
  reach: number;
  reached: number;
  /** `possible` versions counted (at most MAX_POSSIBLE per page sentence). */
  offered: number;
}

/** As score.mjs: at most this many `possible` versions per page sentence count toward reach. */
const MAX_POSSIBLE = 3;

const norm = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’‚]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
export const has = (text: string | undefined, part: string): boolean => norm(text ?? '').includes(norm(part));
const base = (file: string): string =>
  String(file ?? '')
    .split(/[\\/]/)
    .pop() ?? '';

interface Directed {
  page: string;
  ps: string;
  report: string;
  rs: string;
  expect: string;
}

/** The pages the gold file reads (report ids), in score.mjs's order. */
export function goldPages(gold: GoldFile): string[] {
  return [
    ...new Set(
      directedPairs(gold)
        .map((d) => d.page)
        .concat((gold.pages ?? []).map((p) => p.page)),
    ),
  ];
}

function directedPairs(gold: GoldFile): Directed[] {
  const directed: Directed[] = [];
  for (const p of gold.pairs) {
    directed.push({
      page: p.a.report,
      ps: p.a.sentence,
      report: p.b.report,
      rs: p.b.sentence,
      expect: p.expect,
    });
    if (!p.a.page)
      directed.push({
        page: p.b.report,
        ps: p.b.sentence,
        report: p.a.report,
        rs: p.a.sentence,
        expect: p.expect,
      });
  }
  return directed;
}

/** Required pairs, as retrieval targets for the baselines: reading `page`, sentence `ps` should meet `rs`. */
export function requiredPairs(gold: GoldFile): Directed[] {
  return directedPairs(gold).filter((d) => d.expect !== 'optional');
}

/** Scores each page's matches (keyed by page id) exactly as score.mjs does. */
export function scoreGold(
  gold: GoldFile,
  matchesByPage: ReadonlyMap<string, readonly ScoredMatch[]>,
): GoldScore {
  const directed = directedPairs(gold);
  const boiler = gold.boilerplate ?? [];
  let required = 0, found = 0, reached = 0, offered = 0, labelled = 0, labelChecks = 0, tp = 0, fp = 0, leaks = 0; // prettier-ignore
  for (const page of goldPages(gold)) {
    const listed = matchesByPage.get(page) ?? [];
    // `possible` versions are offered for the reader to judge, not claimed: never true or false, they
    // count toward reach only, the first MAX_POSSIBLE per page sentence in the order printed.
    const matches = listed.filter((m) => m.relation !== 'possible');
    const perSentence = new Map<string, number>();
    const possible = listed.filter((m) => {
      if (m.relation !== 'possible') return false;
      perSentence.set(m.pageSentence, (perSentence.get(m.pageSentence) ?? 0) + 1);
      return perSentence.get(m.pageSentence)! <= MAX_POSSIBLE;
    });
    const all = [...matches, ...possible];
    offered += possible.length;
    const mine = directed.filter((d) => d.page === page);
    const fits = (d: Directed, m: ScoredMatch) =>
      base(m.report) === d.report && has(m.pageSentence, d.ps) && has(m.reportSentence, d.rs);
    for (const d of mine.filter((d) => d.expect !== 'optional')) {
      required++;
      const m = matches.find((m) => fits(d, m));
      if (!m) {
        if (all.some((m) => fits(d, m))) reached++;
        continue;
      }
      reached++;
      found++;
      if (d.expect === 'corroborates' || d.expect === 'diverges') {
        labelChecks++;
        if (m.relation === d.expect) labelled++;
      }
    }
    const isLeak = (m: ScoredMatch) =>
      boiler.some(
        (b) =>
          (base(m.report) === b.report && has(m.reportSentence, b.sentence)) ||
          (b.report === page && has(m.pageSentence, b.sentence)),
      );
    leaks += possible.filter(isLeak).length;
    for (const m of matches) {
      if (isLeak(m)) {
        leaks++;
        fp++;
        continue;
      }
      const d = mine.find((d) => fits(d, m));
      if (!d) fp++;
      else if (d.expect !== 'optional') tp++;
    }
  }
  const recall = required ? found / required : 1;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const label = labelChecks ? labelled / labelChecks : 1;
  const f1 = recall + precision ? (2 * recall * precision) / (recall + precision) : 0;
  const reach = required ? reached / required : 1;
  return { recall, precision, f1, label, found, required, truePositives: tp, falsePositives: fp, labelled, labelChecks, leaks, reach, reached, offered }; // prettier-ignore
}

/** The summary line, worded as score.mjs prints it. */
export function scoreLine(s: GoldScore): string {
  return (
    `score: recall ${s.recall.toFixed(3)} (${s.found}/${s.required}), precision ${s.precision.toFixed(3)} ` +
    `(${s.truePositives} true, ${s.falsePositives} false), F1 ${s.f1.toFixed(3)}, labels ${s.label.toFixed(3)} ` +
    `(${s.labelled}/${s.labelChecks}), boilerplate leaks ${s.leaks}` +
    (s.offered
      ? `, reach ${s.reach.toFixed(3)} (${s.reached}/${s.required}, ${s.offered} possible versions offered)`
      : '')
  );
}
