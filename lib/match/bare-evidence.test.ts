import { describe, expect, it } from 'vitest';
import { sharesNoContent } from './bare-evidence';

describe('sharesNoContent', () => {
  it.each([
    ['a page number and a share ("p. 84" / "84 percent")', ['#84'], true],
    ['a share alone ("more than half" / "over 50 %")', ['#50'], true],
    ['names and a figure', ['@petro', '@colombia', '#2700'], true],
    ['names and a verb of telling', ['@trump', 'announc'], true],
    ['nothing at all', [], true],
    ['a figure and the thing counted', ['#2700', 'cocain'], false],
    ['a word of the claim', ['laboratori'], false],
    ['una palabra llevada del español', ['@petro', 'incaut'], false],
  ])('says %s is %s', (_, keys, none) => {
    expect(sharesNoContent(keys)).toBe(none);
  });
});
