import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit and golden tests in Node. End-to-end tests (*.e2e.ts, the built extension in Chromium)
// have their own config: tests/e2e/vitest.config.ts.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: [
      'lib/**/*.test.ts',
      'scripts/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'entrypoints/**/*.test.{ts,tsx}',
      'messaging/**/*.test.ts',
      'settings/**/*.test.ts',
      'tests/**/*.test.ts',
    ],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
