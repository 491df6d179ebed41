import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Spanish pages against the bundled (English) corpus, through the compare command: each pair's
// label when the two sentences print a rate, a running total or a length the other way.
interface Match {
  pageSentence: string;
  reportSentence: string;
  relation: string;
  differences: Array<{ aspect: string }>;
}

const runs = new Map<string, Match[]>();

function matchesOf(page: string): Match[] {
  if (!runs.has(page)) {
    const run = spawnSync('node', ['scripts/run-compare.mjs', '--json', `tests/fixtures/labels/${page}`], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    if (run.status !== 0) throw new Error(`compare failed on ${page}: ${run.stderr}`);
    runs.set(page, (JSON.parse(run.stdout) as { matches: Match[] }).matches);
  }
  return runs.get(page)!;
}

// prettier-ignore
const LABELS: ReadonlyArray<readonly [string, string, string, string, string | null]> = [
  // [page, its sentence, the report's sentence, label, the aspect that differs]
  ['petro-ritmo-laboratorios.es.txt', '17 laboratorios de cocaína cada día', 'one laboratory every 40 minutes', 'diverges', 'figure'],
  ['petro-ritmo-laboratorios.es.txt', 'ya superan las 2.700 toneladas en lo que va del gobierno', '2,700 tons of cocaine to date', 'corroborates', null],
  ['petro-ritmo-laboratorios.es.txt', 'ya superan las 2.700 toneladas en lo que va del gobierno', 'largest single cocaine seizure', 'diverges', 'scope'],
  ['petro-ritmo-laboratorios.es.txt', 'más de 1.400 operaciones terrestres desde que asumió', 'over 1,400 ground operations', 'corroborates', null],
  ['petro-ritmo-laboratorios.es.txt', 'la mayor incautación de la historia', 'largest single cocaine seizure', 'corroborates', null],
  ['petro-ritmo-laboratorios.es.txt', 'la mayor incautación de la historia', '2,700 tons of cocaine to date', 'diverges', 'scope'],
  ['incautaciones-acumuladas.es.txt', 'Las incautaciones acumuladas', '2,700 tons of cocaine to date', 'corroborates', null],
  ['incautaciones-acumuladas.es.txt', 'Las incautaciones acumuladas', 'largest single cocaine seizure', 'diverges', 'scope'],
  ['incautaciones-acumuladas.es.txt', '18.400 laboratorios', '18,400 cocaine laboratories', 'corroborates', null],
  ['trump-petro-llamada-35-minutos.es.txt', 'durante 35 minutos', 'nearly hour-long discussion', 'diverges', 'figure'],
  ['trump-petro-media-hora.es.txt', 'duró media hora', 'nearly hour-long discussion', 'diverges', 'figure'],
  ['trump-petro-casi-una-hora.es.txt', 'duró casi una hora', 'nearly hour-long discussion', 'corroborates', null],
  ['trump-petro-casi-una-hora.es.txt', 'han matado en total a 83 personas', 'have killed at least 83 people', 'corroborates', null],
  ['petro-ritmo-diario.es.txt', '36 laboratorios de cocaína al día', 'one laboratory every 40 minutes', 'corroborates', null],
  ['petro-ritmo-diario.es.txt', 'han matado a 87 personas', 'have killed at least 83 people', 'corroborates', null],
  ['petro-reta-trump-efe.es.txt', 'un laboratorio cada 40 minutos', 'one laboratory every 40 minutes', 'corroborates', null],
  ['petro-reta-trump-efe.es.txt', 'cerca de 18.400 laboratorios', '18,400 cocaine laboratories', 'corroborates', null],
  ['petro-reta-trump-efe.es.txt', 'en lo que va de su mandato ascienden a 2.700', '2,700 tons of cocaine to date', 'corroborates', null],
  ['petro-reta-trump-efe.es.txt', 'en lo que va de su mandato ascienden a 2.700', 'largest single cocaine seizure', 'diverges', 'scope'],
  ['petro-reta-trump-efe.es.txt', 'cerca del 84 %', '84 percent of the cocaine', 'corroborates', null],
  ['petro-reta-trump-efe.es.txt', 'al menos 83 muertos', 'have killed at least 83 people', 'corroborates', null],
  ['petro-reta-trump-efe.es.txt', 'unos 30.000 millones de dosis', '30 billion doses', 'corroborates', null],
  ['petro-reta-trump-efe.es.txt', '13 bombardeos', '12 bombings', 'diverges', 'figure'],
  ['petro-reta-trump-efe.es.txt', '13 bombardeos', 'over 1,400 ground operations', 'corroborates', null],
  ['petro-reta-trump-efe.es.txt', 'más de un 50 %', 'surged by over 50%', 'corroborates', null],
  ['petro-reta-trump-efe.es.txt', 'una llamada de casi una hora', 'nearly hour-long discussion', 'corroborates', null],
  ['petro-balance-gobierno.es.txt', 'En lo corrido de su gobierno', 'over 1,446 ground battles', 'corroborates', null],
  ['petro-balance-gobierno.es.txt', 'se acerca a las 4.000 toneladas', 'approaching a record-breaking 4,000 tons', 'corroborates', null],
  ['petro-balance-gobierno.es.txt', 'un laboratorio de cocaína cada hora', 'one laboratory every 40 minutes', 'diverges', 'figure'],
  ['petro-balance-gobierno.es.txt', 'cerca de una hora', 'nearly hour-long discussion', 'corroborates', null],
  ['petro-balance-gobierno.es.txt', 'creció un 53 %', 'surged by over 50%', 'corroborates', null],
];

describe('labels of Spanish pages against the English corpus', () => {
  it.each(LABELS)('%s: "%s" / "%s" %s', (page, mine, theirs, relation, aspect) => {
    const match = matchesOf(page).find(
      (m) => m.pageSentence.includes(mine) && m.reportSentence.includes(theirs),
    );
    expect(match?.relation).toBe(relation);
    expect(match!.differences.map((d) => d.aspect)).toEqual(aspect ? [aspect] : []);
  });
});
