import { describe, expect, it } from 'vitest';
import { splitMarked } from './MarkedText';

describe('splitMarked', () => {
  it.each([
    ['12 bombings against groups', ['12 bombings'], ['[12 bombings]', ' against groups']],
    ['over 1,446 ground battles', ['1,446', 'battles'], ['over ', '[1,446]', ' ground ', '[battles]']],
    ['no phrase here', ['absent'], ['no phrase here']],
    ['Case Insensitive', ['case'], ['[Case]', ' Insensitive']],
    ['overlap abc', ['lap a', 'overlap'], ['[overlap]', ' abc']],
    ['empty phrase', [''], ['empty phrase']],
  ])('marks %j with %j', (text, phrases, expected) => {
    expect(splitMarked(text, phrases).map((p) => (p.marked ? `[${p.text}]` : p.text))).toEqual(expected);
  });
});
