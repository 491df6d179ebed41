import { describe, expect, it } from 'vitest';
import { profileOf, type Language } from '../lang';
import { compareFigures } from './compare-figures';
import { parseFigures } from './parse-figures';

const verdicts = (a: string, b: string, la: Language = 'en', lb: Language = 'en') =>
  compareFigures(parseFigures(a, profileOf(la)), parseFigures(b, profileOf(lb))).map((p) => p.verdict);

describe('compareFigures', () => {
  it.each([
    [
      'over 1,400 ~ over 1,446 (operations ~ battles)',
      'over 1,400 ground operations',
      'over 1,446 ground battles',
      ['agree'],
    ],
    [
      'thousands of tonnes ~ 2,700 tons',
      'thousands of tonnes of cocaine',
      'the seizure of 2,700 tons of cocaine',
      ['agree'],
    ],
    ['84% ~ 84 percent', '84% of the cocaine', '84 percent of the cocaine', ['agree']],
    ['numerous ~ 12 bombings', 'numerous aerial bombardments', '12 bombings', ['agree']],
    ['13 ≠ 12 bombings', '13 bombing raids', '12 bombings', ['conflict']],
    ['nearly 1,400 ≠ 1,446', 'nearly 1,400 operations', '1,446 battles', ['conflict']],
    ['nearly 1,400 ≠ over 1,446', 'nearly 1,400 ground battles', 'over 1,446 ground battles', ['conflict']],
    [
      'nearly 1,400 ≠ over 1,400',
      'nearly 1,400 ground operations',
      'over 1,400 ground operations',
      ['conflict'],
    ],
    ['at least 83 ~ up to 83', 'at least 83 people killed', 'up to 83 people killed', ['agree']],
    [
      '9 a day ≠ one every 40 minutes',
      '9 laboratories a day',
      'one laboratory every 40 minutes',
      ['conflict'],
    ],
    [
      'single ≠ to date, same figure',
      'the largest single seizure, 2,700 tons',
      '2,700 tons of cocaine to date',
      ['scope'],
    ],
    [
      'nearly an hour ~ nearly hour-long',
      'the call lasted nearly an hour',
      'the nearly hour-long discussion',
      ['agree'],
    ],
    [
      'about 30 minutes ≠ nearly hour-long',
      'talked for about 30 minutes',
      'the nearly hour-long discussion',
      ['conflict'],
    ],
    [
      'an estimated 30 billion ≠ about 7 billion doses',
      'an estimated 30 billion doses',
      'about 7 billion doses',
      ['conflict'],
    ],
    ['a part is not the whole', 'the strike killed two people', 'strikes have killed at least 83 people', []],
    ['shares compare at any size', '84% of the cocaine', '8% of the cocaine', ['conflict']],
    [
      'in September ≠ in October',
      'revoked his visa in September',
      'revoked his visa in October',
      ['conflict'],
    ],
    [
      'en septiembre ~ in September',
      'le retiró la visa en septiembre',
      'revoked his visa in September',
      ['agree'],
    ],
    [
      'each month goes with its event',
      'revoked his visa in October and sanctioned him in September',
      'sanctioned him in October',
      ['conflict'],
    ],
    ['months of two events', 'sanctioned him in October', 'revoked his visa in September', []],
    ['a range agrees with a figure inside it', 'between 80 and 90 people', 'killed 85 people', ['agree']],
    [
      'a range conflicts with a figure outside it',
      'between 80 and 90 people',
      'killed 95 people',
      ['conflict'],
    ],
    ['no more than 80 ≠ more than 90', 'no more than 80 people', 'more than 90 people', ['conflict']],
    ['a bare count of the killed', 'strikes have killed 83', 'killed at least 83 people', ['agree']],
    ['three quarters ~ 75 %', 'three quarters of the cocaine', '75% of the cocaine', ['agree']],
    ['half ≠ 84 %', 'half of the cocaine', '84 percent of the cocaine', ['conflict']],
    ['about 90 % ≠ 84 percent', 'about 90% of the cocaine', '84 percent of the cocaine', ['conflict']],
    ['nearly 85 % ~ 84 percent', 'nearly 85% of the cocaine', '84 percent of the cocaine', ['agree']],
    [
      'nearly 84 % ~ 84 percent, printed to the point',
      'nearly 84% of the cocaine',
      '84 percent of the cocaine',
      ['agree'],
    ],
    [
      'nearly 84 % ≠ over 84 percent',
      'nearly 84% of the cocaine',
      'over 84 percent of the cocaine',
      ['conflict'],
    ],
    ['nearly 90 % ≠ 84 percent', 'nearly 90% of the cocaine', '84 percent of the cocaine', ['conflict']],
    ['bombings are not arrests', '13 bombings', '12 arrests', []],
    ['tons are not percent', '2,700 tons', '84 percent', []],
  ])('%s', (_name, a, b, expected) => {
    expect(verdicts(a, b, /^le /.test(a) ? 'es' : 'en')).toEqual(expected);
  });

  it('agrees across languages and separators', () => {
    expect(verdicts('18.400 laboratorios de cocaína', '18,400 cocaine laboratories', 'es', 'en')).toEqual([
      'agree',
    ]);
    expect(verdicts('18.400 toneladas', '18,400 tons', 'es', 'en')).toEqual(['agree']);
    expect(verdicts('una llamada de casi una hora', 'the nearly hour-long call', 'es', 'en')).toEqual([
      'agree',
    ]);
    expect(
      verdicts('ochenta y cuatro por ciento de la cocaína', '84 percent of the cocaine', 'es', 'en'),
    ).toEqual(['agree']);
    expect(verdicts('más de mil millones de dólares', '$5 billion', 'es', 'en')).toEqual(['agree']);
    expect(verdicts('entre 80 y 90 personas', '83 people', 'es', 'en')).toEqual(['agree']);
    expect(
      verdicts('el 84 % de la cocaína incautada', '84 percent of the cocaine seized', 'es', 'en'),
    ).toEqual(['agree']);
  });

  it('prefers the report figure that agrees when there are several', () => {
    expect(verdicts('2,700 tons of cocaine', '2,700 tons to date, approaching a record 4,000 tons')).toEqual([
      'agree',
    ]);
  });
});

