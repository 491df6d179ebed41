import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests of the extension's own pure code (entrypoints/, messaging/), until the root config runs them.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) } },
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['entrypoints/**/*.test.{ts,tsx}', 'messaging/**/*.test.ts', 'components/**/*.test.ts'],
  },
});
