import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../lib';
import { prepareCorpus } from '../lib';
import { compareText } from '../lib';
import { bundledCorpusJson, CORPUS_DIR } from '../scripts/bundled-corpus';
import { englishCommonStems } from '../scripts/common-words';
import { readCorpusDir } from '../scripts/read-corpus-dir';
import { readPage } from '../scripts/read-page';

// The story gate on real-looking pages: pages about other stories, many near this one (a port
// seizure in Ecuador, the same president on climate, a reference list with "p. 84", a match's
// "first half"), get no version at all; pages about the story still get theirs.

const corpus = loadCorpus(bundledCorpusJson());
const compareFile = (file: string, against = corpus) => {
  const page = readPage(file);
  return compareText(against, page.text, {}, { title: page.title, url: page.url });
};
const filesIn = (dir: string) => readdirSync(dir).map((f) => join(dir, f));

const OTHER_STORIES = [...filesIn('tests/fixtures/other-stories'), 'tests/e2e/fixtures/unrelated.html'];
const ON_STORY = [
  ...filesIn('tests/fixtures/pages'),
  ...filesIn('tests/fixtures/long'),
  'tests/e2e/fixtures/article.html',
  'tests/e2e/fixtures/articulo.html',
];

describe('a page about another story', () => {
  it('has enough pages to measure on, in both languages', () => {
    expect(OTHER_STORIES.length).toBeGreaterThanOrEqual(30);
    expect(OTHER_STORIES.filter((f) => f.includes('.es.')).length).toBeGreaterThanOrEqual(8);
  });

  it.each(OTHER_STORIES)('%s gets no version and is said to be about another story', (file) => {
    const result = compareFile(file);
    expect(result.matches).toEqual([]);
    expect(result.page.offStory).toBe(true);
  });

  it('is still compared when a reader asks for it, as a selection is', () => {
    const page = readPage('tests/fixtures/other-stories/ecuador-port-seizure.en.html');
    const asked = compareText(corpus, page.text, { storyGate: false });
    expect(asked.page.offStory).toBe(true);
    expect(asked.matches.length).toBeGreaterThan(0);
  });
});

describe('a passage compared past the story gate, as a selection is', () => {
  const versionsOf = (file: string, sentence: string) => {
    const page = readPage(`tests/fixtures/other-stories/${file}`);
    expect(page.text).toContain(sentence);
    const result = compareText(corpus, page.text, { storyGate: false });
    return result.matches.filter((m) => m.pageSentence.includes(sentence));
  };

  it.each([
    ['a reference list line', 'drug-policy-article.en.html', 'University of North Carolina Press. p. 84.'],
    ['a further-reading line', 'university-history.en.txt', 'Yale University Press. p. 84.'],
    ['a period of a match', 'premier-league-match.en.html', 'This is the first half of the season'],
    ['a share of other things', 'colombia-flower-exports.en.txt', 'more than half of the shipments'],
    [
      'a definition of a social graph',
      'social-networks-tech.en.txt',
      'links people together based on who they know',
    ],
    ['una final de partido', 'seleccion-colombia.es.html', 'en la segunda mitad apenas'],
  ])('gets no version from %s', (_, file, sentence) => {
    expect(versionsOf(file, sentence)).toEqual([]);
  });
});

describe('a page about the story', () => {
  it.each(ON_STORY)('%s is compared and gets versions', (file) => {
    const result = compareFile(file);
    expect(result.page.offStory).toBe(false);
    expect(result.matches.length).toBeGreaterThan(0);
  });

  // A new report on the story is not in the corpus yet: each bundled report against the others.
  const raw = readCorpusDir(CORPUS_DIR);
  const stems = englishCommonStems();
  it.each(raw.map((r) => [r.id, r] as const))(
    'report %s is about the story of the other four',
    (id, report) => {
      const others = loadCorpus(
        prepareCorpus(
          raw.filter((r) => r !== report),
          stems,
        ),
      );
      const result = compareFile(join(CORPUS_DIR, id), others);
      expect(result.page.offStory).toBe(false);
      expect(result.matches.length).toBeGreaterThan(0);
    },
  );
});
