import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { PreparedCorpusJson } from '@/lib/corpus/corpus-format';
import { parseCollection } from '@/lib/sources/collection-format';
import { appendSource, mergeCorpus } from '@/lib/sources/merge-corpus';
import { loadSourcesCorpus } from '@/settings/sources-corpus';
import { prepareExported, prepareSource, sourceId, type UserSource } from '@/lib/sources/user-source';
import { openSourcesStore, type SourcesStore } from '@/settings/sources-db';
import { bundledCorpusJson } from '../bundled-corpus';
import { readCorpusDir } from '../read-corpus-dir';
import { readPage } from '../read-page';
import { loadBenchPages } from './bench-pages';
import { generateSyntheticCorpus } from './generate-corpus';
import { measurePages } from './measure-pages';
import { scoreLine, type GoldFile } from './score-gold';

// The reader's own sources at scale, in Node with fake-indexeddb standing in for the browser's store:
// adding a page at 10, 1,000 and 10,000 stored sources; the background's start-up from stored prepared
// sources; importing a 1,000-source export; and the gold score with 1,000 unrelated sources beside the
// bundled five. Run: npx tsx --expose-gc scripts/bench/measure-sources.ts [--sizes 10,1000,10000]

const args = process.argv.slice(2);
const sizes = (args[args.indexOf('--sizes') + 1] ?? '10,1000,10000').split(',').map(Number);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const log = (line: string) => process.stderr.write(`${line}\n`);

const bundledJson = bundledCorpusJson() as PreparedCorpusJson;
const bundled = readCorpusDir(resolve('corpus/reports'));
const largest = Math.max(...sizes, 1000);
log(`preparing ${largest} synthetic sources (unrelated topics)…`);
const synthetic = generateSyntheticCorpus({ reports: largest + bundled.length, bundled, storyShare: 0 })
  .slice(bundled.length)
  .map((raw) => prepareSource({ ...raw, id: `src-bench-${raw.id}` }, 'bench'));
const page = readPage(resolve('tests/e2e/fixtures/sources/courier-flood.html'));
const storedBytes = (sources: readonly UserSource[]) =>
  sources.reduce((sum, s) => sum + JSON.stringify(s).length, 0);

async function fill(name: string, n: number): Promise<SourcesStore> {
  const store = await openSourcesStore(name);
  for (let i = 0; i < n; i += 1000) await store.putSources(synthetic.slice(i, Math.min(n, i + 1000)));
  return store;
}

/**
 * What the background does at start (settings/sources-corpus.ts): the first start of a profile reads
 * every source and writes the snapshot; every later start reads the snapshot.
 */
async function startUp(store: SourcesStore) {
  let t0 = performance.now();
  const first = await loadSourcesCorpus(store, bundledJson, 'bundled');
  const firstMs = performance.now() - t0;
  await first.refreshSnapshot();
  gc();
  t0 = performance.now();
  const cpu = process.cpuUsage();
  const load = await loadSourcesCorpus(store, bundledJson, 'bundled');
  const totalMs = performance.now() - t0;
  // On a shared machine the wall time includes waiting for a core; the CPU time does not.
  const cpuMs = cpuMsSince(cpu);
  if (!load.fromSnapshot) throw new Error('the snapshot was not used');
  return { corpus: load.corpus, firstMs, totalMs, cpuMs };
}

const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const rows: string[][] = [];
for (const n of sizes) {
  gc();
  const store = await fill(`bench-${n}`, n);
  await store.createCollection('bench');
  const { corpus, firstMs, totalMs, cpuMs } = await startUp(store);
  const listed = performance.now();
  await store.catalog(); // what the options page reads to list the sources
  const listMs = performance.now() - listed;
  const sources = synthetic.slice(0, n);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const cpu = process.cpuUsage();
    const source = prepareSource(
      {
        id: sourceId(`${page.url}/${i}`, page.text),
        text: [page.title, page.text].join('\n'),
        meta: { url: page.url },
      },
      'bench',
    );
    await store.putSources([source]);
    appendSource(corpus, source, 'bench');
    times.push(performance.now() - t0);
    cpuTimes.push(cpuMsSince(cpu));
  }
  gc();
  const heap = process.memoryUsage().heapUsed;
  rows.push([
    n.toLocaleString('en-US'),
    `${ms(times[0]!)} / ${ms(median(times))} (CPU ${ms(median(cpuTimes))})`,
    `${mb(heap)} (+${mb(Math.max(0, heap - heapBefore))})`,
    mb(storedBytes(sources)),
    `${ms(totalMs)} (CPU ${ms(cpuMs)})`,
    ms(firstMs),
    ms(listMs),
  ]);
  log(`${n} sources done`);
  store.close();
}

// Import of a 1,000-source export: validate, prepare from the exported sentences, one transaction.
const exportStore = await fill('bench-export', 1000);
const file = JSON.stringify(
  await exportStore.exportCollection('bench').catch(async () => {
    const c = await exportStore.createCollection('bench');
    await exportStore.putSources(synthetic.slice(0, 1000).map((s) => ({ ...s, collection: c.id })));
    return exportStore.exportCollection(c.id);
  }),
);
const importStore = await openSourcesStore('bench-import');
const t0 = performance.now();
const importCpu = process.cpuUsage();
const parsed = parseCollection(file);
if (!parsed.ok) throw new Error(parsed.problem.message);
await importStore.importCollection(parsed.value.name, (id) =>
  parsed.value.sources.map((s) => prepareExported(s, id)),
);
const importMs = performance.now() - t0;
const importCpuMs = cpuMsSince(importCpu);

// Quality: the gold score with 1,000 unrelated sources beside the bundled five, against the five alone.
const goldPath = resolve('../shared/eval/seed-pairs.json');
const seeds = existsSync('../shared/seeds') ? resolve('../shared/seeds') : resolve('corpus/reports');
let quality = 'not measured: ../shared/eval is not beside this checkout';
if (existsSync(goldPath)) {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
  const ids = new Set(bundled.map((r) => r.id));
  const pages = loadBenchPages(seeds, resolve('tests/fixtures/long'), [...ids]).filter((p) => p.goldId);
  const five = measurePages(mergeCorpus(bundledJson, 'bundled', []), pages, gold, ids, 50);
  const more = measurePages(
    mergeCorpus(bundledJson, 'bundled', synthetic.slice(0, 1000).map((source) => ({ source, collectionName: 'bench' }))),
    pages, gold, ids, 50,
  ); // prettier-ignore
  quality = `\n- five reports: ${scoreLine(five.quality)}\n- + 1,000 unrelated sources: ${scoreLine(more.quality)}; matches to unrelated sources: ${more.syntheticMatches}`;
}

const table = (head: string[], body: string[][]) =>
  [head, head.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
process.stdout.write(
  [
    table(
      [
        'stored sources',
        'add one page (first / median of 5)',
        'process heap (grown by 5 adds)',
        'stored size',
        'start-up (snapshot + journal)',
        'first start of a profile (every source read, snapshot written)',
        'options list (catalog)',
      ],
      rows,
    ),
    '',
    `Import of a 1,000-source export (${mb(file.length)}): ${ms(importMs)}, CPU ${ms(importCpuMs)} (validate, prepare the sentences, one transaction)`,
    '',
    `Load average while measuring: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} on ${cpus().length} cores`,
    '',
    `Gold score: ${quality}`,
    '',
  ].join('\n'),
);
