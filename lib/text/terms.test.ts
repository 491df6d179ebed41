import { profileOf, type Language } from '../lang';
import { describe, expect, it } from 'vitest';
import { foldCase } from './normalize';
import { sentenceTerms, termOf } from './terms';

const terms = (s: string, lang: Language = 'en') => sentenceTerms(s, profileOf(lang)).map((t) => t.term);

describe('sentenceTerms', () => {
  it('keeps a hyphenated phrase built round a function word as one word', () => {
    expect(terms('plans for a face-to-face meeting')).toHaveLength(3);
    expect(terms('plans for a face-to-face meeting')).not.toContain('face');
    expect(terms('could face consequences')).toContain('face');
    // Other hyphenated words are still split into their parts.
    expect(terms('anti-narcotics operations')).not.toContain('anti');
  });

  it('reads "so-called" as no word: it names, it does not call', () => {
    expect(terms('a so-called double-tap strike')).toEqual(terms('a double-tap strike'));
  });

  it('leaves out adverbs of manner, which reports word as they like', () => {
    expect(terms('he publicly invited')).toEqual(terms('he formally invited'));
    expect(terms('deadly strikes')).toContain(terms('deadly')[0]);
    expect(terms('his family home')).toHaveLength(2);
    expect(terms('lo invitó formalmente', 'es')).toEqual(terms('lo invitó', 'es'));
  });
});

describe('termOf on Spanish words', () => {
  // One lexicon entry covers a word's inflections through its stem.
  it.each([
    ['incautaron', 'seizure'],
    ['incautamos', 'seized'],
    ['bombardearon', 'bombing'],
    ['conversaciones', 'talks'],
    ['amenazando', 'threats'],
    ['acusando', 'accused'],
    ['sancionó', 'sanctions'],
    ['negado', 'denied'],
  ])('%s has the term of "%s"', (spanish, english) => {
    expect(termOf(foldCase(spanish), profileOf('es'))).toBe(termOf(english, profileOf('en')));
  });

  it('leaves a stem two entries would send to different words, and short stems, untranslated', () => {
    // "armada" is navy and "armados" armed: "armadas" could be either.
    expect(termOf('armadas', profileOf('es'))).not.toBe(termOf('navy', profileOf('en')));
    expect(termOf('armadas', profileOf('es'))).not.toBe(termOf('armed', profileOf('en')));
    // "casa" is listed as house; "casado" (married) shares its three-letter stem only.
    expect(termOf('casado', profileOf('es'))).not.toBe(termOf('house', profileOf('en')));
  });
});

describe('days and months', () => {
  it('reads a Spanish day or month as the English name it is in an English sentence', () => {
    const es = sentenceTerms('Hablaron el miércoles y se verán en septiembre.', profileOf('es')).filter(
      (t) => t.isName,
    );
    const en = sentenceTerms('They spoke on Wednesday and will meet in September.', profileOf('en')).filter(
      (t) => t.isName,
    );
    expect(es.map((t) => t.term)).toEqual(en.map((t) => t.term));
  });
});

describe('the lexicon carries general words of the news', () => {
  it.each([
    ['retiró', 'revoked'],
    ['soldados', 'soldiers'],
    ['desobedecer', 'disobey'],
    ['órdenes', 'orders'],
    ['venda', 'sold'],
    ['manifestación', 'rally'],
    ['discurso', 'speech'],
  ])('%s ~ %s', (spanish, english) => {
    expect(termOf(foldCase(spanish), profileOf('es'))).toBe(termOf(english, profileOf('en')));
  });
});
