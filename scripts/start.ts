import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { CHROMIUM, EXTENSION_DIR } from '../tests/e2e/harness/launch-extension';
import { ROOT, startServer } from '../tests/e2e/harness/static-server';

// The README's main job: build the extension, then open Chromium with it loaded on a bundled demo
// article. Without a display, say where the built extension is and print the demo article's
// comparison in the terminal instead.

const DEMO = 'tests/e2e/fixtures/article.html';

/** Runs a command; `quiet` keeps its output unless it fails. */
function run(command: string, args: string[], quiet = false): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout}${result.stderr}`);
    console.error(`\n"${[command, ...args].join(' ')}" failed; see above.`);
    process.exit(result.status ?? 1);
  }
}

const hasDisplay =
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform === 'darwin';

console.log('Building the extension (npm run build)…');
run('npm', ['run', '--silent', 'build'], true);
const built = relative(process.cwd(), EXTENSION_DIR) || EXTENSION_DIR;

console.log(`\nThe built extension is in ${built}/`);
console.log(
  'Load it in Chrome or Chromium: chrome://extensions → Developer mode → "Load unpacked" → that folder.',
);

if (!hasDisplay || !existsSync(CHROMIUM)) {
  console.log(
    hasDisplay
      ? `(No Chromium at ${CHROMIUM}: run "bash scripts/install-browsers.sh" or set CHROMIUM_PATH to open it here.)`
      : '(No display here, so no browser is opened.)',
  );
  console.log(`\nWhat the extension shows for the demo article (${DEMO}):\n`);
  run('npm', ['run', '--silent', 'compare', '--', join(ROOT, DEMO)]);
} else {
  const server = await startServer();
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-profile-'));
  const url = server.url('/article.html');
  console.log(`\nOpening Chromium with Crosscheck loaded on the demo article: ${url}`);
  console.log('Close the browser window to stop.');
  const browser = spawn(
    CHROMIUM,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      '--no-default-browser-check',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), // Chromium refuses to run as root otherwise
      url,
    ],
    { stdio: 'ignore' },
  );
  browser.on('error', (error) => console.error(`Could not start ${CHROMIUM}: ${error.message}`));
  browser.on('exit', (code) => {
    if (code) {
      console.error(
        `Chromium stopped with code ${code}. Load the extension by hand from ${built}/ (see above).`,
      );
    }
    void server.close().then(() => process.exit(code ? 1 : 0));
  });
}
