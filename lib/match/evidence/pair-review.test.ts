import { describe, expect, it } from 'vitest';
import { testCorpus } from '../../../tests/fixtures/test-corpus';
import { analyzeText } from '../../analysis/analyze-sentence';
import { profileOf } from '../../lang';
import { PairReviewer } from './pair-review';

// A story outside the bundled corpus: Kenya, its debt and a visit.
const corpus = testCorpus([
  {
    id: 'wire.txt',
    meta: { outlet: 'Wire', date: '2026-03-02' },
    text: [
      'Ruto invites Biden to Nairobi',
      'Kenyan President William Ruto invited US President Joe Biden to visit Nairobi and see the new rail line.',
      'Ruto told reporters the talks with the IMF had gone well, and warned that Kenya could default.',
      'Ruto and Biden spoke by phone on Tuesday about trade and the rail line.',
    ].join('\n'),
  },
]);

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
    const given = new PairReviewer(corpus, PAGE, 'en', analysis);
    for (let page = 0; page < PAGE.length; page++)
      for (let candidate = 0; candidate < corpus.index.size; candidate++)
        expect(given.look(page, candidate, true)).toEqual(fresh.look(page, candidate, true));
  });
});
