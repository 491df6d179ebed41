import { describe, expect, it } from 'vitest';
import { compareFigures } from '../figures/compare-figures';
import { parseFigures } from '../figures/parse-figures';
import { profileOf, type Language } from '../lang';
import { classifyRelation } from './classify-relation';

const verdict = (page: string, report: string, words: string[], reportWords: string[], score: number) =>
  classifyRelation(page, report, {
    figurePairs: [],
    sharedQuote: null,
    sharedWords: words,
    reportSharedWords: reportWords,
    score,
    corroborateScore: 0.45,
  });

describe('classifyRelation', () => {
  it('sets a negation against any version', () => {
    const v = verdict(
      'Petro did not invite Trump.',
      'Petro invited Trump to Colombia.',
      ['invite'],
      ['invited'],
      0.35,
    );
    expect(v.relation).toBe('diverges');
    expect(v.differences).toEqual([{ aspect: 'negation', page: 'not', report: '(affirmed)' }]);
  });

  it('sets a denial only against a version known to state the same claim', () => {
    const loose = verdict(
      "Trump rejected Petro's invitation to visit Colombia.",
      'Petro has issued a direct invitation to Trump to visit Colombia.',
      ['invitation', 'visit'],
      ['invitation', 'visit'],
      0.33,
    );
    expect(loose.relation).toBe('related');
    const same = verdict(
      'Petro denied inviting Trump to Colombia.',
      'Petro has publicly invited Trump to Colombia.',
      ['inviting'],
      ['invited'],
      0.51,
    );
    expect(same).toMatchObject({
      relation: 'diverges',
      differences: [{ aspect: 'negation', page: 'denied' }],
    });
  });

  it.each([
    [
      'the first missile against strikes that have killed so far',
      'The first missile killed nine of the eleven people on board.',
      'US strikes on alleged drug boats have killed at least 83 people since September.',
      'en',
    ],
    [
      'el primer misil contra los ataques que han matado desde septiembre',
      'El primer misil mató a 11 personas a bordo.',
      'Los ataques han matado al menos a 83 personas desde septiembre.',
      'es',
    ],
  ])(
    'sets one event against a running total as related, with a scope difference: %s',
    (_n, page, report, lang) => {
      const language = lang as Language;
      const v = classifyRelation(page, report, {
        figurePairs: compareFigures(
          parseFigures(page, profileOf(language)),
          parseFigures(report, profileOf(language)),
        ),
        sharedQuote: null,
        sharedWords: ['killed'],
        score: 0.5,
        corroborateScore: 0.45,
      });
      expect(v.relation).toBe('related');
      expect(v.differences.map((d) => d.aspect)).toEqual(['scope']);
    },
  );

  it.each([
    [
      'más de 1.496 combates against over 1,446',
      'Más de 1.496 combates terrestres.',
      'es',
      'There were over 1,446 ground battles.',
      [],
      ['Más de 1.496 combates ~ over 1,446 ground battles'],
    ],
    [
      'over 1,400 against over 1,446',
      'over 1,400 ground operations',
      'en',
      'over 1,446 ground battles',
      [],
      ['over 1,400 ground operations ~ over 1,446 ground battles'],
    ],
    [
      '84% against 84 percent',
      '84% of the cocaine',
      'en',
      '84 percent of the cocaine',
      ['84% of the cocaine'],
      [],
    ],
    [
      '1.446 combates against 1,446 battles',
      'Hubo 1.446 combates.',
      'es',
      'There were 1,446 battles.',
      ['1.446 combates'],
      [],
    ],
  ])(
    'lists as shared only a figure equal after normalisation: %s',
    (_n, page, lang, report, shared, compatible) => {
      const v = classifyRelation(page, report, {
        figurePairs: compareFigures(
          parseFigures(page, profileOf(lang as Language)),
          parseFigures(report, profileOf('en')),
        ),
        sharedQuote: null,
        sharedWords: [],
        score: 0.5,
        corroborateScore: 0.45,
      });
      expect(v.agreeingFigures).toEqual(shared);
      expect(v.compatibleFigures.map((c) => `${c.page} ~ ${c.report}`)).toEqual(compatible);
    },
  );

  it('gives two conflicting rates in one unit, per day', () => {
    const page = 'Colombia destroys one laboratory every hour.';
    const report = 'Colombia destroys one laboratory every 40 minutes.';
    const v = classifyRelation(page, report, {
      figurePairs: compareFigures(parseFigures(page, profileOf('en')), parseFigures(report, profileOf('en'))),
      sharedQuote: null,
      sharedWords: ['destroys', 'laboratory'],
      score: 0.6,
      corroborateScore: 0.45,
    });
    expect(v.differences).toEqual([
      {
        aspect: 'figure',
        page: 'one laboratory every hour',
        report: 'one laboratory every 40 minutes',
        perDay: { page: 24, report: 36 },
      },
    ]);
  });
});
