import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests in Firefox: the Firefox build (.output/firefox-mv2) in Debian's firefox-esr,
// driven over WebDriver BiDi by puppeteer-core. Run with `npm run e2e:firefox`, which builds first.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) } },
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    root: fileURLToPath(new URL('../..', import.meta.url)),
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    reporters: ['verbose'],
  },
});
