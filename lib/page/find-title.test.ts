import { describe, expect, it } from 'vitest';
import { findTitle } from './find-title';

describe('findTitle', () => {
  it.each([
    ['a headline', 'Petro invites Trump to Colombia\nThe president said…', 'Petro invites Trump to Colombia'],
    [
      'a headline that asks',
      'Explainer: Why are the US and Colombia at odds?\nFor decades…',
      'Explainer: Why are the US and Colombia at odds?',
    ],
    [
      'a headline that exclaims',
      '¡Venga a Colombia, señor Trump!\nPetro escribió…',
      '¡Venga a Colombia, señor Trump!',
    ],
    ['a first sentence', 'Petro invited Trump to Colombia on Wednesday.\nHe said…', null],
    ['a text of one line', 'Petro invites Trump to Colombia', null],
    ['two words', 'Breaking news\nPetro said…', null],
  ])('%s', (_name, text, title) => {
    expect(findTitle(text)).toBe(title);
  });
});
