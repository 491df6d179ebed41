import { readFileSync } from 'node:fs';
import { loadCorpus } from '../lib';
import { compareText } from '../lib';
import { readTextPage } from '../lib';
import { bundledCorpusJson } from '../scripts/bundled-corpus';

const corpus = loadCorpus(bundledCorpusJson());

/** Compares a page of tests/fixtures/pages with the bundled corpus, with lookups for the tests. */
export function compareFixture(file: string) {
  const page = readTextPage(readFileSync(`tests/fixtures/pages/${file}`, 'utf8'));
  const result = compareText(corpus, page.text, {}, { title: page.title });
  const versionOf = (mine: string, theirs: string) =>
    result.matches.find((m) => m.pageSentence.includes(mine) && m.reportSentence.includes(theirs));
  const matchesOf = (mine: string) => result.matches.filter((m) => m.pageSentence.includes(mine));
  return { result, versionOf, matchesOf };
}
