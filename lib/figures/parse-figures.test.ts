import { describe, expect, it } from 'vitest';
import { profileOf, type Language } from '../lang';
import { parseFigures } from './parse-figures';

const first = (sentence: string, language: Language = 'en') => {
  const figure = parseFigures(sentence, profileOf(language))[0];
  if (!figure) throw new Error(`no figure in "${sentence}"`);
  return figure;
};

describe('parseFigures reads the number', () => {
  it.each([
    ['English thousands', 'They seized 2,700 tons of cocaine.', 'en', 2700],
    ['Spanish thousands', 'Destruyó 18.400 laboratorios.', 'es', 18400],
    ['English decimals', 'Output rose 3.2 percent.', 'en', 3.2],
    ['Spanish decimals', 'La producción subió 3,5 %.', 'es', 3.5],
    ['both separators', 'It cost $1,234.50 in all.', 'en', 1234.5],
    ['a scale word', 'The seizures represent 30 billion doses.', 'en', 30e9],
    ['a Spanish scale word', 'Son 18 mil laboratorios.', 'es', 18000],
    ['a number word', 'Officials counted twelve bombings.', 'en', 12],
    ['a compound number word', 'He listed twenty-five raids.', 'en', 25],
    ['"a dozen"', 'Nearly a dozen boats sank.', 'en', 12],
    ['a Spanish number word', 'Hubo doce bombardeos.', 'es', 12],
  ])('%s', (_name, sentence, language, value) => {
    expect(first(sentence, language as Language).value).toBe(value);
  });

  it("reads the language's own grouping mark one way only", () => {
    expect(first('They seized 2,700 tons.', 'en').altValue).toBeUndefined();
    expect(first('Incautaron 18.400 toneladas.', 'es').altValue).toBeUndefined();
  });

  it('keeps the other reading of an ambiguous separator', () => {
    expect(first('They destroyed 18.400 labs.', 'en')).toMatchObject({ value: 18.4, altValue: 18400 });
  });

  it('skips "one of the …"', () => {
    expect(parseFigures('Colombia is one of the closest allies.', profileOf('en'))).toEqual([]);
  });
});

describe('parseFigures reads units, subjects and vague amounts', () => {
  it.each([
    ['tons', '2,700 tons of cocaine', 'ton', 'cocain'],
    ['tonnes', '2,700 tonnes of the drug', 'ton', 'drug'],
    ['toneladas', '2.700 toneladas de cocaína', 'ton', 'cocain'],
    ['84%', 'about 84% of the cocaine', 'percent', 'cocain'],
    ['84 percent', '84 percent of the cocaine seized', 'percent', 'cocain'],
    ['84 %', 'el 84 % de la cocaína incautada', 'percent', 'cocain'],
    ['percentage points', 'a rise of 3 percentage points', 'pp', null],
    ['English noun phrase head', 'over 1,446 ground battles', null, 'battl'],
    ['Spanish noun phrase head', '18.400 laboratorios de cocaína', null, 'laboratori'],
    ['money', 'a budget of $30 million', 'usd', null],
    ['Spanish money', '5 millones de dólares', 'usd', null],
    ['Spanish scale word', 'unos 7.000 millones de dosis', null, 'dose'],
    ['English scale word', '30 billion doses', null, 'dose'],
    ['vague amount', 'hundreds of operations', null, 'oper'],
  ])('%s', (_name, text, unit, subject) => {
    const language: Language = /[áéíóúñ]|\b(de|la|el)\b/.test(text) ? 'es' : 'en';
    expect(first(text, language)).toMatchObject({ unit, subject });
  });

  it.each([
    ['"thousands of tonnes"', 'helped stop thousands of tonnes of cocaine', [2000, 999_999], 'ton'],
    ['"hundreds of"', 'hundreds of operations', [200, 1999], null],
    ['"miles de toneladas"', 'miles de toneladas de cocaína', [2000, 999_999], 'ton'],
    ['"numerous"', 'numerous aerial bombardments', [2, Infinity], null],
  ])('reads %s as an open range', (_name, text, [low, high], unit) => {
    const language: Language = text.startsWith('miles') ? 'es' : 'en';
    expect(first(text, language)).toMatchObject({ qualifier: 'vague', low, high, unit });
  });
});

