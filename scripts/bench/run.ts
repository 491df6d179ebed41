/**
 * The benchmark: `npm run bench` prints tables, `npm run --silent bench -- --json` one JSON object.
 * Options: --sizes 5,100,1000,10000 (corpus sizes; 5 = the bundled reports alone).
 * Each size runs in its own Node process (with --expose-gc) so that heap figures are not mixed up.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
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

const started = Date.now();
const rows: BenchRow[] = [];
for (const reports of sizes) {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', 'scripts/bench/measure-size.ts', '--reports', String(reports)], // prettier-ignore
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
const growthRun = spawnSync(
  process.execPath,
  ['--import', 'tsx', 'scripts/bench/measure-text-growth.ts', '--json'],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 << 20 },
);
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
};
if (json) {
  process.stdout.write(`${JSON.stringify({ machine, rows, growth })}\n`);
} else {
  process.stdout.write(
    `Crosscheck benchmark: ${machine.cpus} × ${machine.cpu}, Node ${machine.node}, ${machine.platform}; ` +
      `${machine.totalSeconds} s in all.\n\n${formatTables(rows)}\n${formatGrowth(growth)}\n`,
  );
}
