import { afterAll, beforeAll } from 'vitest';
import { launchExtension, type LoadedExtension } from './launch-extension';
import { startServer, type FixtureServer } from './static-server';

/**
 * Starts the fixture server and Chromium with the built extension before a suite's tests, hands
 * both to `ready`, and closes them after: the setup every end-to-end suite shares.
 */
export function useExtension(ready: (server: FixtureServer, ext: LoadedExtension) => void): void {
  let server: FixtureServer | undefined;
  let ext: LoadedExtension | undefined;
  beforeAll(async () => {
    [server, ext] = await Promise.all([startServer(), launchExtension()]);
    ready(server, ext);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
}
