import { describe, expect, it } from 'vitest';
import {
  goldPages,
  requiredPairs,
  scoreGold,
  scoreLine,
  type GoldFile,
  type ScoredMatch,
} from './score-gold';

const gold: GoldFile = {
  pairs: [
    {
      expect: 'match',
      a: { report: 'a.txt', sentence: 'Petro invited Trump' },
      b: { report: 'b.txt', sentence: 'an invitation to Trump' },
    },
    {
      expect: 'diverges',
      a: { report: 'a.txt', sentence: '13 bombing raids' },
      b: { report: 'b.txt', sentence: '12 bombings' },
    },
    {
      expect: 'optional',
      a: { report: 'a.txt', sentence: 'cocaine' },
      b: { report: 'b.txt', sentence: 'drugs' },
    },
  ],
  boilerplate: [{ report: 'b.txt', sentence: 'Scroll to Top' }],
};
const m = (
  pageSentence: string,
  report: string,
  reportSentence: string,
  relation = 'related',
): ScoredMatch => ({
  pageSentence,
  report,
  reportSentence,
  relation,
});

describe('scoreGold', () => {
  it('reads every report named on side a and, for two-way pairs, on side b', () => {
    expect(goldPages(gold)).toEqual(['a.txt', 'b.txt']);
    expect(requiredPairs(gold)).toHaveLength(4);
  });

  it.each([
    ['nothing found', new Map(), { found: 0, truePositives: 0, falsePositives: 0, labelled: 0, leaks: 0 }],
    [
      'both pairs of page a, one wrongly labelled, with curly quotes and a report path',
      new Map([
        [
          'a.txt',
          [
            m('“Petro invited  Trump” to Bogotá.', 'corpus/b.txt', 'He sent an invitation to Trump.'),
            m('It flew 13 bombing raids.', 'b.txt', 'There were 12 bombings.', 'corroborates'),
          ],
        ],
      ]),
      { found: 2, truePositives: 2, falsePositives: 0, labelled: 0, leaks: 0 },
    ],
    [
      'an optional pair (neither counted nor penalised), a stray match and a boilerplate leak',
      new Map([
        [
          'a.txt',
          [
            m('Cocaine flows.', 'b.txt', 'Drugs flow.'),
            m('Unrelated.', 'b.txt', 'Other.'),
            m('Petro invited Trump.', 'b.txt', 'Scroll to Top'),
          ],
        ],
      ]),
      { found: 0, truePositives: 0, falsePositives: 2, labelled: 0, leaks: 1 },
    ],
  ])('counts %s as score.mjs does', (_name, matches, expected) => {
    expect(scoreGold(gold, matches)).toMatchObject({
      required: 4,
      labelChecks: expected.found ? 1 : 0,
      ...expected,
    });
  });

  it.each([
    [
      'a pair offered only as possible: reached, not found, and no false match',
      [m('Petro invited Trump.', 'b.txt', 'He sent an invitation to Trump.', 'possible')],
      { found: 0, reached: 1, offered: 1, truePositives: 0, falsePositives: 0 },
    ],
    [
      'a possible version that fits no pair: offered, never false',
      [m('Unrelated.', 'b.txt', 'Other.', 'possible')],
      { found: 0, reached: 0, offered: 1, truePositives: 0, falsePositives: 0 },
    ],
    [
      'a fourth possible version of one page sentence: not counted',
      [
        m('Petro invited Trump.', 'b.txt', 'One.', 'possible'),
        m('Petro invited Trump.', 'b.txt', 'Two.', 'possible'),
        m('Petro invited Trump.', 'b.txt', 'Three.', 'possible'),
        m('Petro invited Trump.', 'b.txt', 'He sent an invitation to Trump.', 'possible'),
      ],
      { found: 0, reached: 0, offered: 3, truePositives: 0, falsePositives: 0 },
    ],
    [
      'a pair found as a version: found and reached',
      [m('Petro invited Trump.', 'b.txt', 'He sent an invitation to Trump.', 'corroborates')],
      { found: 1, reached: 1, offered: 0, truePositives: 1, falsePositives: 0 },
    ],
  ])('counts %s, as score.mjs does', (_name, matches, expected) => {
    expect(scoreGold(gold, new Map([['a.txt', matches]]))).toMatchObject(expected);
  });

  it('adds reach to the summary line when possible versions were offered, in score.mjs wording', () => {
    const offered = new Map([
      ['a.txt', [m('Petro invited Trump.', 'b.txt', 'an invitation to Trump', 'possible')]],
    ]);
    expect(scoreLine(scoreGold(gold, offered))).toBe(
      'score: recall 0.000 (0/4), precision 1.000 (0 true, 0 false), F1 0.000, labels 1.000 (0/0), ' +
        'boilerplate leaks 0, reach 0.250 (1/4, 1 possible versions offered)',
    );
  });

  it('prints the summary line in score.mjs wording', () => {
    const line = scoreLine(scoreGold(gold, new Map()));
    expect(line).toBe(
      'score: recall 0.000 (0/4), precision 1.000 (0 true, 0 false), F1 0.000, labels 1.000 (0/0), boilerplate leaks 0',
    );
  });
});
