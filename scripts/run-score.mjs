// Runs the gold score, ../shared/eval/score.mjs, with the arguments given, when ../shared is beside this
// checkout. It is not part of the repository: a clone on its own has no gold pairs, so the score says
// plainly that it was not run and the rest of `npm test` goes on. CI has ../shared (.ci/run requires it).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const score = join(root, '..', 'shared', 'eval', 'score.mjs');

if (!existsSync(score)) {
  console.log('gold score not run: ../shared/eval is not beside this checkout');
  process.exit(0);
}
const run = spawnSync(process.execPath, [score, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
