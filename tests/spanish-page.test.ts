import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../lib/corpus/load-corpus';
import { compareText } from '../lib/match/compare-text';
import { readTextPage } from '../lib/page/read-text-page';
import { bundledCorpusJson } from '../scripts/bundled-corpus';

// A Spanish page retelling the bundled (English) reports: its claims should find their English
// versions through figures, names, the lexicon and cognates.
const page = readTextPage(readFileSync('tests/fixtures/pages/petro-invita-trump.es.txt', 'utf8'));
const result = compareText(loadCorpus(bundledCorpusJson()), page.text, {}, { title: page.title });
const versionOf = (spanish: string, english: string) =>
  result.matches.find((m) => m.pageSentence.includes(spanish) && m.reportSentence.includes(english));

describe('a Spanish page against the English corpus', () => {
  it('is read as Spanish with its headline apart', () => {
    expect(result.page).toMatchObject({
      language: 'es',
      sentences: 8,
      title: 'Petro invita a Trump a ver la destrucción de laboratorios de cocaína',
    });
  });

  it.each([
    ['18.400 laboratorios', '18,400 cocaine laboratories', 'corroborates'],
    ['el 84 % de la cocaína', '84 percent of the cocaine seized', 'corroborates'],
    ['un laboratorio cada 40 minutos', 'one laboratory every 40 minutes', 'corroborates'],
    ['al menos a 83 personas', 'at least 83 people', 'corroborates'],
    ['30.000 millones de dosis', '30 billion doses', 'corroborates'],
    ['2.700 toneladas en total', 'largest single cocaine seizure', 'diverges'],
    [
      'invitó al presidente de Estados Unidos',
      'extended an invitation to US President Donald Trump',
      'corroborates',
    ],
  ])('finds "%s" in "%s"', (spanish, english, relation) => {
    expect(versionOf(spanish, english)?.relation).toBe(relation);
  });
});
