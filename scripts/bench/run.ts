/**
 * The benchmark: `npm run bench` prints tables, `npm run --silent bench -- --json` one JSON object.
 * Options: --sizes 5,100,1000,10000 (corpus sizes; 5 = the bundled reports alone).
 * Each size runs in its own Node process (with --expose-gc) so that heap figures are not mixed up.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { buildSync } from 'esbuild';
import { formatTables, type BenchRow } from './format-table';
import { formatGrowth, type GrowthRow } from './measure-text-growth';

const args = process.argv.slice(2);
const json = args.includes('--json');
const sizesAt = args.indexOf('--sizes');
const sizes = (sizesAt >= 0 ? (args[sizesAt + 1] ?? '') : '5,100,1000,10000').split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 5)) {
  process.stderr.write(
    'bench: --sizes takes whole numbers of reports, each at least 5 (e.g. --sizes 5,100)\n',
  );
  process.exit(2);
}

/**
 * The measuring scripts bundled with esbuild, as the extension's build bundles the engine. Run through
 * tsx instead, every function would carry the name-keeping helper call tsx's transform adds (its
 * keepNames), which cost the engine 5–20 % (its inner closures) and which neither the built
 * extension nor the baselines' published code (MiniSearch, fuse.js) pays.
 */
function bundled(entry: string): string {
  const outfile = join('tests/output/bench', `${basename(entry, '.ts')}.mjs`);
  buildSync({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' }); // prettier-ignore
  return outfile;
}

const started = Date.now();
const loadBefore = loadavg()[0]!;
const measureSize = bundled('scripts/bench/measure-size.ts');
const rows: BenchRow[] = [];
for (const reports of sizes) {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=4096', measureSize, '--reports', String(reports)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 },
  );
  const last = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('{')) {
    process.stderr.write(`bench: the ${reports}-report run failed (exit ${child.status})\n`);
    process.exit(1);
  }
  rows.push(JSON.parse(last) as BenchRow);
}

// How the cost grows with the length and depth of a page, in a process of its own as well.
const growthRun = spawnSync(process.execPath, [bundled('scripts/bench/measure-text-growth.ts'), '--json'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 16 << 20,
});
const growthLine = growthRun.stdout.trim().split('\n').pop() ?? '';
if (growthRun.status !== 0 || !growthLine.startsWith('[')) {
  process.stderr.write(`bench: the text-growth run failed (exit ${growthRun.status})\n`);
  process.exit(1);
}
const growth = JSON.parse(growthLine) as GrowthRow[];

const machine = {
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  platform: `${process.platform} ${process.arch}`,
  totalSeconds: Math.round((Date.now() - started) / 1000),
  // The machine may be shared: its 1-minute load average before and after the run.
  load: [loadBefore, loadavg()[0]!].map((value) => Math.round(value * 100) / 100),
};
if (json) {
  process.stdout.write(`${JSON.stringify({ machine, rows, growth })}\n`);
} else {
  process.stdout.write(
    `Crosscheck benchmark: ${machine.cpus} × ${machine.cpu}, Node ${machine.node}, ${machine.platform}; ` +
      `${machine.totalSeconds} s in all; load average ${machine.load.join(' → ')}.\n\n` +
      `${formatTables(rows)}\n${formatGrowth(growth)}\n`,
  );
}
