import { describe, expect, it } from 'vitest';
import { profileOf } from '../lang';
import { parseFigures } from './parse-figures';
import type { Figure, FigureKind, Qualifier, Scope } from './types';

// Every figure and scope rule read in both languages: the English and the Spanish phrase of a
// row read to one figure, the expected one. A rule that grows in one profile only fails here.
interface Expected {
  kind: FigureKind;
  value?: number | null;
  low?: number;
  high?: number;
  unit?: string | null;
  qualifier?: Qualifier;
  scope?: Scope;
}

const min = (n: number) => ({ kind: 'measure' as const, unit: 'min', value: n });

// prettier-ignore
const TWINS: ReadonlyArray<readonly [string, string, string, Expected]> = [
  // Counts and numbers written out.
  ['a count', 'Officials counted 12 bombings.', 'Se contaron 12 bombardeos.', { kind: 'count', value: 12 }],
  ['a number word', 'Officials counted twelve bombings.', 'Se contaron doce bombardeos.', { kind: 'count', value: 12 }],
  ['a compound number word', 'He listed twenty-five raids.', 'Enumeró veinticinco redadas.', { kind: 'count', value: 25 }],
  ['hundreds written out', 'They sent two hundred soldiers.', 'Enviaron doscientos soldados.', { kind: 'count', value: 200 }],
  ['a dozen', 'Nearly a dozen boats sank.', 'Casi una docena de lanchas se hundieron.', { kind: 'count', value: 12, qualifier: 'nearly' }],
  // Scales.
  ['millions', 'They seized 2.7 million doses.', 'Incautaron 2,7 millones de dosis.', { kind: 'count', value: 2.7e6 }],
  ['thousands', 'They sent five thousand soldiers.', 'Enviaron cinco mil soldados.', { kind: 'count', value: 5000 }],
  ['billions', 'That is 30 billion doses.', 'Son 30.000 millones de dosis.', { kind: 'count', value: 30e9 }],
  ['half a million', 'They seized half a million doses.', 'Incautaron medio millón de dosis.', { kind: 'count', value: 5e5 }],
  ['thousands, vague', 'They seized thousands of tons.', 'Incautaron miles de toneladas.', { kind: 'measure', qualifier: 'vague', unit: 'ton', low: 2000 }],
  ['hundreds, vague', 'They led hundreds of operations.', 'Dirigieron cientos de operaciones.', { kind: 'count', qualifier: 'vague', low: 200, high: 1999 }],
  // Approximators.
  ['more than', 'They led more than 1,400 operations.', 'Dirigieron más de 1.400 operaciones.', { kind: 'count', value: 1400, qualifier: 'over' }],
  ['nearly', 'They led nearly 1,400 operations.', 'Dirigieron casi 1.400 operaciones.', { kind: 'count', value: 1400, qualifier: 'nearly' }],
  ['about', 'That is about 7,000 doses.', 'Son unos 7.000 dosis.', { kind: 'count', value: 7000, qualifier: 'about' }],
  ['approaching', 'Seizures are approaching 4,000 tons.', 'Las incautaciones se acercan a las 4.000 toneladas.', { kind: 'measure', value: 4000, qualifier: 'nearly' }],
  ['at least', 'Strikes killed at least 83 people.', 'Los ataques mataron al menos a 83 personas.', { kind: 'count', value: 83, qualifier: 'at-least' }],
  ['up to', 'Crops cover up to 40 hectares.', 'Los cultivos cubren hasta 40 hectáreas.', { kind: 'measure', value: 40, qualifier: 'up-to' }],
  ['fewer than', 'Fewer than 20 boats returned.', 'Menos de 20 lanchas volvieron.', { kind: 'count', value: 20, qualifier: 'under' }],
  ['or more', 'Strikes killed 83 people or more.', 'Los ataques mataron a 83 personas o más.', { kind: 'count', value: 83, qualifier: 'at-least' }],
  // Shares.
  ['half', 'Half of the cocaine came from there.', 'La mitad de la cocaína salió de allí.', { kind: 'percent', value: 50, unit: 'percent' }],
  ['two thirds', 'Two thirds of the cocaine came from there.', 'Dos tercios de la cocaína salieron de allí.', { kind: 'percent', value: 200 / 3 }],
  ['three quarters', 'Three quarters of the cocaine came from there.', 'Tres cuartas partes de la cocaína salieron de allí.', { kind: 'percent', value: 75 }],
  ['percent', 'About 84 percent of the cocaine came from there.', 'Alrededor del 84 por ciento de la cocaína salió de allí.', { kind: 'percent', value: 84 }],
  ['close to a share', 'Close to 84 percent of the cocaine came from there.', 'Cerca del 84 por ciento de la cocaína salió de allí.', { kind: 'percent', qualifier: 'nearly', low: 79, high: 84 }],
  ['one in five', 'One in five boats carried cocaine.', 'Una de cada cinco lanchas llevaba cocaína.', { kind: 'percent', value: 20 }],
  ['percentage points', 'It rose 3 percentage points.', 'Subió 3 puntos porcentuales.', { kind: 'percent', value: 3, unit: 'pp' }],
  // Rates, per day.
  ['a day', 'They destroy 17 laboratories a day.', 'Destruyen 17 laboratorios al día.', { kind: 'rate', value: 17 }],
  ['every day, after a complement', 'They destroy 17 laboratories of cocaine every day.', 'Destruyen 17 laboratorios de cocaína cada día.', { kind: 'rate', value: 17 }],
  ['every 40 minutes', 'They destroy one laboratory every 40 minutes.', 'Destruyen un laboratorio cada 40 minutos.', { kind: 'rate', value: 36 }],
  ['an article and a complement', 'They destroy a cocaine laboratory every hour.', 'Destruyen un laboratorio de cocaína cada hora.', { kind: 'rate', value: 24 }],
  ['every hour', 'Traffickers send five boats every hour.', 'Los narcos envían cinco lanchas cada hora.', { kind: 'rate', value: 120 }],
  ['per year', 'They seize 300 tons per year.', 'Incautan 300 toneladas al año.', { kind: 'rate', value: 300 / 365.25, unit: 'ton' }],
  ['daily', 'They destroy 17 laboratories daily.', 'Destruyen 17 laboratorios a diario.', { kind: 'rate', value: 17 }],
  ['a rate word', 'They seize 300 tons annually.', 'Incautan 300 toneladas anuales.', { kind: 'rate', value: 300 / 365.25 }],
  ['every day, opening the clause', 'Every day the army destroys 17 laboratories.', 'Cada día el ejército destruye 17 laboratorios.', { kind: 'rate', value: 17 }],
  ['every 40 minutes, before a comma', 'Every 40 minutes, troops destroy 1 laboratory.', 'Cada 40 minutos, las tropas destruyen 1 laboratorio.', { kind: 'rate', value: 36 }],
  ['every year, a measure', 'Every year, Colombia seizes 500 tons.', 'Cada año, Colombia incauta 500 toneladas.', { kind: 'rate', value: 500 / 365.25, unit: 'ton' }],
  ['a week', 'They find nine laboratories a week.', 'Encuentran nueve laboratorios a la semana.', { kind: 'rate', value: 9 / 7 }],
  // Durations, in minutes.
  ['minutes', 'They held a 35-minute call.', 'Tuvieron una llamada de 35 minutos.', min(35)],
  ['nearly an hour', 'The call lasted nearly an hour.', 'La llamada duró casi una hora.', { ...min(60), qualifier: 'nearly', low: 51 }],
  ['an hour in the word', 'They held a nearly hour-long call.', 'Tuvieron una llamada de casi una hora.', { ...min(60), qualifier: 'nearly' }],
  ['more than an hour', 'The call lasted more than an hour.', 'La llamada duró más de una hora.', { ...min(60), qualifier: 'over' }],
  ['half an hour', 'The call lasted half an hour.', 'La llamada duró media hora.', min(30)],
  ['three quarters of an hour', 'They spoke for three-quarters of an hour.', 'Hablaron tres cuartos de hora.', min(45)],
  ['a quarter of an hour', 'They spoke for a quarter of an hour.', 'Hablaron un cuarto de hora.', min(15)],
  ['hours', 'The meeting lasted two hours.', 'La reunión duró dos horas.', min(120)],
  ['an hour and a half', 'The call lasted an hour and a half.', 'La llamada duró una hora y media.', min(90)],
  ['hours and a half', 'The meeting lasted two hours and a half.', 'La reunión duró dos horas y media.', min(150)],
  ['a year and a half', 'The talks lasted a year and a half.', 'Las conversaciones duraron un año y medio.', min(1.5 * 365.25 * 1440)],
  ['hours in the word', 'They held a two-hour meeting.', 'Tuvieron una reunión de dos horas.', min(120)],
  ['an hour-long call', 'They held an hour-long call.', 'Tuvieron una llamada de una hora.', min(60)],
  ['a 90-minute meeting', 'They held a 90-minute meeting.', 'Tuvieron una reunión de 90 minutos.', min(90)],
  ['more than half an hour', 'The call lasted more than half an hour.', 'La llamada duró más de media hora.', { ...min(30), qualifier: 'over' }],
  // Dates.
  ['a day of a month', 'It happened on September 2, 2025.', 'Ocurrió el 2 de septiembre de 2025.', { kind: 'date', value: 20250902 }],
  ['a month of a year', 'The visa was revoked in September 2025.', 'La visa fue revocada en septiembre de 2025.', { kind: 'date', value: 202509 }],
  ['a year', 'Production surged in 2023.', 'La producción se disparó en 2023.', { kind: 'date', value: 2023, unit: 'year' }],
  // Running totals and single events.
  ['so far', 'Strikes have killed 83 people so far.', 'Los ataques han matado a 83 personas en lo que va del año.', { kind: 'count', value: 83, scope: 'total' }],
  ['in all', 'They seized 2,700 tons in all.', 'Incautaron 2.700 toneladas en total.', { kind: 'measure', value: 2700, scope: 'total' }],
  ['a total of', 'Police seized a total of 2,700 tons.', 'La policía incautó un total de 2.700 toneladas.', { kind: 'measure', value: 2700, scope: 'total' }],
  ['thus far', 'Strikes have killed 83 people thus far.', 'Los ataques han matado a 83 personas hasta ahora.', { kind: 'count', scope: 'total' }],
  ['since a year', 'They seized 2,700 tons since 2022.', 'Incautaron 2.700 toneladas desde 2022.', { kind: 'measure', scope: 'total' }],
  ['in one raid', 'Police seized 12 tons in one raid.', 'La policía incautó 12 toneladas en un solo operativo.', { kind: 'measure', scope: 'single' }],
  ['to date', 'They seized 2,700 tons to date.', 'Incautaron 2.700 toneladas hasta la fecha.', { kind: 'measure', scope: 'total' }],
  ['since taking office', 'He seized 2,700 tons since taking office.', 'Incautó 2.700 toneladas desde que asumió el cargo.', { kind: 'measure', scope: 'total' }],
  ['since the start of the term', 'They seized 2,700 tons since the start of his term.', 'Incautaron 2.700 toneladas desde el inicio de su mandato.', { kind: 'measure', scope: 'total' }],
  ['so far this year', 'They seized 700 tons so far this year.', 'Incautaron 700 toneladas en lo corrido del año.', { kind: 'measure', scope: 'total' }],
  ['during his administration', 'They led 1,400 operations during his administration.', 'Dirigieron 1.400 operaciones durante su gobierno.', { kind: 'count', scope: 'total' }],
  ['already past', 'Seizures already top 2,700 tons.', 'Las incautaciones ya superan las 2.700 toneladas.', { kind: 'measure', scope: 'total' }],
  ['cumulative', 'A cumulative 2,700 tons were seized.', 'Se incautaron 2.700 toneladas acumuladas.', { kind: 'measure', scope: 'total' }],
  ['the first strike', 'The first strike killed 11 people.', 'El primer ataque mató a 11 personas.', { kind: 'count', value: 11, scope: 'single' }],
  ['a single strike', 'A single strike killed 11 people.', 'Un solo ataque mató a 11 personas.', { kind: 'count', scope: 'single' }],
  ['the largest seizure', 'The largest seizure in history was 2,700 tons.', 'La mayor incautación de la historia fue de 2.700 toneladas.', { kind: 'measure', scope: 'single' }],
  // Ranges.
  ['between … and', 'Between 80 and 90 people died.', 'Entre 80 y 90 personas murieron.', { kind: 'count', low: 80, high: 90 }],
  ['from … to', 'From 80 to 90 people died.', 'De 80 a 90 personas murieron.', { kind: 'count', low: 80, high: 90 }],
  // Units.
  ['tons', 'They seized 2,700 tons of cocaine.', 'Incautaron 2.700 toneladas de cocaína.', { kind: 'measure', value: 2700, unit: 'ton' }],
  ['kilograms', 'They seized 500 kilograms of cocaine.', 'Incautaron 500 kilogramos de cocaína.', { kind: 'measure', value: 500, unit: 'kg' }],
  ['hectares', 'Coca covers 250,000 hectares.', 'La coca cubre 250.000 hectáreas.', { kind: 'measure', value: 250_000, unit: 'ha' }],
  ['kilometres', 'The boat sailed 300 kilometres.', 'La lancha navegó 300 kilómetros.', { kind: 'measure', value: 300, unit: 'km' }],
  ['dollars', 'The aid was 5 million dollars.', 'La ayuda fue de 5 millones de dólares.', { kind: 'money', value: 5e6, unit: 'usd' }],
  ['euros', 'The aid was 5 million euros.', 'La ayuda fue de 5 millones de euros.', { kind: 'money', value: 5e6, unit: 'eur' }],
];

