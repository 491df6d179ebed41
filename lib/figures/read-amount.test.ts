import { describe, expect, it } from 'vitest';
import { mayStartAmount } from './read-amount';

describe('mayStartAmount', () => {
  const token = (raw: string) => ({ raw, fold: raw.toLowerCase(), start: 0, end: raw.length });
  // Whatever readAmount reads at a token must pass this test, which parseFigures asks first.
  it.each([
    ['a number', '1,400', true],
    ['a currency sign', '$', true],
    ['US dollars', 'US$', true],
    ['a number word', 'two', true],
    ['a Spanish number word', 'dos', true],
    ['a vague amount', 'thousands', true],
    ['a fraction', 'half', true],
    ['an article ("one every 40 minutes")', 'a', true],
    ['a length in one word', 'hour-long', true],
    ['a plain word', 'seized', false],
    ['a name', 'Petro', false],
  ])('%s: %s → %s', (_, raw, expected) => {
    expect(mayStartAmount(token(raw))).toBe(expected);
  });
});
