import { profileOf } from '../lang';
import { describe, expect, it } from 'vitest';
import { findTranslatedQuote } from './translated-quote';

describe('findTranslatedQuote', () => {
  it.each([
    [
      '"Fue un gran honor hablar con Petro", escribió Trump.',
      'es',
      'He called it “a Great Honor.”',
      'en',
      'Fue un gran honor hablar con Petro',
    ],
    ['Trump dijo que era "un gran honor".', 'es', 'Trump called the talks “a great success.”', 'en', null],
    // One word quoted on both sides is one quotation, as it is within a language ("hostile").
    ['Trump lo calificó de "hostil".', 'es', 'Trump called Petro “hostile.”', 'en', 'hostil'],
    ['Colombia podría ser "la próxima".', 'es', 'Colombia could be “next”.', 'en', 'la próxima'],
    // One translated word inside a longer quotation is not.
    ['Trump lo calificó de "hostil".', 'es', 'Petro said it was “a hostile act by Washington.”', 'en', null],
    ['He called it “a great honor.”', 'en', 'He called it “a great honor.”', 'en', null],
  ] as const)('%s | %s', (page, pageLanguage, report, reportLanguage, expected) => {
    expect(findTranslatedQuote(page, profileOf(pageLanguage), report, profileOf(reportLanguage))).toBe(
      expected,
    );
  });
});
