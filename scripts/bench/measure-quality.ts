/**
 * The gold score alone, without timings, as the corpus grows: the bundled five, the five with N unrelated
 * sources beside them (the reader's own sources: measure-sources.ts's quality part), and the main
 * benchmark's synthetic corpora of N reports (a small share retelling the bundled story). Matches to
 * reports other than the bundled five are counted apart, as the benchmark does.
 *   npx tsx scripts/bench/measure-quality.ts [--sources 1000] [--reports 100,1000,10000]
 * `--sources 0` or `--reports 0` leaves that part out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareText, loadCorpus, prepareCorpus, type Corpus } from '@/lib';
import type { PreparedCorpusJson } from '@/lib/corpus/corpus-format';
import { mergeCorpus } from '@/lib/sources/merge-corpus';
import { prepareSource } from '@/lib/sources/user-source';
import { bundledCorpusJson } from '../bundled-corpus';
import { englishCommonStems } from '../common-words';
import { readCorpusDir } from '../read-corpus-dir';
import { loadBenchPages } from './bench-pages';
import { generateSyntheticCorpus } from './generate-corpus';
import { scoreGold, scoreLine, type GoldFile, type ScoredMatch } from './score-gold';

const args = process.argv.slice(2);
const listOption = (name: string, fallback: string): number[] => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? (args[at + 1] ?? '') : fallback;
  const list = value.split(',').map(Number);
  if (list.some((n) => !Number.isInteger(n) || n < 0)) {
    process.stderr.write(`measure-quality: --${name} takes whole numbers (e.g. --${name} ${fallback})\n`);
    process.exit(2);
  }
  return list.filter((n) => n > 0);
};
const sourceCounts = listOption('sources', '1000');
const reportCounts = listOption('reports', '100,1000,10000');

const goldPath = resolve('../shared/eval/seed-pairs.json');
if (!existsSync(goldPath)) {
  process.stderr.write('measure-quality: ../shared/eval/seed-pairs.json is not beside this checkout\n');
  process.exit(1);
}
const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
const bundled = readCorpusDir(resolve('corpus/reports'));
const ids = new Set(bundled.map((r) => r.id));
const seeds = existsSync('../shared/seeds') ? resolve('../shared/seeds') : resolve('corpus/reports');
const pages = loadBenchPages(seeds, resolve('tests/fixtures/long'), [...ids]).filter((p) => p.goldId);

function score(name: string, corpus: Corpus): void {
  const byPage = new Map<string, ScoredMatch[]>();
  const uncapped = new Map<string, ScoredMatch[]>();
  let others = 0;
  for (const page of pages) {
    const info = { title: page.title, url: page.url };
    const { matches } = compareText(corpus, page.text, {}, info);
    byPage.set(
      page.goldId!,
      matches.filter((m) => ids.has(m.report)),
    );
    others += matches.filter((m) => !ids.has(m.report) && m.relation !== 'possible').length;
    // With many reports on one story, more versions of a claim exist than the display caps keep.
    const all = compareText(corpus, page.text, { maxPerSentence: 1000, maxPerReport: 1000 }, info).matches;
    uncapped.set(
      page.goldId!,
      all.filter((m) => ids.has(m.report)),
    );
  }
  const lifted = scoreGold(gold, uncapped).recall.toFixed(3);
  process.stdout.write(
    `- ${name}: ${scoreLine(scoreGold(gold, byPage))}; recall with the display caps lifted ${lifted}; versions from other reports: ${others}\n`,
  );
}

const bundledJson = bundledCorpusJson() as PreparedCorpusJson;
score('five reports', mergeCorpus(bundledJson, 'bundled', []));
for (const n of sourceCounts) {
  const sources = generateSyntheticCorpus({ reports: n + bundled.length, bundled, storyShare: 0 })
    .slice(bundled.length)
    .map((raw) => ({
      source: prepareSource({ ...raw, id: `src-bench-${raw.id}` }, 'bench'),
      collectionName: 'bench',
    }));
  score(`+ ${n.toLocaleString('en-US')} unrelated sources`, mergeCorpus(bundledJson, 'bundled', sources));
}
for (const n of reportCounts) {
  const prepared = prepareCorpus(generateSyntheticCorpus({ reports: n, bundled }), englishCommonStems());
  score(`bench corpus of ${n.toLocaleString('en-US')} reports`, loadCorpus(prepared));
}
