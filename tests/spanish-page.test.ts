import { describe, expect, it } from 'vitest';
import { compareFixture } from './compare-fixture';

// A Spanish page retelling the bundled (English) reports: its claims should find their English
// versions through figures, names, the lexicon and cognates.
const { result, versionOf } = compareFixture('petro-invita-trump.es.txt');

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
