/**
 * Times the engine on the 60-sentence bench page, for profiling while working on speed:
 *   node --import tsx scripts/bench/time-page.ts [--reports 5] [--runs 300] [--print]
 *   node --cpu-prof --cpu-prof-dir=tests/output/profiles --import tsx scripts/bench/time-page.ts --runs 1000
 * Prints the median, p95 and fastest of `runs` runs after a warm-up, and a fingerprint of the results on
 * every bench page (any change to what the engine finds changes it).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compareText, loadCorpus, prepareCorpus } from '@/lib';
import { englishCommonStems } from '../common-words';
import { readCorpusDir } from '../read-corpus-dir';
import { loadBenchPages, TARGET_PAGE } from './bench-pages';
import { generateSyntheticCorpus } from './generate-corpus';
import { median, percentile } from './time-runs';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const reports = Number(option('reports', '5'));
const runs = Number(option('runs', '300'));

const bundledDir = resolve('corpus/reports');
const bundled = readCorpusDir(bundledDir);
const raw = generateSyntheticCorpus({ reports, bundled });
const corpus = loadCorpus(JSON.parse(JSON.stringify(prepareCorpus(raw, englishCommonStems()))));
const seedsDir = existsSync('../shared/seeds') ? resolve('../shared/seeds') : bundledDir;
const pages = loadBenchPages(
  seedsDir,
  resolve('tests/fixtures/long'),
  bundled.map((r) => r.id),
);
const target = pages.find((page) => page.name === TARGET_PAGE)!;

const hash = createHash('sha256');
for (const page of pages) {
  const result = compareText(corpus, page.text, {}, { title: page.title, url: page.url });
  hash.update(JSON.stringify(result));
  if (args.includes('--print') && page.name === TARGET_PAGE) console.log(JSON.stringify(result, null, 1));
}

for (let i = 0; i < 20; i++) compareText(corpus, target.text);
const times: number[] = [];
// CPU time beside wall time: on a shared machine the wall clock also counts waiting for a core.
const cpu: number[] = [];
for (let i = 0; i < runs; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  compareText(corpus, target.text);
  times.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
const ms = (value: number) => value.toFixed(2);
console.log(
  `${reports} reports, ${target.sentences} sentences, ${runs} runs: median ${ms(median(times))} ms, ` +
    `p95 ${ms(percentile(times, 95))} ms, fastest ${ms(Math.min(...times))} ms, p10 ${ms(percentile(times, 10))} ms, CPU median ${ms(median(cpu))} ms; ` +
    `results ${hash.digest('hex').slice(0, 16)}`,
);
