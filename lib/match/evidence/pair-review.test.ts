import { describe, expect, it } from 'vitest';
import { testCorpus } from '../../../tests/fixtures/test-corpus';
import { analyzeSentences, analyzeText } from '../../analysis/analyze-sentence';
import { addReport } from '../../corpus/add-report';
import { profileOf } from '../../lang';
import { PairReviewer } from './pair-review';

// A story outside the bundled corpus: Kenya, its debt and a visit.
const WIRE = {
  id: 'wire.txt',
  meta: { outlet: 'Wire', date: '2026-03-02' },
  text: [
    'Ruto invites Biden to Nairobi',
    'Kenyan President William Ruto invited US President Joe Biden to visit Nairobi and see the new rail line.',
    'Ruto told reporters the talks with the IMF had gone well, and warned that Kenya could default.',
    'Ruto and Biden spoke by phone on Tuesday about trade and the rail line.',
  ].join('\n'),
};
const corpus = testCorpus([WIRE]);

const PAGE = [
  'Biden accepted an invitation from President Ruto to visit Nairobi.',
  'Ruto warned in a speech that Kenya could default on its debt.',
  'Treasury officials in Nairobi said Biden and Ruto spoke by phone on Tuesday.',
];

describe('PairReviewer', () => {
  it.each([
    ['no headline', null],
    ['a headline that adds no name', 'Ruto warns of default'],
    ['a headline that adds a name ("Treasury")', 'Kenyan debt: Treasury warns'],
  ])('looks the same with or without the page analysis it is given: %s', (_, title) => {
    const analysis = analyzeText(PAGE, profileOf('en'), title ? [title] : []);
    const fresh = new PairReviewer(corpus, PAGE, 'en');
    const given = new PairReviewer(corpus, PAGE, 'en', undefined, analysis);
    for (let page = 0; page < PAGE.length; page++)
      for (let candidate = 0; candidate < corpus.index.size; candidate++)
        expect(given.look(page, candidate, true)).toEqual(fresh.look(page, candidate, true));
  });
});

describe('PairReviewer.quickFrames', () => {
  // The corpus sentence the page sentence is held against, by its words.
  const at = (words: string, within = corpus) => {
    for (let id = 0; id < within.index.size; id++) {
      const where = within.locate(id);
      if (where.report.sentences[where.index]!.includes(words)) return id;
    }
    throw new Error(`no corpus sentence with "${words}"`);
  };
  const page = (sentence: string) => analyzeSentences([sentence], profileOf('en'))[0]!.keys;

  it.each([
    [
      'an invitation against the invitation',
      'Ruto invited Biden to Nairobi.',
      'invited US President',
      'shared',
    ],
    ['an invitation against a phone call', 'Ruto invited Biden to Nairobi.', 'spoke by phone', 'conflict'],
    ['no act on the page side', 'Nairobi is the capital of Kenya.', 'invited US President', 'none'],
  ])('%s: %s', (_, sentence, report, expected) => {
    const reviewer = new PairReviewer(corpus, [sentence], 'en');
    expect(reviewer.quickFrames(0, page(sentence), at(report))).toBe(expected);
  });

  it('reads the frames of a report added after the first look', () => {
    const grown = testCorpus([WIRE]);
    const sentence = 'Ruto invited Biden to Nairobi.';
    const reviewer = new PairReviewer(grown, [sentence], 'en');
    expect(reviewer.quickFrames(0, page(sentence), at('spoke by phone', grown))).toBe('conflict');
    addReport(grown, {
      id: 'later.txt',
      meta: { outlet: 'Later', date: '2026-03-03' },
      text: 'Biden accepts\nBiden accepted an invitation from Ruto to visit Nairobi in May.',
    });
    expect(reviewer.quickFrames(0, page(sentence), at('accepted an invitation', grown))).toBe('shared');
  });
});
