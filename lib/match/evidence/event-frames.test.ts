import { describe, expect, it } from 'vitest';
import { sentenceTerms } from '../../text/terms';
import { profileOf, type Language } from '../../lang';
import { compareFrames, firstFrameOf, framesOf } from './event-frames';

const frames = (sentence: string, language: Language = 'en') =>
  [
    ...framesOf(
      sentence.split(/\s+/).flatMap((w) => sentenceTerms(w, profileOf(language)).map((t) => t.term)),
    ),
  ].sort();

describe('framesOf', () => {
  it.each([
    ['Lula invited Macron to the summit', 'en', ['invite', 'meet']],
    ['The two leaders spoke by phone for an hour', 'en', ['meet']],
    ['Ruto is in Nairobi this week', 'en', []],
    ['Ruto held a phone call with Biden', 'en', ['meet']],
    ['Police seized 3 tons of heroin', 'en', ['seize']],
    ['The minister denied the accusations', 'en', ['accuse', 'deny']],
    ['Boric invitó a Milei a Santiago', 'es', ['invite']],
    ['La policía incautó dos toneladas de cocaína', 'es', ['seize']],
    ['El gobierno negó las acusaciones', 'es', ['accuse', 'deny']],
  ] as const)('%s (%s) → %j', (sentence, language, expected) => {
    expect(frames(sentence, language)).toEqual(expected);
  });
});

describe('compareFrames', () => {
  it.each([
    [
      'an invitation and a phone call are different acts',
      'Lula invited Macron',
      'Lula phoned Macron',
      'conflict',
    ],
    ['two invitations are one act', 'Lula invited Macron', 'Macron accepted the invitation', 'shared'],
    ['a denial answers an accusation', 'Ruto denied everything', 'They accused Ruto of fraud', 'none'],
    ['a strike carries out a threat', 'Israel threatened Iran', 'Israel bombed the site', 'none'],
    [
      'a sentence with no act has nothing to conflict with',
      'Ruto is in Nairobi',
      'Lula phoned Macron',
      'none',
    ],
  ])('%s', (_, a, b, expected) => {
    const keys = (s: string) => sentenceTerms(s, profileOf('en')).map((t) => t.term);
    expect(compareFrames(framesOf(keys(a)), framesOf(keys(b)))).toBe(expected);
  });
});

describe('firstFrameOf', () => {
  const key = (word: string, language: Language = 'en') => sentenceTerms(word, profileOf(language))[0]!.term;
  it.each([
    ['invited', 'en'],
    ['phoned', 'en'],
    ['seized', 'en'],
    ['invitó', 'es'],
    ['bombed', 'en'],
    ['Nairobi', 'en'],
    ['budget', 'en'],
  ] as const)('%s (%s): the first of the frames framesOf lists for it, or null', (word, language) => {
    const k = key(word, language);
    expect(firstFrameOf(k)).toBe([...framesOf([k])][0] ?? null);
  });

  it('names the act of a trigger word and nothing for a plain word', () => {
    expect(firstFrameOf(key('seized'))).toBe('seize');
    expect(firstFrameOf(key('budget'))).toBeNull();
  });
});
