import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './static-server';

// Screenshots the tests write to tests/output/ (each one looked at by a person). The ones marked
// `docs` are also copied to docs/screenshots/, where the README shows them, when asked with
// UPDATE_DOCS_SCREENSHOTS=1: a test run does not change tracked files by itself.
export const SCREENSHOT_DIR = join(ROOT, 'tests/output');
const DOCS_DIR = join(ROOT, 'docs/screenshots');

export async function saveScreenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean; docs?: boolean } = {},
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? false });
  if (options.docs && process.env.UPDATE_DOCS_SCREENSHOTS === '1') {
    mkdirSync(DOCS_DIR, { recursive: true });
    copyFileSync(path, join(DOCS_DIR, `${name}.png`));
  }
  return path;
}
