import { describe, expect, it } from 'vitest';
import { foldCase } from './normalize';

describe('foldCase', () => {
  it.each([
    ['a plain English word', 'Trump', 'trump'],
    ['an acronym with dots', 'U.S.', 'u.s.'],
    ['a figure with its sign', 'US$30', 'us$30'],
    ['a Spanish word, precomposed', 'Cocaína', 'cocaina'],
    ['a Spanish word, decomposed', 'Cocai\u0301na', 'cocaina'],
    ['ñ, which loses its tilde too', 'Año', 'ano'],
    ['a curly apostrophe, which is kept', 'Colombia’s', 'colombia’s'],
  ])('%s: %s → %s', (_, word, folded) => {
    expect(foldCase(word)).toBe(folded);
  });
});
