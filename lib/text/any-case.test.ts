import { describe, expect, it } from 'vitest';
import { anyCase, guardedTest } from './any-case';

describe('anyCase', () => {
  const guard = anyCase(['doi', 'retrieved', 'consultado']);
  it.each([
    ['lower case', 'see doi: 10.1000/182', true],
    ['capitals', 'DOI 10.1000/182', true],
    ['mixed case', 'Retrieved 3 May 2024', true],
    ['the long s folds to s, as under /iu', 'Con\u017fultado el 3 de mayo', true],
    ['inside a longer word (a guard, not a match)', 'Doing well', true],
    ['none of the words', 'Petro spoke with Trump by phone.', false],
  ])('%s', (_name, text, expected) => {
    expect(guard.test(text)).toBe(expected);
  });

  it.each([
    ['the Kelvin sign folds to k', 'k', '\u212a'],
    ['the long s folds to s', 's', '\u017f'],
    ['a plain letter', 'e', 'E'],
  ])('matches whatever /iu matches: %s', (_name, word, text) => {
    expect(new RegExp(word, 'iu').test(text)).toBe(true);
    expect(anyCase([word]).test(text)).toBe(true);
  });

  it('refuses a word it could not fold exactly', () => {
    expect(() => anyCase(['página'])).toThrow(/ASCII words only/);
  });
});

describe('guardedTest', () => {
  const pattern = /\bRetrieved\b[^.]*\d{4}|\b(?:Consultado|Recuperado) (?:el|de)\b/iu;
  const guard = anyCase(['retrieved', 'consultado', 'recuperado']);
  it.each([
    ['a citation', 'Retrieved 12 March 2024 from the archive.'],
    ['a Spanish citation', 'Consultado el 3 de mayo.'],
    ['a word only the guard finds', 'The data was retrieved by analysts.'],
    ['nothing to find', 'Petro spoke with Trump by phone.'],
  ])('answers as the pattern alone: %s', (_name, text) => {
    expect(guardedTest(guard, pattern, text)).toBe(pattern.test(text));
  });
});