describe('parseFigures reads approximators and scope', () => {
  it.each([
    ['over', 'over 1,400 ground operations', 'over', 1400, Infinity],
    ['more than', 'more than 1,400 operations', 'over', 1400, Infinity],
    ['at least', 'killed at least 83 people', 'at-least', 83, Infinity],
    ['nearly', 'nearly 1,400 operations', 'nearly', 1190, 1400],
    ['approaching', 'approaching a record-breaking 4,000 tons', 'nearly', 3400, 4000],
    ['about', 'about 100 boats', 'about', 90, 110],
    ['más de', 'más de 1.400 operaciones', 'over', 1400, Infinity],
    ['casi', 'casi 1.400 operaciones', 'nearly', 1190, 1400],
    ['"an estimated" after a verb', 'represent an estimated 30 billion doses', 'about', 27e9, 33e9],
    ['"unos" after the preposition "a"', 'equivalen a unos 7.000 millones de dosis', 'about', 6.3e9, 7.7e9],
    ['an article after an approximator', 'the call lasted nearly an hour', 'nearly', 51, 60],
    ['a length in the word', 'a nearly hour-long discussion', 'nearly', 51, 60],
    ['"más de una hora"', 'más de una hora', 'over', 60, Infinity],
    ['exact', '12 bombings', 'exact', 12, 12],
    ['a round figure', '4,000 tons', 'exact', 3800, 4200],
  ])('%s', (_name, text, qualifier, low, high) => {
    const figure = first(text, /^(más|casi|equivalen)/.test(text) ? 'es' : 'en');
    expect(figure.qualifier).toBe(qualifier);
    expect(figure.low).toBeCloseTo(low);
    expect(figure.high).toBeCloseTo(high);
  });

  it.each([
    ['in September', 'the visa was revoked in September', 'en', 9, 'month-of-year'],
    ['en septiembre de 2025', 'le retiraron la visa en septiembre de 2025', 'es', 202509, 'month'],
    ['a finales de octubre', 'lo sancionaron a finales de octubre', 'es', 10, 'month-of-year'],
    ['"in May", not "may"', 'Trump may travel in May', 'en', 5, 'month-of-year'],
    ['a Spanish month in capitals', 'LO SANCIONARON EN OCTUBRE', 'es', 10, 'month-of-year'],
    ['a Spanish month capitalised', 'Lo sancionaron en Octubre de 2025', 'es', 202510, 'month'],
  ] as const)('reads a month named alone: %s', (_name, text, language, value, unit) => {
    expect(parseFigures(text, profileOf(language))).toMatchObject([{ kind: 'date', value, unit }]);
  });

  it('reads no length from an article without an approximator', () => {
    expect(parseFigures('Trump spoke a day after the call.', profileOf('en'))).toEqual([]);
    expect(parseFigures('He repeats it twice a week.', profileOf('en'))).toEqual([]);
    expect(parseFigures('Un día después de la llamada.', profileOf('es'))).toEqual([]);
  });

  it('names the approximator in the figure text', () => {
    expect(first('The military had conducted over 1,400 ground operations.').text).toBe(
      'over 1,400 ground operations',
    );
  });

  it.each([
    ['to date', 'the seizure of 2,700 tons of cocaine to date', 'total'],
    ['single', 'the largest single seizure, 2,700 tons', 'single'],
    ['en total', 'incautó 2.700 toneladas en total', 'total'],
    ['en su gobierno', 'en su gobierno se han incautado 2.700 toneladas', 'total'],
    ['under his administration', 'under his administration it seized 2,700 tons', 'total'],
    ['none', 'it seized 2,700 tons', null],
  ])('scope: %s', (_name, text, scope) => {
    expect(first(text, text.includes('toneladas') ? 'es' : 'en').scope).toBe(scope);
  });
});