describe('one event against a running total', () => {
  it.each([
    [
      'the first missile ≠ strikes have killed since September',
      'The first missile killed nine of the eleven people on board.',
      'US strikes on alleged drug boats have killed at least 83 people since September.',
      'en',
      ['apart'],
    ],
    [
      'one boat ≠ so far',
      'Eleven people died on one boat.',
      'At least 83 people have died so far.',
      'en',
      ['apart'],
    ],
    [
      'on Tuesday ≠ in all',
      'A strike on Tuesday killed 11 people.',
      'In all, 83 people were killed.',
      'en',
      ['apart'],
    ],
    [
      'el primer misil ≠ han matado desde septiembre',
      'El primer misil mató a 11 personas a bordo.',
      'Los ataques han matado al menos a 83 personas desde septiembre.',
      'es',
      ['apart'],
    ],
    [
      'el martes ≠ en total',
      'Un ataque el martes mató a 11 personas.',
      'En total han muerto 83 personas.',
      'es',
      ['apart'],
    ],
    [
      'two counts of one event still conflict',
      'The first strike killed 11 people.',
      'The first strike killed 9 people.',
      'en',
      ['conflict'],
    ],
    [
      'two running totals still conflict',
      'Strikes have killed 87 people so far.',
      'Strikes have killed 83 people so far.',
      'en',
      ['conflict'],
    ],
  ])('%s', (_name, a, b, language, expected) => {
    expect(verdicts(a, b, language as Language, language as Language)).toEqual(expected);
  });
});
