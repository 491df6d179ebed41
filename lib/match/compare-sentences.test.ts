import { describe, expect, it } from 'vitest';
import { compareSentences } from './compare-sentences';
import { compareText } from './compare-text';
import { REPORT_A, REPORT_B, testCorpus } from '../../tests/fixtures/test-corpus';

const corpus = testCorpus([REPORT_A, REPORT_B]);
const versions = (sentence: string) => compareSentences(corpus, [sentence]).matches;

describe('compareSentences finds versions of a claim', () => {
  it.each([
    [
      'a seizure framed as one record vs a running total diverges in scope',
      'Petro said Colombia made the largest single cocaine seizure in history, 2,700 tons.',
      'b.txt',
      'diverges',
      'scope',
    ],
    [
      'compatible figures corroborate',
      'The army carried out over 1,400 ground operations and numerous bombings against armed groups.',
      'b.txt',
      'corroborates',
      null,
    ],
    [
      'conflicting counts diverge',
      'Officials counted 13 bombing raids and over 1,400 ground battles during his administration.',
      'b.txt',
      'diverges',
      'figure',
    ],
    [
      'conflicting rates diverge',
      'Colombia destroys 9 cocaine laboratories a day, Petro said.',
      'b.txt',
      'diverges',
      'figure',
    ],
    [
      'a vague amount agrees with a figure',
      'Colombia has helped stop thousands of tonnes of cocaine seized to date, Petro said.',
      'b.txt',
      'corroborates',
      null,
    ],
  ])('%s', (_name, sentence, report, relation, aspect) => {
    const match = versions(sentence).find((m) => m.report === report);
    expect(match?.relation).toBe(relation);
    if (aspect) expect(match?.differences.map((d) => d.aspect)).toContain(aspect);
    else expect(match?.differences).toEqual([]);
  });

  it('shows both phrasings of a difference', () => {
    const match = versions(
      'Officials counted 13 bombing raids and over 1,400 ground battles during his administration.',
    ).find((m) => m.report === 'b.txt');
    expect(match?.differences).toContainEqual({
      aspect: 'figure',
      page: '13 bombing raids',
      report: '12 bombings',
    });
  });

  it('explains a match with the words, names and figures both share', () => {
    const [match] = versions(
      'Petro said Colombia had destroyed 18,400 cocaine laboratories and invited Trump to visit.',
    );
    expect(match?.report).toBe('a.txt');
    expect(match?.shared.words).toEqual(expect.arrayContaining(['destroyed', 'cocaine', 'laboratories']));
    expect(match?.shared.names).toEqual(expect.arrayContaining(['Trump']));
  });

  it('takes the same quoted words as evidence of one statement', () => {
    const [match] = versions(
      'Donald Trump told reporters that Gustavo Petro had been "hostile" to the United States for months.',
    );
    expect(match).toMatchObject({ report: 'b.txt', relation: 'corroborates' });
  });

  it('does not match sentences that share only names', () => {
    expect(versions('Gustavo Petro told Donald Trump that Colombia would hold elections next year.')).toEqual(
      [],
    );
  });

  it('does not match sentences that share only names and a verb of telling', () => {
    const telling = testCorpus([
      REPORT_A,
      REPORT_B,
      { id: 'c.txt', meta: {}, text: 'In Bogota, Gustavo Petro announced the news.' },
    ]);
    // With no floor on the shared words' weight, so that only this rule is at work.
    const check = (page: string) => compareSentences(telling, [page], { minContentWeight: 0 }).matches;
    expect(check('On Friday, Gustavo Petro announced that Trump would face an election challenge.')).toEqual(
      [],
    );
    expect(check('In Bogota, Gustavo Petro announced the news of the visit.')).not.toEqual([]);
  });

  it('sets another month against the same event only', () => {
    const visa = testCorpus([
      REPORT_A,
      {
        id: 'v.txt',
        meta: {},
        text: 'The White House revoked the visa of Gustavo Petro in September after he spoke at a rally in New York.',
      },
    ]);
    const [same] = compareSentences(visa, [
      'The White House revoked the visa of Gustavo Petro in October after he spoke at a rally in New York.',
    ]).matches;
    expect(same).toMatchObject({ relation: 'diverges', differences: [{ aspect: 'date' }] });
    // October dates the sanctions here, not the visa.
    const other = compareSentences(visa, [
      'The US Treasury sanctioned Gustavo Petro in October, after the White House had revoked his visa.',
    ]).matches;
    expect(other).not.toEqual([]);
    expect(other.flatMap((m) => m.differences)).toEqual([]);
  });

  it('does not match a headline or a fragment', () => {
    expect(versions('Petro invites Trump to see the drug war')).toEqual([]);
  });

  it('does not match a question, which asks rather than states', () => {
    const statement = 'The DEA said 84% of the cocaine seized in 2024 came from Colombia.';
    expect(versions(statement)).not.toEqual([]);
    expect(versions('Did the DEA say 84% of the cocaine seized in 2024 came from Colombia?')).toEqual([]);
    expect(versions('¿Cuánta cocaína incautada en 2024 procedía de Colombia según la DEA?')).toEqual([]);
  });

  it('matches a Spanish page with the English reports through figures and the lexicon', () => {
    const result = compareText(
      corpus,
      'La DEA informó que el 84 % de la cocaína incautada en 2024 procedía de Colombia.',
    );
    expect(result.page.language).toBe('es');
    expect(result.matches[0]).toMatchObject({ report: 'a.txt', relation: 'corroborates' });
  });

  it('lists matches in page order, best first, with scores between 0 and 1', () => {
    const result = compareText(
      corpus,
      'Petro reported the seizure of 2,700 tons of cocaine so far. Trump said Petro has been quite hostile toward the United States.',
    );
    expect(result.matches.map((m) => m.pageIndex)).toEqual(
      [...result.matches.map((m) => m.pageIndex)].sort(),
    );
    for (const m of result.matches) expect(m.score).toBeGreaterThan(0);
    for (const m of result.matches) expect(m.score).toBeLessThanOrEqual(1);
  });

  it('leaves related versions out when asked', () => {
    const all = compareText(
      corpus,
      'Petro said Colombia destroyed laboratories of cocaine while the military fought armed groups.',
    );
    const strict = compareText(
      corpus,
      'Petro said Colombia destroyed laboratories of cocaine while the military fought armed groups.',
      {
        includeRelated: false,
      },
    );
    expect(strict.matches.every((m) => m.relation !== 'related')).toBe(true);
    expect(strict.matches.length).toBeLessThanOrEqual(all.matches.length);
  });
});

describe('compareSentences recognises the page as a corpus report', () => {
  it('by its text, and leaves it out', () => {
    const result = compareText(corpus, REPORT_B.text);
    expect(result.page.self).toBe('b.txt');
    expect(result.matches.some((m) => m.report === 'b.txt')).toBe(false);
    expect(result.matches.length).toBeGreaterThan(0);
  });

  it('by its address', () => {
    const result = compareText(
      corpus,
      'Something else entirely happened today in Bogotá, officials said.',
      {},
      {
        url: 'https://www.a.example/petro-trump/?utm_source=x',
      },
    );
    expect(result.page.self).toBe('a.txt');
  });

  it('not for a page that only quotes one sentence of a report', () => {
    expect(compareText(corpus, REPORT_B.text.split('\n')[1]!).page.self).toBeNull();
  });
});