describe('parseFigures reads rates and dates', () => {
  it.each([
    ['"one laboratory every 40 minutes"', 'one laboratory every 40 minutes', 36],
    ['"9 laboratories a day"', '9 laboratories a day', 9],
    ['"two raids per week"', 'two raids per week', 2 / 7],
    ['"cada hora"', '3 laboratorios cada hora', 72],
    ['"un laboratorio cada 40 minutos"', 'un laboratorio cada 40 minutos', 36],
    ['"a laboratory every hour"', 'a laboratory every hour', 24],
  ])('%s is a rate per day', (_name, text, perDay) => {
    const figure = first(text, text.includes('cada') ? 'es' : 'en');
    expect(figure.kind).toBe('rate');
    expect(figure.value).toBeCloseTo(perDay);
  });

  it.each([
    ['ISO', 'on 2025-12-03 he wrote', 20251203],
    ['English', 'on December 3, 2025, he wrote', 20251203],
    ['Spanish', 'el 3 de diciembre de 2025 escribió', 20251203],
    ['a year', 'the cocaine seized in 2024', 2024],
  ])('%s dates', (_name, text, value) => {
    expect(first(text, text.includes('escribió') ? 'es' : 'en')).toMatchObject({ kind: 'date', value });
  });
});

describe('parseFigures reads numbers as news prints them', () => {
  it.each([
    ['ochenta y siete personas', 'es', 87],
    ['más de mil millones de dólares', 'es', 1e9],
    ['dos mil setecientas toneladas', 'es', 2700],
    ['ciento veinte soldados', 'es', 120],
    ['veintidós muertos', 'es', 22],
    ['un millar de soldados', 'es', 1000],
    ['medio millón de dosis', 'es', 5e5],
    ['one hundred and twenty people', 'en', 120],
    ['two dozen boats', 'en', 24],
    ['a thousand soldiers', 'en', 1000],
    ['18 400 laboratorios', 'es', 18400],
    ['Murieron 2000 personas', 'es', 2000],
  ] as const)('%s = %d', (text, language, value) => {
    expect(parseFigures(text, profileOf(language))).toMatchObject([{ value }]);
  });

  it.each([
    ['between 80 and 90 people', 'en'],
    ['entre 80 y 90 personas', 'es'],
    ['from 80 to 90 people', 'en'],
    ['de 80 a 90 personas', 'es'],
    ['some 80-90 people', 'en'],
  ] as const)('reads the range "%s" as one figure', (text, language) => {
    expect(parseFigures(text, profileOf(language))).toMatchObject([{ low: 80, high: 90, subject: 'peopl' }]);
  });

  it.each([
    ['F-16 jets were deployed', 'en'],
    ['COVID-19 killed thousands', 'en'],
    ['the G7 leaders met', 'en'],
    ['under Section 230 rules', 'en'],
    ['según el artículo 35 de la ley', 'es'],
    ['the 47th president said', 'en'],
    ['at 10:30 on Tuesday', 'en'],
    ['aboard Air Force One, Trump said', 'en'],
  ] as const)('reads no count in the label "%s"', (text, language) => {
    expect(parseFigures(text, profileOf(language))).toEqual([]);
  });

  it.each([
    ['killed 11 people, a day after the visit', 'en'],
    ['killed 83 people a year ago', 'en'],
    ['Murieron 3 personas al día siguiente', 'es'],
  ] as const)('reads "%s" as a count, not a rate', (text, language) => {
    expect(parseFigures(text, profileOf(language))).toMatchObject([{ kind: 'count' }]);
  });

  it.each([
    ['no more than 80 people', 'en', 'up-to'],
    ['not more than 80 people', 'en', 'up-to'],
    ['no menos de 80 personas', 'es', 'at-least'],
  ] as const)('reads the negated approximator in "%s"', (text, language, qualifier) => {
    expect(parseFigures(text, profileOf(language))).toMatchObject([{ qualifier }]);
  });

  it('reads a year where a year is meant', () => {
    expect(parseFigures('In 2024 Colombia seized more cocaine', profileOf('en'))).toMatchObject([
      { kind: 'date', unit: 'year' },
    ]);
    expect(parseFigures('the 2026 election', profileOf('en'))).toMatchObject([
      { kind: 'date', unit: 'year' },
    ]);
  });
});

