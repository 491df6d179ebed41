import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium. Run with `npm run e2e`, which installs
// Chromium if missing and builds first. One browser at a time: the machine has two cores.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    root: fileURLToPath(new URL('../..', import.meta.url)),
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ['verbose'],
  },
});
