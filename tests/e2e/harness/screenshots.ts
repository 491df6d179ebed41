import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './static-server';

// Screenshots the tests write to tests/output/ (looked at by a person; two are copied into docs/).
export const SCREENSHOT_DIR = join(ROOT, 'tests/output');

export async function saveScreenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