describe('parseFigures reads shares, rates and bare counts', () => {
  it.each([
    ['more than half of the cocaine', 'en', 50, 'over'],
    ['la mitad de la cocaína', 'es', 50, 'about'],
    ['two-thirds of the cocaine', 'en', 100 * (2 / 3), 'about'],
    ['dos tercios de la cocaína', 'es', 100 * (2 / 3), 'about'],
    ['tres cuartas partes de la cocaína', 'es', 75, 'about'],
    ['one in five Colombians', 'en', 20, 'about'],
    ['uno de cada cinco colombianos', 'es', 20, 'about'],
  ] as const)('reads the share "%s" as a percentage', (text, language, value, qualifier) => {
    const [figure] = parseFigures(text, profileOf(language));
    expect(figure).toMatchObject({ kind: 'percent', unit: 'percent', qualifier });
    expect(figure!.value).toBeCloseTo(value);
  });

  it.each([
    ['the first half of the season', 'en'],
    ['Buffalo dominated the first half, scoring on three drives', 'en'],
    ['in the second half of 2025', 'en'],
    ['la primera mitad del partido', 'es'],
    ['en la segunda mitad de 2025', 'es'],
  ] as const)('reads "%s" as a period, not a share of 50 %%', (text, language) => {
    expect(parseFigures(text, profileOf(language)).filter((f) => f.kind === 'percent')).toEqual([]);
  });

  it('reads "half an hour" as a length, no share in "la mitad" alone, and half a million as a number', () => {
    expect(parseFigures('they spoke for half an hour', profileOf('en'))).toMatchObject([
      { kind: 'measure', value: 30, unit: 'min' },
    ]);
    expect(parseFigures('se quedó con la mitad', profileOf('es'))).toEqual([]);
    expect(parseFigures('half a million doses', profileOf('en'))).toMatchObject([
      { value: 500_000, subject: 'dose' },
    ]);
  });

  it.each([
    ['nine labs daily', 'en', 9],
    ['300 tons annually', 'en', 300 / 365.25],
    ['nueve laboratorios a la semana', 'es', 9 / 7],
  ] as const)('reads the rate "%s"', (text, language, perDay) => {
    const [figure] = parseFigures(text, profileOf(language));
    expect(figure).toMatchObject({ kind: 'rate' });
    expect(figure!.value).toBeCloseTo(perDay);
  });

  it.each([
    ['Strikes have killed 83', 'en'],
    ['the death toll rose to 87', 'en'],
    ['el número de muertos llegó a 87', 'es'],
  ] as const)('gives the bare count in "%s" the event it counts', (text, language) => {
    expect(parseFigures(text, profileOf(language))).toMatchObject([{ kind: 'count', subject: 'kill' }]);
  });

  it.each([
    ['scores of people', 'en', 40, 199],
    ['hundreds of thousands of people', 'en', 200_000, 999_999],
    ['cientos de miles de personas', 'es', 200_000, 999_999],
  ] as const)('reads the vague amount "%s"', (text, language, low, high) => {
    expect(parseFigures(text, profileOf(language))).toMatchObject([{ qualifier: 'vague', low, high }]);
  });
});
