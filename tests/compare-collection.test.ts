import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTION_FORMAT, COLLECTION_VERSION } from '@/lib';
import { exportSource, prepareSource, sourceId } from '@/lib/sources/user-source';
import { readPage } from '@/scripts/read-page';

// `compare --collection FILE`: a team's exported collection checked from a terminal, with the same
// sentences and matches the extension gives after importing it.

const SOURCES = 'tests/e2e/fixtures/sources';
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-collection-'));

function collectionFile(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const courier = readPage(join(SOURCES, 'courier-flood.html'));
const source = prepareSource(
  {
    id: sourceId(courier.url, courier.text),
    text: [courier.title, courier.text].join('\n'),
    meta: { outlet: 'Millbrook Courier', url: courier.url },
  },
  'team',
);
const good = collectionFile(
  'team.json',
  JSON.stringify({
    format: COLLECTION_FORMAT,
    version: COLLECTION_VERSION,
    name: 'Flood desk',
    sources: [exportSource(source)],
  }),
);

function compare(...args: string[]) {
  const run = spawnSync('node', ['scripts/run-compare.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run compare -- --collection FILE', () => {
  it('compares a page with the sources of a collection file as well as the bundled reports', () => {
    const { code, stdout } = compare('--json', '--collection', good, join(SOURCES, 'riverside-flood.html'));
    expect(code).toBe(0);
    const matches = (JSON.parse(stdout) as { matches: Array<{ report: string; relation: string }> }).matches;
    const fromCollection = matches.filter((m) => m.report === source.id);
    expect(fromCollection.length).toBeGreaterThanOrEqual(4);
    expect(fromCollection.some((m) => m.relation === 'diverges')).toBe(true); // 37 or 41 rescued
  });

  it('names the page itself when it is one of the collection’s sources', () => {
    const { stdout } = compare('--json', '--collection', good, join(SOURCES, 'courier-flood.html'));
    expect((JSON.parse(stdout) as { page: { self: string } }).page.self).toBe(source.id);
  });

  it.each([
    ['a missing file', join(dir, 'none.json'), /No collection file/],
    [
      'a truncated file',
      collectionFile('cut.json', JSON.stringify({ format: COLLECTION_FORMAT }).slice(0, 20)),
      /truncated/,
    ],
    [
      'a file of another version',
      collectionFile('v9.json', JSON.stringify({ format: COLLECTION_FORMAT, version: 9 })),
      /version 9/,
    ],
  ])('refuses %s with a clear message and exit code 2', (_name, path, message) => {
    const { code, stderr } = compare('--collection', path, join(SOURCES, 'riverside-flood.html'));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
