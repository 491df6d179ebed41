import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../lib';
import { prepareCorpus } from '../lib';
import { compareText } from '../lib';
import { CORPUS_DIR } from './bundled-corpus';
import { englishCommonStems } from './common-words';
import { readCorpusDir } from './read-corpus-dir';
import { readPage } from './read-page';

// Measures the story gate's margins (lib/match/story-gate.ts): the story score of every page about
// the story and of every page about another, against the threshold. Each bundled report is scored
// against a corpus of the others, as a new report on the story would be.
//   npx tsx scripts/story-gate-margins.ts

const ON_STORY = ['tests/fixtures/pages', 'tests/fixtures/long'];
const ON_STORY_E2E = ['article.html', 'articulo.html', 'self.html'].map((f) => `tests/e2e/fixtures/${f}`);
const OFF_STORY = ['tests/fixtures/other-stories'];
const OFF_STORY_E2E = ['tests/e2e/fixtures/unrelated.html'];

const filesIn = (dir: string) => readdirSync(dir).map((f) => join(dir, f));
const stems = englishCommonStems();
const raw = readCorpusDir(CORPUS_DIR);
const corpus = loadCorpus(prepareCorpus(raw, stems));

interface Row {
  about: 'story' | 'other';
  file: string;
  score: number;
  threshold: number;
  versions: number;
}

function measure(file: string, about: Row['about'], against = corpus): Row {
  const page = readPage(file);
  const result = compareText(against, page.text, {}, { title: page.title });
  const { threshold } = [...against.stories.values()][0]!;
  return { about, file, score: result.page.storyScore ?? 0, threshold, versions: result.matches.length };
}

const rows: Row[] = [
  ...raw.map((report) => {
    const others = loadCorpus(
      prepareCorpus(
        raw.filter((r) => r !== report),
        stems,
      ),
    );
    return measure(join(CORPUS_DIR, report.id), 'story', others);
  }),
  ...[...ON_STORY.flatMap(filesIn), ...ON_STORY_E2E].map((f) => measure(f, 'story')),
  ...[...OFF_STORY.flatMap(filesIn), ...OFF_STORY_E2E].map((f) => measure(f, 'other')),
].sort((a, b) => a.score / a.threshold - b.score / b.threshold);

for (const r of rows)
  console.log(
    `${r.about.padEnd(6)} ${r.score.toFixed(2).padStart(6)} / ${r.threshold.toFixed(2)}  ${String(r.versions).padStart(3)} versions  ${r.file}`,
  );
const ratio = (r: Row) => r.score / r.threshold;
const lowestOn = rows.filter((r) => r.about === 'story').reduce((a, b) => (ratio(a) < ratio(b) ? a : b));
const highestOff = rows.filter((r) => r.about === 'other').reduce((a, b) => (ratio(a) > ratio(b) ? a : b));
console.log(
  `\nlowest page about the story: ${ratio(lowestOn).toFixed(2)} × threshold (${lowestOn.file})\n` +
    `highest page about another:  ${ratio(highestOff).toFixed(2)} × threshold (${highestOff.file})`,
);
