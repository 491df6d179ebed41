import { describe, expect, it } from 'vitest';
import { profileOf } from '../lang';
import { collectNames, sentenceTerms } from '../text/terms';
import { analyzeSentences, analyzeText } from './analyze-sentence';

// A story outside the bundled corpus, so that nothing here is tuned to its wording.
const KENYA = [
  'Ruto met IMF officials in Nairobi on Monday.',
  'Kenyan President William Ruto said the talks had gone well.',
  'Treasury officials expect a new programme by June.',
];

describe('analyzeText', () => {
  it.each([
    ['no headline', []],
    ['a headline in title case, which names nothing', ['Ruto Meets IMF Officials In Nairobi']],
    ['a headline whose names the text already capitalises', ['IMF talks: Ruto upbeat']],
  ])('keeps the names it read from the text alone: %s', (_, context) => {
    const text = analyzeText(KENYA, profileOf('en'), context);
    expect(text.ownNames).toEqual(collectNames(KENYA));
    // The terms are those a second reader with these names would read.
    for (const sentence of text.sentences)
      expect(sentence.terms).toEqual(sentenceTerms(sentence.text, profileOf('en'), text.ownNames!));
  });

  it.each([
    ['a headline that names "Treasury" in mid-line', ['Kenyan budget: Treasury upbeat']],
    ['a Spanish headline naming it', ['Optimismo en el Treasury keniano']],
  ])('says when its context added a name: %s', (_, context) => {
    const text = analyzeText(KENYA, profileOf('en'), context);
    expect(text.ownNames).toBeNull();
    // "Treasury" opening the last sentence is a name only thanks to the headline.
    expect(text.sentences[2]!.terms[0]).toMatchObject({ term: 'treasury', isName: true });
  });

  it('gives what analyzeSentences gives', () => {
    const context = ['Kenyan budget: Treasury upbeat'];
    expect(analyzeText(KENYA, profileOf('en'), context).sentences).toEqual(
      analyzeSentences(KENYA, profileOf('en'), context),
    );
  });
});
