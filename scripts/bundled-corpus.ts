import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareCorpus } from '../lib';
import type { PreparedCorpusJson } from '../lib';
import { readCorpusDir } from './read-corpus-dir';
import { englishCommonStems } from './common-words';

// The project's root: the nearest folder above this file with a package.json (this file also runs
// bundled, from .output/cli/).
function projectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const root = projectRoot(dirname(fileURLToPath(import.meta.url)));
/** The bundled reports and their metadata (reports.json). */
export const CORPUS_DIR = join(root, 'corpus', 'reports');
/** The prepared artifact the extension ships and the command loads. */
export const PREPARED_PATH = join(root, 'public', 'corpus', 'index.json');

/** Prepares the bundled corpus and writes the artifact; returns it. */
export function writePreparedCorpus(): PreparedCorpusJson {
  const prepared = prepareCorpus(readCorpusDir(CORPUS_DIR), englishCommonStems());
  mkdirSync(dirname(PREPARED_PATH), { recursive: true });
  writeFileSync(PREPARED_PATH, JSON.stringify(prepared));
  return prepared;
}

/** The prepared bundled corpus, prepared afresh when the artifact is missing or older than a report. */
export function bundledCorpusJson(): unknown {
  if (isFresh()) return JSON.parse(readFileSync(PREPARED_PATH, 'utf8'));
  return writePreparedCorpus();
}

// Fresh when newer than every report and every engine source: a change to lib/ can change what
// preparation writes, and a stale index would answer silently wrong.
function isFresh(): boolean {
  if (!existsSync(PREPARED_PATH)) return false;
  const built = statSync(PREPARED_PATH).mtimeMs;
  const sources = [...listFiles(CORPUS_DIR), ...listFiles(join(root, 'lib'))];
  return sources.every((f) => statSync(f).mtimeMs <= built);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
