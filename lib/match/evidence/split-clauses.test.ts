import { describe, expect, it } from 'vitest';
import { profileOf } from '../../lang';
import { splitClauses } from './split-clauses';

describe('splitClauses', () => {
  it.each([
    [
      'a participle strung on after a comma',
      'The minister rejected the report, calling it a political attack on the government.',
      ['The minister rejected the report', 'calling it a political attack on the government.'],
    ],
    [
      'a relative clause and "and" before a new verb',
      'Ruto met the IMF delegation, which arrived on Sunday, and promised new tax cuts.',
      ['Ruto met the IMF delegation', 'which arrived on Sunday', 'and promised new tax cuts.'],
    ],
    [
      '"and has" before a verb',
      'Lula said Brazil had cut deforestation and has invited Macron to see the Amazon.',
      ['Lula said Brazil had cut deforestation', 'and has invited Macron to see the Amazon.'],
    ],
    [
      'a semicolon and a spaced dash',
      'Prices rose 3 percent; real wages fell sharply — a gap the unions say is growing.',
      ['Prices rose 3 percent', 'real wages fell sharply', 'a gap the unions say is growing.'],
    ],
    [
      '"while" with no comma',
      'The army withdrew from the border while talks continued in Geneva.',
      ['The army withdrew from the border', 'while talks continued in Geneva.'],
    ],
    [
      'a short tail stays with its clause',
      'Sheinbaum spoke with Carney, he said.',
      ['Sheinbaum spoke with Carney, he said.'],
    ],
    [
      'no break in a plain sentence',
      'The central bank raised its main rate to 11 percent on Wednesday.',
      ['The central bank raised its main rate to 11 percent on Wednesday.'],
    ],
  ])('splits %s', (_, sentence, clauses) => {
    expect(splitClauses(sentence, profileOf('en'))).toEqual(clauses);
  });

  it.each([
    [
      'a Spanish gerund after a comma',
      'Boric criticó la reforma, calificándola de regresiva para los trabajadores.',
      ['Boric criticó la reforma', 'calificándola de regresiva para los trabajadores.'],
    ],
    [
      '"mientras" and "y" before a verb in the past',
      'El gobierno anunció el plan mientras la oposición protestaba y convocó a una marcha.',
      ['El gobierno anunció el plan', 'mientras la oposición protestaba', 'y convocó a una marcha.'],
    ],
    [
      'a relative clause',
      'Milei firmó el decreto, que entra en vigor el lunes.',
      ['Milei firmó el decreto', 'que entra en vigor el lunes.'],
    ],
  ])('splits %s', (_, sentence, clauses) => {
    expect(splitClauses(sentence, profileOf('es'))).toEqual(clauses);
  });
});
