import { launchExtension, openPanel, tabIdOf } from '../tests/e2e/harness/launch-extension';
import { readPanel } from '../tests/e2e/harness/read-panel';

// `npm run e2e:report -- URL`: opens the built extension in headless Chromium on URL and prints what
// the side panel shows, read from its DOM contract, as the same JSON as `compare --json`.

const USAGE = 'Usage: npm run e2e:report -- URL   (an http(s) address; build first with "npm run build")';

async function main(): Promise<number> {
  const [target, ...extra] = process.argv.slice(2).filter((a) => a !== '--');
  let url: URL;
  try {
    if (!target || extra.length > 0) throw new Error();
    url = new URL(target);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
  } catch {
    console.error(USAGE);
    return 2;
  }
  const ext = await launchExtension();
  try {
    const page = await ext.context.newPage();
    await page.goto(url.href, { waitUntil: 'load', timeout: 30_000 });
    const panel = await openPanel(ext, await tabIdOf(ext, page));
    const shown = await readPanel(panel);
    if ('empty' in shown) {
      console.error(`The side panel shows no comparison for ${url.href}: ${shown.empty}.`);
      return 1;
    }
    process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
    return 0;
  } finally {
    await ext.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `e2e:report failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
    process.exit(1);
  },
);
