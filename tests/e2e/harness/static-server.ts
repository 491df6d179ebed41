import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve } from 'node:path';

// A tiny static server on 127.0.0.1 for the fixture pages. `/long/NAME` serves the long articles of
// tests/fixtures/long; `/spa/*` serves the single-page site whatever the path, like a real SPA host.

export const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/e2e/fixtures');
const LONG = join(ROOT, 'tests/fixtures/long');

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

function fileFor(pathname: string): string | null {
  if (pathname.startsWith('/spa/')) return join(FIXTURES, 'spa.html');
  const [dir, rest] = pathname.startsWith('/long/')
    ? [LONG, pathname.slice(6)]
    : [FIXTURES, pathname.slice(1)];
  const file = normalize(join(dir, rest || 'home.html'));
  return file.startsWith(dir) ? file : null;
}

export async function startServer(): Promise<FixtureServer> {
  const server: Server = createServer(async (req, res) => {
    const file = fileFor(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    try {
      if (!file) throw new Error('outside the fixtures');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/plain',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
