import { describe, expect, it } from 'vitest';
import { compareSentences } from '../compare-sentences';
import { testCorpus } from '../../../tests/fixtures/test-corpus';
import { DEFAULT_COMPARE_OPTIONS } from '../defaults';
import type { Figure } from '../../figures/types';
import { hasCount, judgePair } from './second-look';
import type { PairLook } from './pair-review';

// Another story than the bundled one: Kenya, its debt and a visit, told by two outlets.
const corpus = testCorpus([
  {
    id: 'wire.txt',
    meta: { outlet: 'Wire', date: '2026-03-02' },
    text: [
      'Ruto invites Biden to Nairobi',
      'Kenyan President William Ruto invited US President Joe Biden to visit Nairobi and see the new rail line.',
      'Ruto told reporters the talks with the IMF had gone well on the whole, and warned that Kenya could default if lenders refused new terms.',
      'Inflation in Kenya rose to 7 percent in March, the statistics office said.',
      'The IMF board will meet in Washington next month to review the programme.',
      'Police seized 400 kilograms of heroin at the port of Mombasa, the interior ministry said.',
      'Ruto and Biden spoke by phone on Tuesday about trade and the rail line.',
      'Thousands marched in Nairobi against the finance bill, which raises taxes on bread and fuel.',
      'The shilling fell 2 percent against the dollar after the vote.',
    ].join('\n'),
  },
]);

const versions = (page: string[]) => compareSentences(corpus, page).matches;

describe('the second look, on a story outside the bundled corpus', () => {
  it('finds a warning told in a clause of a sentence about something else', () => {
    const found = versions([
      'President William Ruto faces protests in Kenya over new taxes.',
      'Bond markets slumped on Thursday as investors weighed the budget, after Ruto warned that Kenya could default.',
    ]);
    expect(found.find((m) => m.pageSentence.startsWith('Bond'))?.reportSentence).toContain('could default');
  });

  it('does not take a phone call for the invitation', () => {
    const found = versions(['Ruto sent Biden an invitation on Tuesday about trade and the rail line.']);
    expect(found.map((m) => m.reportSentence)).not.toContainEqual(expect.stringContaining('spoke by phone'));
    expect(found.map((m) => m.reportSentence)).toContainEqual(expect.stringContaining('invited'));
  });
});

const look = (over: Partial<PairLook>): PairLook => ({
  clause: null,
  eventClause: null,
  frames: 'none',
  sameEvent: false,
  clauseSharesClaimWord: false,
  sharesParticipant: false,
  ...over,
});
const clauseMatch = (score: number, bothFigures = false) => ({
  score,
  sharedKeys: [],
  page: '',
  report: '',
  bothFigures,
});
const floor = DEFAULT_COMPARE_OPTIONS.minScore;

describe('judgePair', () => {
  it.each([
    ['drops different acts of the same people', look({ frames: 'conflict' }), 0.4, false, 'drop'],
    ['keeps them when a quotation ties them', look({ frames: 'conflict' }), 0.4, true, 'keep'],
    ['promotes clauses telling one event', look({ eventClause: clauseMatch(0.34) }), 0.15, false, 'promote'],
    [
      'not when each prints other numbers',
      look({ eventClause: clauseMatch(0.34, true) }),
      0.15,
      false,
      'keep',
    ],
    ['not when the clauses are far apart', look({ eventClause: clauseMatch(0.2) }), 0.15, false, 'keep'],
  ])('%s', (_, pairLook, score, anchored, action) => {
    expect(judgePair(pairLook, { score, floor, anchored }).action).toBe(action);
  });

  it.each([
    ['close clauses of one event', look({ eventClause: clauseMatch(0.4) }), 0.2, true],
    ['a version above the floor reporting the same act', look({ sameEvent: true }), 0.3, true],
    ['not the same act below the floor', look({ sameEvent: true }), 0.2, false],
  ])('corroborates on %s', (_, pairLook, score, expected) => {
    expect(judgePair(pairLook, { score, floor, anchored: false }).sameEvent).toBe(expected);
  });
});

describe('hasCount', () => {
  const figure = (kind: Figure['kind'], qualifier: Figure['qualifier']) => ({ kind, qualifier }) as Figure;
  it.each([
    ['a count', [figure('count', 'exact')], true],
    ['a date only', [figure('date', 'exact')], false],
    ['"hundreds of"', [figure('count', 'vague')], false],
    ['nothing', [], false],
  ])('%s → %s', (_, figures, expected) => {
    expect(hasCount(figures)).toBe(expected);
  });
});
