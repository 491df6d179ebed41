import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Corpus } from '../lib';
import type { PreparedCorpusJson } from '../lib';
import { loadCorpus } from '../lib';
import { MAX_COLLECTION_BYTES, parseCollection } from '../lib';
import { mergeCorpus } from '../lib';
import { prepareExported, type UserSource } from '../lib/sources/user-source';
import { InputError } from './read-page';

/** The sources of a collection file (as the extension exports it), prepared as the extension imports them. */
export function readCollectionFile(path: string): { name: string; sources: UserSource[] } {
  if (!existsSync(path)) throw new InputError(`No collection file at ${path}.`);
  if (statSync(path).size > MAX_COLLECTION_BYTES)
    throw new InputError(`${path} is larger than ${MAX_COLLECTION_BYTES / 1048576} MB.`);
  const parsed = parseCollection(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new InputError(`${path}: ${parsed.problem.message}`);
  const { name, sources } = parsed.value;
  return { name, sources: sources.map((source) => prepareExported(source, name)) };
}

/** The corpus (bundled or a folder's) with the sources of collection files, in one index. */
export function corpusWithCollections(base: unknown, paths: readonly string[]): Corpus {
  loadCorpus(base); // validates the base corpus with its own messages
  const collections = paths.map(readCollectionFile);
  return mergeCorpus(
    base as PreparedCorpusJson,
    'bundled',
    collections.flatMap(({ name, sources }) => sources.map((source) => ({ source, collectionName: name }))),
  );
}
