import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// run-score.mjs is copied into a checkout made for each case, with or without a ../shared beside it; the
// ../shared/eval/score.mjs made here prints the arguments it got and exits 3.
const script = fileURLToPath(new URL('./run-score.mjs', import.meta.url));
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function runIn(withShared: boolean, args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'run-score-'));
  made.push(dir);
  mkdirSync(join(dir, 'checkout', 'scripts'), { recursive: true });
  copyFileSync(script, join(dir, 'checkout', 'scripts', 'run-score.mjs'));
  if (withShared) {
    mkdirSync(join(dir, 'shared', 'eval'), { recursive: true });
    writeFileSync(
      join(dir, 'shared', 'eval', 'score.mjs'),
      'console.log(`score.mjs ${process.argv.slice(2).join(" ")}`); process.exit(3);\n',
    );
  }
  return spawnSync(process.execPath, ['scripts/run-score.mjs', ...args], {
    cwd: join(dir, 'checkout'),
    encoding: 'utf8',
  });
}

describe('run-score', () => {
  it.each([
    [
      'says plainly that the score was not run, and passes, on a clone with no ../shared',
      false,
      'gold score not run: ../shared/eval is not beside this checkout\n',
      0,
    ],
    [
      "runs ../shared/eval/score.mjs with the arguments given, and exits with the score's code",
      true,
      'score.mjs --gold g.json --quiet\n',
      3,
    ],
  ])('%s', (_name, withShared, stdout, status) => {
    const run = runIn(withShared, ['--gold', 'g.json', '--quiet']);
    expect(run.stdout).toBe(stdout);
    expect(run.status).toBe(status);
  });
});
