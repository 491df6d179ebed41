import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

// Renders the side panel with mock data and screenshots it, light and dark, into tests/output/.
// Usage: npx tsx tests/e2e/panel-preview/render-preview.ts

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const out = join(root, 'tests/output/panel-preview');
mkdirSync(out, { recursive: true });

const bundle = await build({
  entryPoints: [join(here, 'preview.tsx')],
  bundle: true,
  write: false,
  format: 'esm',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  alias: { '@': root },
});
const css = ['components/theme.css', 'entrypoints/sidepanel/panel.css']
  .map((f) => readFileSync(join(root, f), 'utf8'))
  .join('\n');
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style></head>
<body><div id="app"></div><script type="module">${bundle.outputFiles[0]!.text}</script></body></html>`;
const htmlPath = join(out, 'preview.html');
writeFileSync(htmlPath, html);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const scheme of ['light', 'dark'] as const) {
  const page = await browser.newPage({ viewport: { width: 400, height: 1100 }, colorScheme: scheme });
  await page.goto(`file://${htmlPath}`);
  await page.waitForSelector('[data-match]');
  await page.locator('.why summary').nth(1).click();
  await page.screenshot({ path: join(out, `panel-${scheme}.png`), fullPage: true });
  await page.close();
}
await browser.close();
console.log(`Screenshots in ${out}`);
