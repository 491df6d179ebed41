import { describe, expect, it } from 'vitest';
import { wordingFamilies, wordingOf } from './wording-families';

describe('wordingFamilies', () => {
  it.each([
    [
      'the same words with other figures are one wording',
      [
        ['@colombia', 'cocain', 'date', 'defenc', 'ministri', 'seiz', 'ton', '#2500'],
        ['@colombia', 'cocain', 'date', 'defenc', 'ministri', 'seiz', 'ton', '#2900'],
      ],
      [0, 0],
    ],
    [
      'a name read as a word in one report is the same word',
      [
        ['@petro', 'describ', 'seizur', 'cocain', 'largest', 'histori'],
        ['petro', 'describ', 'seizur', 'cocain', 'largest', 'histori'],
      ],
      [0, 0],
    ],
    [
      'another wording of the claim is another family',
      [
        ['@colombia', 'cocain', 'date', 'defenc', 'ministri', 'seiz', 'ton', '#2700'],
        ['@petro', 'report', 'seizur', 'ton', 'cocain', 'date', 'figur', 'approach', 'record', '#2700'],
        ['@colombia', 'cocain', 'date', 'defenc', 'ministri', 'seiz', 'ton', '#1800'],
      ],
      [0, 1, 0],
    ],
    ['nothing', [], []],
  ])('%s', (_name, keys, expected) => {
    expect(wordingFamilies(keys.map(wordingOf))).toEqual(expected);
  });
});
