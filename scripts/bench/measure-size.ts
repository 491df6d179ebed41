/**
 * One corpus size of the benchmark, in its own process so that its heap is its own:
 *   node --expose-gc --import tsx scripts/bench/measure-size.ts --reports 1000 [--seeds DIR] [--gold FILE] [--out DIR]
 *   (--bundled DIR: the bundled reports, default corpus/reports)
 * Prints one JSON row on stdout; progress goes to stderr. Run by run.ts (`npm run bench`).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadBenchPages, TARGET_PAGE } from './bench-pages';
import { generateSyntheticCorpus } from './generate-corpus';
import { englishCommonStems } from '../common-words';
import { readCorpusDir } from '../read-corpus-dir';
import { measureBaselines } from './measure-baselines';
import { measureAddReport, measureIndex } from './measure-index';
import { measurePages } from './measure-pages';
import type { GoldFile } from './score-gold';
import { median } from './time-runs';

// Bad input (a missing seeds folder or gold file) gets one line, not a stack trace.
const fail = (error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const reports = Number(option('reports', '5'));
const log = (message: string) => process.stderr.write(`[${reports} reports] ${message}\n`);
// Pages are read from the shared seeds (as score.mjs reads them); the corpus holds the bundled reports,
// the same texts, which stand in for the seeds on a clone with no ../shared beside it. There the gold
// pairs are missing too: speed and size are measured, quality is not (and the tables say so).
const bundledDir = resolve(option('bundled', 'corpus/reports'));
const seedsDir = resolve(option('seeds', existsSync('../shared/seeds') ? '../shared/seeds' : bundledDir));
const goldPath = resolve(option('gold', '../shared/eval/seed-pairs.json'));
const scored = existsSync(goldPath) || args.includes('--gold');
const gold: GoldFile = scored
  ? (JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile)
  : { pairs: [], boilerplate: [] };
if (!scored) log('quality not measured: ../shared/eval is not beside this checkout');
const outDir = resolve(option('out', 'tests/output/bench-corpora'));

const bundled = readCorpusDir(bundledDir);
const bundledIds = new Set(bundled.map((report) => report.id));
const makeRaw = () => generateSyntheticCorpus({ reports, bundled });

// The raw corpus as files, so that any figure can be re-checked with `npm run compare -- --corpus DIR PAGE`.
const corpusDir = join(outDir, String(reports));
rmSync(corpusDir, { recursive: true, force: true });
mkdirSync(corpusDir, { recursive: true });
const raw = makeRaw();
for (const report of raw) writeFileSync(join(corpusDir, report.id), report.text);
writeFileSync(
  join(corpusDir, 'reports.json'),
  JSON.stringify({ reports: raw.map((r) => ({ id: r.id, ...r.meta })) }),
);
raw.length = 0;

log('building the index');
const { corpus, m: index } = measureIndex(
  makeRaw,
  englishCommonStems(),
  join(outDir, `${reports}.index.json`),
);
log(`built in ${index.buildMs.toFixed(0)} ms, ${index.sentences} sentences; timing pages`);
const pages = loadBenchPages(seedsDir, resolve('tests/fixtures/long'), [...bundledIds]);
const pageBudgetMs = 1500;
const engine = measurePages(corpus, pages, gold, bundledIds, pageBudgetMs);
log('timing the baselines');
const target = pages.find((page) => page.name === TARGET_PAGE)!;
const baselines = measureBaselines(corpus, target, pages, gold, { pageMs: 4000, fuseCapMs: 15000 });
log('adding reports');
const extra = generateSyntheticCorpus({ reports: 5, bundled: [], seed: 777 }).map((r, i) => ({
  ...r,
  id: `added_${i}.txt`,
}));
const addMs = measureAddReport(corpus, extra);

const targetTiming = engine.pages.find((page) => page.name === TARGET_PAGE)!;
const row = {
  reports,
  sentences: index.sentences,
  buildMs: index.buildMs,
  indexBytes: index.indexBytes,
  indexGzipBytes: index.indexGzipBytes,
  loadMs: index.loadMs,
  pageMsMedian: targetTiming.msMedian,
  pageMsP95: targetTiming.msP95,
  pageMsMin: targetTiming.msMin,
  pageSentences: targetTiming.sentences,
  heapBytes: index.heapBytes,
  indexHeapBytes: index.indexHeapBytes,
  indexArrayBufferBytes: index.indexArrayBufferBytes,
  addReportMs: addMs[0],
  addReportMsMedian: median(addMs),
  fuseMsMedian: baselines.fuse.pageMs,
  fuseExtrapolated: baselines.fuse.extrapolated,
  fuseQueries: baselines.fuse.queries,
  fuseScannedSentences: baselines.fuse.scannedSentences,
  fuseBuildMs: baselines.fuse.buildMs,
  fuseRecall: baselines.fuse.recall,
  minisearchMsMedian: baselines.minisearch.pageMsMedian,
  minisearchMsP95: baselines.minisearch.pageMsP95,
  minisearchBuildMs: baselines.minisearch.buildMs,
  minisearchHeapBytes: baselines.minisearch.heapBytes,
  minisearchRecall: baselines.minisearch.recall,
  recallK: baselines.recallK,
  retrievalMsMedian: baselines.crosscheck.retrievalMsMedian,
  wholeMsMedian: baselines.crosscheck.wholeMsMedian,
  retrievalRecall: baselines.crosscheck.recall,
  scored,
  quality: engine.quality,
  qualityUncapped: engine.qualityUncapped,
  syntheticMatches: engine.syntheticMatches,
  pages: engine.pages.map((page) => ({
    ...page,
    extractMs: pages.find((p) => p.name === page.name)?.extractMs,
  })),
};
process.stdout.write(`${JSON.stringify(row)}\n`);
