import { describe, expect, it } from 'vitest';
import { isSiteFurniture } from './site-furniture';

describe('isSiteFurniture', () => {
  it.each([
    ['Advertisement', true],
    ['ADVERTISEMENT', true],
    ['Advertisement:', true],
    ['Anuncio', true],
    ['Publicidad', true],
    ['Sponsored', true],
    ['Sponsored content', true],
    ['Story continues below advertisement', true],
    ['Article continues below', true],
    ['Skip advertisement', true],
    ['Continue reading the main story', true],
    ['La noticia continúa tras la publicidad', true],
    ['Contenido patrocinado', true],
    ['The advertisement ran in 12 newspapers on Tuesday.', false],
    ['Publicidad engañosa: la fiscalía abrió una investigación.', false],
    ['Sponsored by the state, the raids began in September.', false],
    ['Petro spoke with Trump on Wednesday.', false],
  ])('reads "%s" as furniture: %s', (line, expected) => {
    expect(isSiteFurniture(line)).toBe(expected);
  });
});