function read(sentence: string, language: 'en' | 'es', kind: FigureKind): Figure {
  const figure = parseFigures(sentence, profileOf(language)).find((f) => f.kind === kind);
  if (!figure) throw new Error(`no ${kind} in "${sentence}"`);
  return figure;
}

function expectFigure(figure: Figure, expected: Expected): void {
  const { value, low, high, ...exact } = expected;
  expect(figure).toMatchObject(exact);
  if (value !== undefined) expect(figure.value).toBeCloseTo(value ?? NaN, 6);
  if (low !== undefined) expect(figure.low).toBeCloseTo(low, 6);
  if (high !== undefined) expect(figure.high).toBeCloseTo(high, 6);
}

describe('every figure rule has its twin in the other language', () => {
  it.each(TWINS)('%s: "%s" / "%s"', (_name, english, spanish, expected) => {
    const en = read(english, 'en', expected.kind);
    const es = read(spanish, 'es', expected.kind);
    expectFigure(en, expected);
    expectFigure(es, expected);
    // The two sides read to one figure, not only to what the row names.
    for (const field of ['unit', 'qualifier', 'scope'] as const) expect(es[field]).toBe(en[field]);
    for (const field of ['low', 'high'] as const)
      if (Number.isFinite(en[field])) expect(es[field]).toBeCloseTo(en[field], 6);
      else expect(es[field]).toBe(en[field]);
  });

  it('covers each kind of figure and both scopes', () => {
    expect(new Set(TWINS.map(([, , , e]) => e.kind))).toEqual(
      new Set(['count', 'percent', 'money', 'measure', 'rate', 'date']),
    );
    expect(new Set(TWINS.map(([, , , e]) => e.scope).filter(Boolean))).toEqual(new Set(['single', 'total']));
  });
});

describe('what reads as no rate, in both languages', () => {
  // prettier-ignore
  it.each([
    ['"each of"', 'Each of the 12 bombings killed people.', 'Cada uno de los 12 bombardeos dejó muertos.', 'count'],
    ['a point in time', 'The strike killed 11 people a day after the visit.', 'El ataque mató a 11 personas al día siguiente de la visita.', 'count'],
    ['a length under a rate', 'Every week they held a 35-minute call.', 'Cada semana tenían una llamada de 35 minutos.', 'measure'],
    ['another clause', 'Every day counts; they destroyed 17 laboratories.', 'Cada día cuenta; destruyeron 17 laboratorios.', 'count'],
  ] as const)('%s: "%s" / "%s"', (_name, english, spanish, kind) => {
    expect(parseFigures(english, profileOf('en')).map((f) => f.kind)).toEqual([kind]);
    expect(parseFigures(spanish, profileOf('es')).map((f) => f.kind)).toEqual([kind]);
  });
});
