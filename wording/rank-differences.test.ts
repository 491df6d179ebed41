import { describe, expect, it } from 'vitest';
import type { Aspect, Difference } from '@/lib';
import { differenceRank, rankDifferences } from './rank-differences';

const d = (aspect: Aspect, page: string, report: string): Difference => ({ aspect, page, report });

describe('differenceRank', () => {
  it.each([
    [
      '13 bombing raids against 12 bombings is a conflicting count',
      d('figure', '13 bombing raids', '12 bombings'),
      0,
    ],
    [
      'nine a day against one every 40 minutes is a conflicting rate',
      d('figure', '9 laboratories a day', 'one laboratory every 40 minutes'),
      0,
    ],
    ['1.496 against 1,446 is a conflicting count', d('figure', '1.496 combates', '1,446 battles'), 0],
    ['a negation is a conflict of statements', d('negation', 'not', '(affirmed)'), 1],
    ['a month against another dates the event otherwise', d('date', 'September', 'October'), 1],
    ['a single seizure against a total is scope', d('scope', 'single … 2,700 tons', '2,700 tons to date'), 2],
    ['another speaker is framing', d('attribution', 'Petro', 'Trump'), 2],
    ['1,446 against over 1,446 is an approximator', d('figure', '1,446', 'over 1,446'), 3],
    [
      '1.446 against nearly 1,446 is an approximator',
      d('figure', '1.446 combates', 'nearly 1,446 battles'),
      3,
    ],
  ])('%s', (_name, difference, rank) => {
    expect(differenceRank(difference)).toBe(rank);
  });
});

describe('rankDifferences', () => {
  it('puts the conflicting count before the approximator, keeping the order of equals', () => {
    const approximator = d('figure', '1,446', 'over 1,446');
    const count = d('figure', '13 bombing raids', '12 bombings');
    const scope = d('scope', 'single … 2,700 tons', '2,700 tons to date');
    expect(rankDifferences([approximator, scope, count])).toEqual([count, scope, approximator]);
  });
});
