import { describe, expect, it } from 'vitest';
import type { Comparison, Match, Relation } from '@/lib';
import {
  badgeTooltip,
  countClaims,
  groupClaims,
  possibleClaims,
  strongestRelation,
  summaryLine,
} from './claim-summary';

function match(pageIndex: number, report: string, relation: Relation): Match {
  return {
    pageSentence: `sentence ${pageIndex}`,
    pageIndex,
    report,
    reportSentence: `${report} says ${pageIndex}`,
    reportIndex: 0,
    relation,
    score: 0.5,
    differences: [],
    shared: { words: [], names: [], figures: [] },
  };
}

function comparison(matches: Match[]): Comparison {
  return { page: { title: null, sentences: 10, self: null, language: 'en' }, matches };
}

describe('strongestRelation', () => {
  it.each<[Relation[], Relation]>([
    [['related'], 'related'],
    [['related', 'corroborates'], 'corroborates'],
    [['corroborates', 'diverges', 'related'], 'diverges'],
  ])('picks the strongest of %j as %s', (relations, expected) => {
    expect(strongestRelation(relations.map((r, i) => match(0, `r${i}`, r)))).toBe(expected);
  });
});

describe('groupClaims', () => {
  it('groups versions by page sentence in page order, keeping the engine order within a claim', () => {
    const claims = groupClaims(
      comparison([match(4, 'a', 'related'), match(1, 'b', 'corroborates'), match(4, 'c', 'diverges')]),
    );
    expect(claims.map((c) => [c.pageIndex, c.relation, c.versions.map((v) => v.report)])).toEqual([
      [1, 'corroborates', ['b']],
      [4, 'diverges', ['a', 'c']],
    ]);
  });
});

describe('countClaims and the lines built from it', () => {
  it.each([
    {
      matches: [],
      line: 'No claim of this page is in the other reports',
      diverges: 0,
      says: '0 claims diverge',
    },
    {
      matches: [match(0, 'a', 'diverges'), match(0, 'b', 'corroborates'), match(2, 'b', 'related')],
      line: '1 claim found in 2 other reports',
      diverges: 1,
      says: '1 claim diverges',
    },
    {
      matches: [match(3, 'a', 'corroborates')],
      line: '1 claim found in 1 other report',
      diverges: 0,
      says: '0 claims diverge',
    },
    {
      matches: [match(1, 'a', 'related'), match(4, 'b', 'related')],
      line: 'No claim of this page is in the other reports',
      diverges: 0,
      says: '0 claims diverge',
    },
  ])('summarises $matches.length matches as "$line"', ({ matches, line, diverges, says }) => {
    const counts = countClaims(comparison(matches));
    expect(summaryLine(counts)).toBe(line);
    expect(counts.diverges).toBe(diverges);
    expect(badgeTooltip(counts)).toContain(says);
  });
});

describe('related-only claims are counted apart from the claims found', () => {
  it.each([
    [
      'one corroborated, two related',
      [match(0, 'a', 'corroborates'), match(1, 'b', 'related'), match(2, 'c', 'related')],
      { claims: 1, reports: 1, related: 2 },
    ],
    ['only related', [match(1, 'a', 'related')], { claims: 0, reports: 0, related: 1 }],
    [
      'a related version of a diverging claim',
      [match(0, 'a', 'diverges'), match(0, 'b', 'related')],
      { claims: 1, reports: 1, related: 0 },
    ],
  ])('%s', (_name, matches, expected) => {
    expect(countClaims(comparison(matches))).toMatchObject(expected);
  });
});

describe('possible versions', () => {
  const offered = comparison([
    match(1, 'a', 'corroborates'),
    match(1, 'b', 'possible'),
    match(3, 'c', 'possible'),
    match(3, 'd', 'possible'),
  ]);

  it.each([
    [
      'a claim keeps them apart from its versions',
      () => groupClaims(offered),
      [[1, 'corroborates', ['a'], ['b']]],
    ],
    [
      'a sentence with only possible versions is no claim',
      () => possibleClaims(offered),
      [[3, 'possible', [], ['c', 'd']]],
    ],
  ])('%s', (_name, read, expected) => {
    expect(
      read().map((c) => [
        c.pageIndex,
        c.relation,
        c.versions.map((v) => v.report),
        c.possible.map((v) => v.report),
      ]),
    ).toEqual(expected);
  });

  it('are never counted: claims, reports and relations count stated versions only', () => {
    expect(countClaims(offered)).toEqual({ claims: 1, reports: 1, diverges: 0, corroborates: 1, related: 0 });
  });
});
