/**
 * How the engine's cost grows with the length of a page: analysis time per kB of text at 10, 100 and
 * 1,000 kB of ordinary prose, of prose on one line, of dotted prose ("U.S.", "Dr.", "...", runs of
 * dots), extraction time of a page nested 500, 1,000 and 2,000 levels deep, and the time per input of
 * the seeded hostile texts the unit tests run through the engine (tests/engine-fuzz.test.ts), median
 * and worst. Linear work shows as
 * a flat ms/kB column (the engine analyses at most MAX_ANALYSED_CHARS, so its column falls past that).
 * `tsx scripts/bench/measure-text-growth.ts [--json] [--sizes 10,100,1000] [--depths 500,1000,2000]`
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { compareText } from '@/lib/match/compare-text';
import { extractArticle } from '@/lib/page/extract-article';
import { splitSentences } from '@/lib/text/split-sentences';
import { bundledCorpusJson, CORPUS_DIR } from '../bundled-corpus';
import { htmlDocument } from '../html-document';
import { hostileTexts } from '../../tests/hostile-text';

export interface GrowthRow {
  kind: string;
  size: number;
  unit: 'kB' | 'levels';
  ms: number;
  msPerUnit: number;
  sentences: number;
}

const prose = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8'))
  .join('\n\n');

const fill = (unit: string, kB: number) =>
  unit.repeat(Math.ceil((kB * 1024) / unit.length)).slice(0, kB * 1024);
const DOTTED =
  'U.S. officials met Dr. Smith at 9 a.m. on Monday... The talks of EE. UU. ended. ' +
  '"Come to Colombia. Come with me," he said. ' +
  '.'.repeat(300) +
  ' U.S. U.S. Dr. Dr. No. 2 Main St. Then it fell!!! Really?! ';

export const TEXTS: Record<string, (kB: number) => string> = {
  prose: (kB) => fill(prose + '\n\n', kB),
  'prose, one line': (kB) => fill(prose.replace(/\s+/g, ' ') + ' ', kB),
  'dotted prose': (kB) => fill(DOTTED, kB),
};

/** A short article inside `depth` nested <div>s. */
export function nestedPage(depth: number): string {
  const paragraph = `<p>${'Petro invited Trump to visit Colombia and see the laboratories destroyed by the army. '.repeat(6)}</p>`;
  const article = `<article><h1>Petro invites Trump to Colombia</h1>${paragraph.repeat(4)}</article>`;
  return `<!doctype html><html><head><title>Petro invites Trump to Colombia</title></head><body>${'<div>'.repeat(depth)}${article}${'</div>'.repeat(depth)}</body></html>`;
}

function time(run: () => number): { ms: number; count: number } {
  const t0 = performance.now();
  const count = run();
  return { ms: performance.now() - t0, count };
}

export function measureTextGrowth(
  sizes: number[],
  depths: number[],
  onRow: (row: GrowthRow) => void = () => {},
): GrowthRow[] {
  const corpus = loadCorpus(bundledCorpusJson());
  // Untimed first runs, so that loading and compiling the code is not counted in the first row.
  compareText(corpus, TEXTS.prose!(2));
  extractArticle(htmlDocument(nestedPage(2)));
  const rows: GrowthRow[] = [];
  const add = (row: GrowthRow) => {
    rows.push(row);
    onRow(row);
  };
  for (const [kind, make] of Object.entries(TEXTS)) {
    for (const kB of sizes) {
      const text = make(kB);
      const split = time(() => splitSentences(text).length);
      add({
        kind: `split: ${kind}`,
        size: kB,
        unit: 'kB',
        ms: split.ms,
        msPerUnit: split.ms / kB,
        sentences: split.count,
      });
      const whole = time(() => compareText(corpus, text).page.sentences);
      add({
        kind: `compare: ${kind}`,
        size: kB,
        unit: 'kB',
        ms: whole.ms,
        msPerUnit: whole.ms / kB,
        sentences: whole.count,
      });
    }
  }
  for (const depth of depths) {
    const html = nestedPage(depth);
    const extract = time(() => extractArticle(htmlDocument(html))?.paragraphs.length ?? 0);
    add({
      kind: 'extract: nested page',
      size: depth,
      unit: 'levels',
      ms: extract.ms,
      msPerUnit: extract.ms / depth,
      sentences: extract.count,
    });
  }
  // The fuzz inputs of tests/engine-fuzz.test.ts (same seed, count and length): their time per
  // input is measured here rather than asserted there.
  const fuzz = hostileTexts(20261127, 40, 20_000).map((text) => ({
    kB: text.length / 1024,
    ...time(() => compareText(corpus, text).page.sentences),
  }));
  const byTime = [...fuzz].sort((a, b) => a.ms - b.ms);
  for (const [which, row] of [
    ['median', byTime[Math.floor(byTime.length / 2)]!],
    ['worst', byTime.at(-1)!],
  ] as const) {
    add({
      kind: `compare: seeded hostile text, ${which} of ${fuzz.length}`,
      size: Math.round(row.kB * 10) / 10,
      unit: 'kB',
      ms: row.ms,
      msPerUnit: row.ms / row.kB,
      sentences: row.count,
    });
  }
  return rows;
}

export function formatGrowth(rows: readonly GrowthRow[]): string {
  const lines = [
    '#### Growth with page length (one run each; flat ms per kB or per level = linear)',
    '',
    '| what | size | ms | ms per kB / level | sentences or paragraphs |',
    '|---|---:|---:|---:|---:|',
  ];
  return `${lines.join('\n')}\n${rows.map(formatRow).join('')}`;
}

const formatRow = (r: GrowthRow) =>
  `| ${r.kind} | ${r.size} ${r.unit} | ${r.ms.toFixed(1)} | ${r.msPerUnit.toFixed(3)} | ${r.sentences} |\n`;

const list = (flag: string, fallback: string) => {
  const at = process.argv.indexOf(flag);
  return (at >= 0 ? (process.argv[at + 1] ?? '') : fallback).split(',').map(Number);
};

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  const json = process.argv.includes('--json');
  if (!json) process.stdout.write(formatGrowth([]));
  const rows = measureTextGrowth(list('--sizes', '10,100,1000'), list('--depths', '500,1000,2000'), (row) => {
    if (!json) process.stdout.write(formatRow(row));
  });
  if (json) process.stdout.write(`${JSON.stringify(rows)}\n`);
}
