// Runs the compare command from a bundle of scripts/compare.ts, rebuilt (esbuild, ~0.2 s) when any
// source is newer. Starting a bundle takes a fifth of a second; transpiling the TypeScript on every
// run (tsx) took two. The bundle lives in .output/ and is never committed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, '.output', 'cli', 'compare.mjs');

function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(root, 'lib'));
  walk(join(root, 'settings'));
  // The JSON shape and the messages come from wording/ (wording/comparison-export.ts).
  walk(join(root, 'wording'));
  walk(join(root, 'public', '_locales'));
  for (const f of readdirSync(join(root, 'scripts'))) {
    if (f.endsWith('.ts')) newest = Math.max(newest, statSync(join(root, 'scripts', f)).mtimeMs);
  }
  return Math.max(newest, statSync(join(root, 'package-lock.json')).mtimeMs);
}

if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource()) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(root, 'scripts', 'compare.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // Some dependencies are CommonJS and call require(); give the ES module one.
    banner: {
      js: "import { createRequire as __crosscheckRequire } from 'node:module'; const require = __crosscheckRequire(import.meta.url);",
    },
  });
}

const run = spawnSync(process.execPath, [bundle, ...process.argv.slice(2)], { stdio: 'inherit' });
// Killed by a signal (out of memory, Ctrl-C): one sentence rather than a silent exit.
if (run.status === null) {
  process.stderr.write(
    `crosscheck: the comparison was stopped (${run.signal ?? run.error?.message ?? 'unknown'}).\n`,
  );
  process.exit(1);
}
process.exit(run.status);
