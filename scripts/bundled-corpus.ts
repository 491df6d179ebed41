import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareCorpus } from '../lib/corpus/prepare-corpus';
import type { PreparedCorpusJson } from '../lib/corpus/corpus-format';
import { readCorpusDir } from './read-corpus-dir';
import { englishCommonStems } from './common-words';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
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

function isFresh(): boolean {
  if (!existsSync(PREPARED_PATH)) return false;
  const built = statSync(PREPARED_PATH).mtimeMs;
  return readdirSync(CORPUS_DIR).every((f) => statSync(join(CORPUS_DIR, f)).mtimeMs <= built);
}
