// Fits a logistic scorer over the matcher's evidence on the shared gold and reports its
// leave-one-report-out figures beside the rules' (docs/quality-levers.md, lever 4).
//   npx tsx scripts/fit-scorer.ts [--gold ../shared/eval/seed-pairs.json] [--pages ../shared/seeds]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../lib/corpus/load-corpus';
import { isNameKey } from '../lib/analysis/analyze-sentence';
import { compareText } from '../lib/match/compare-text';
import { PairReviewer } from '../lib/match/evidence/pair-review';
import { hasCount } from '../lib/match/evidence/second-look';
import { readTextPage } from '../lib/page/read-text-page';
import { bundledCorpusJson } from './bundled-corpus';
import { goldCandidates, type GoldCandidate } from './quality/gold-candidates';
import { fitLogistic, predict } from './quality/logistic';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const goldPath = arg('gold', '../shared/eval/seed-pairs.json');
const pagesDir = arg('pages', '../shared/seeds');

const FEATURES = [
  'score', 'quote', 'quantity', 'content weight', 'shared names', 'shared words', 'frame shared',
  'frame conflict', 'clause score', 'event clause score', 'same event', 'both count',
] as const; // prettier-ignore

const corpus = loadCorpus(bundledCorpusJson());
const candidates = goldCandidates(corpus, goldPath, pagesDir);
const reviewers = new Map<string, PairReviewer>();
const rows = candidates.map((c) => features(c));

function features(c: GoldCandidate): number[] {
  let reviewer = reviewers.get(c.page);
  if (!reviewer) {
    reviewer = new PairReviewer(
      corpus,
      c.pageSentences.map((s) => s.text),
      c.language,
    );
    reviewers.set(c.page, reviewer);
  }
  const look = reviewer.look(c.pageIndex, c.candidate, true);
  const names = c.pair.sharedKeys.filter(isNameKey).length;
  return [
    c.score,
    c.sharedQuote ? 1 : 0,
    c.sharesQuantity ? 1 : 0,
    Math.log1p(c.pair.contentWeight),
    names,
    c.pair.sharedKeys.length - names,
    look.frames === 'shared' ? 1 : 0,
    look.frames === 'conflict' ? 1 : 0,
    look.clause?.score ?? 0,
    look.eventClause?.score ?? 0,
    look.sameEvent ? 1 : 0,
    hasCount(c.pageSentence.figures) && hasCount(corpus.figuresOf(c.candidate)) ? 1 : 0,
  ];
}

// What the rules decide today: the versions the engine prints for each gold page.
const printed = new Set<string>();
for (const page of new Set(candidates.map((c) => c.page))) {
  const read = readTextPage(readFileSync(join(pagesDir, page), 'utf8'));
  for (const m of compareText(corpus, read.text, {}, { title: read.title }).matches)
    printed.add(`${page}|${m.pageIndex}|${m.report}|${m.reportIndex}`);
}
const key = (c: GoldCandidate) => `${c.page}|${c.pageIndex}|${c.report}|${corpus.locate(c.candidate).index}`;

/** Recall over the required pairs, precision counting optional pairs as neither. */
function figures(accepted: (i: number) => boolean, subset: readonly number[]) {
  const required = new Set(
    subset.filter((i) => candidates[i]!.gold === 'required').map((i) => candidates[i]!.pairId),
  );
  const found = new Set<number | null>();
  let falses = 0;
  for (const i of subset) {
    if (!accepted(i)) continue;
    const c = candidates[i]!;
    if (c.gold === 'required') found.add(c.pairId);
    else if (c.gold === null) falses++;
  }
  const recall = required.size ? found.size / required.size : 1;
  const precision = found.size + falses ? found.size / (found.size + falses) : 1;
  return { recall, precision, found: found.size, required: required.size, falses };
}

const all = candidates.map((_, i) => i);
const label = (i: number) => candidates[i]!.gold !== null;
const reports = [...new Set(candidates.map((c) => c.page))];
const probability = new Array<number>(candidates.length).fill(0);
const thresholds = new Array<number>(candidates.length).fill(0.5);

// Leave one report out: the held-out report is neither the page nor the version of any training pair.
for (const held of reports) {
  const train = all.filter((i) => candidates[i]!.page !== held && candidates[i]!.report !== held);
  const model = fitLogistic(
    train.map((i) => rows[i]!),
    train.map(label),
  );
  const trainP = train.map((i) => predict(model, rows[i]!));
  const threshold = bestThreshold(train, trainP);
  for (const i of all.filter((i) => candidates[i]!.page === held)) {
    probability[i] = predict(model, rows[i]!);
    thresholds[i] = threshold;
  }
}

// The threshold with the best F1 on the training rows.
function bestThreshold(train: readonly number[], p: readonly number[]): number {
  const byRow = new Map(train.map((i, k) => [i, p[k]!]));
  let best = { t: 0.5, f1: -1 };
  for (let t = 0.05; t < 0.95; t += 0.01) {
    const r = figures((i) => byRow.get(i)! >= t, train);
    const f1 = r.recall + r.precision ? (2 * r.recall * r.precision) / (r.recall + r.precision) : 0;
    if (f1 > best.f1) best = { t, f1 };
  }
  return best.t;
}

const show = (name: string, r: ReturnType<typeof figures>) =>
  console.log(
    `${name.padEnd(28)} recall ${r.recall.toFixed(3)} (${r.found}/${r.required}), precision ${r.precision.toFixed(3)} (${r.falses} false)`,
  );
show(
  'rules (printed today)',
  figures((i) => printed.has(key(candidates[i]!)), all),
);
show(
  'fitted, leave-one-report-out',
  figures((i) => probability[i]! >= thresholds[i]!, all),
);
const full = fitLogistic(rows, all.map(label));
const inSample = all.map((i) => predict(full, rows[i]!));
show(
  'fitted, in sample (optimistic)',
  figures((i) => inSample[i]! >= bestThreshold(all, inSample), all),
);
console.log('weights (standardised):');
FEATURES.forEach((name, j) => console.log(`  ${name.padEnd(20)} ${full.weights[j]!.toFixed(3)}`));
