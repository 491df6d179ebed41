import { describe, expect, it } from 'vitest';
import { findSharedQuote } from '../match/classify-relation';
import { quotationsOf } from './quotations';

describe('quotationsOf', () => {
  it('reads each quotation as printed and as plain words', () => {
    expect(quotationsOf('Petro wrote: “Come with me, and I’ll show you how they are destroyed.”')).toEqual([
      {
        text: "Come with me, and I'll show you how they are destroyed",
        lower: 'come with me and i will show you how they are destroyed',
      },
    ]);
  });
});

describe('findSharedQuote', () => {
  it.each([
    [
      'one quotation inside the other',
      '"It sounds good to me," he said.',
      'He called it something that "sounds good."',
      'sounds good',
    ],
    [
      'a contraction spelt out',
      '“Come with me, and I will show you how they are destroyed.”',
      '“Come with me, and I’ll show you how they are destroyed, one laboratory every 40 minutes.”',
      'come with me and i will show you how they are destroyed',
    ],
    ['whole words only', 'He called them "armed".', 'They were "disarmed groups".', null],
    ['not function words alone', 'He said "it is".', 'She said "it is over".', null],
  ])('%s', (_name, a, b, shared) => {
    expect(findSharedQuote(a, b)).toBe(shared);
  });
});
