import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { ROOT } from './static-server';

// The hostile pages' server. It listens on 127.0.0.1; `http://localhost:PORT` is the same server seen
// from a second origin (for the cross-origin frame). Fixture files under tests/e2e/fixtures/hostile are
// templates: `<!--ARTICLE-->` becomes the article's paragraphs (sentences the bundled corpus states,
// some with other figures), `{{OTHER_ORIGIN}}` the second origin. Pages too large to keep in git (10 MB,
// 5,000 paragraphs) are generated; a few pages get special headers (a strict CSP, windows-1252).

const DIR = join(ROOT, 'tests/e2e/fixtures/hostile');

export interface HostileServer {
  origin: string;
  otherOrigin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Filler paragraphs no report states, distinct from each other, of about `bytes` in all. */
function filler(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `<p>Council note ${i}: the district committee met on session ${i} to review routine parking permits, bin collection rounds and the repainting of crossing number ${i % 997}.</p>\n`;
    parts.push(p);
    size += p.length;
  }
  return parts.join('');
}

const HEADERS: Record<string, Record<string, string>> = {
  'csp.html': {
    'content-security-policy':
      "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'; frame-ancestors 'none'",
  },
};

export async function startHostileServer(): Promise<HostileServer> {
  const article = await readFile(join(DIR, 'article-body.html'), 'utf8');
  const generated = new Map<string, () => Promise<string>>([
    ['huge.html', async () => page('A very long page', `${article}${filler(10 * 1024 * 1024)}`)],
    [
      'many.html',
      async () =>
        page(
          'Five thousand paragraphs',
          `${article}${filler(5000 * 170)
            .split('\n', 5000)
            .join('\n')}`,
        ),
    ],
  ]);
  const cache = new Map<string, string>();
  let other = '';

  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const name = path.startsWith('/hostile/spa-late/') ? 'spa-late.html' : path.replace(/^\/hostile\//, '');
    const file = normalize(join(DIR, name));
    try {
      if (!file.startsWith(DIR) || !name.endsWith('.html')) throw new Error('outside the fixtures');
      let body = cache.get(name);
      if (body === undefined) {
        const make = generated.get(name);
        body = make ? await make() : await readFile(file, 'utf8');
        cache.set(name, body);
      }
      body = body.replace('<!--ARTICLE-->', article).replaceAll('{{OTHER_ORIGIN}}', other);
      const latin1 = name === 'latin1.html';
      res.writeHead(200, {
        'content-type': `text/html; charset=${latin1 ? 'windows-1252' : 'utf-8'}`,
        ...HEADERS[name],
      });
      res.end(latin1 ? Buffer.from(body, 'latin1') : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  other = `http://localhost:${port}`;
  return {
    origin,
    otherOrigin: other,
    url: (p) => `${origin}${p}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><article><h1>${title}</h1>${body}</article></main></body></html>`;
}
