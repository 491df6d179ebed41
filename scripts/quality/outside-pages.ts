// The versions the engine finds on the test pages outside the gold (tests/fixtures/pages), one
// line each, for comparing two states of the engine: `npx tsx scripts/quality/outside-pages.ts`.
import { readdirSync, readFileSync } from 'node:fs';
import { loadCorpus } from '../../lib/corpus/load-corpus';
import { compareText } from '../../lib/match/compare-text';
import { readTextPage } from '../../lib/page/read-text-page';
import { bundledCorpusJson } from '../bundled-corpus';

const DIR = 'tests/fixtures/pages';
const corpus = loadCorpus(bundledCorpusJson());
const counts = { corroborates: 0, diverges: 0, related: 0 } as Record<string, number>;
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt'))) {
  const page = readTextPage(readFileSync(`${DIR}/${file}`, 'utf8'));
  const result = compareText(corpus, page.text, {}, { title: page.title });
  for (const m of result.matches) {
    counts[m.relation] = (counts[m.relation] ?? 0) + 1;
    console.log(`${file}\t${m.relation}\t${m.pageSentence}\t${m.report}\t${m.reportSentence}`);
  }
}
console.error(JSON.stringify(counts));
