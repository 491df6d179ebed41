import { describe, expect, it } from 'vitest';
import type { RawReport } from '../corpus/prepare-corpus';
import { compareSentences } from './compare-sentences';
import { DEFAULT_COMPARE_OPTIONS } from './defaults';
import { pairKey, type Decisions } from './possible-versions';
import { REPORT_A, REPORT_B, testCorpus } from '../../tests/fixtures/test-corpus';
import type { Match } from './types';

// Many sentences about laboratories, none stating the page's claim closely: more candidates below the
// floor than a sentence may be offered.
const REPORT_C: RawReport = {
  id: 'c.txt',
  meta: { outlet: 'Outlet C', date: '2025-12-12' },
  text: [
    'Laboratories in the south',
    'Police found two laboratories near the border last week.',
    'Soldiers burned a laboratory hidden in the jungle, the army said.',
    'Farmers said the laboratories brought violence to their villages.',
    'Drug laboratories moved deeper into the forest as patrols grew.',
    'The country destroyed many laboratories, officials said on Monday.',
  ].join('\n'),
};

const corpus = testCorpus([REPORT_A, REPORT_B, REPORT_C]);
const compare = (sentence: string, decisions?: Decisions) =>
  compareSentences(corpus, [sentence], decisions ? { decisions } : {}).matches;
const possible = (matches: Match[]) => matches.filter((m) => m.relation === 'possible');
const confident = (matches: Match[]) => matches.filter((m) => m.relation !== 'possible');

describe('possible versions', () => {
  it.each([
    ['a paraphrase with no shared figure', 'Colombia seized record amounts of the drug, the president said.'],
    [
      'a claim with a confident version',
      'The defence ministry reported that laboratories were dismantled daily.',
    ],
    [
      'a claim among many loosely similar sentences',
      'Soldiers destroyed drug laboratories across the country during the year.',
    ],
  ])('are offered after the confident versions, below the floor, at most three: %s', (_name, sentence) => {
    const matches = compare(sentence);
    const offered = possible(matches);
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.length).toBeLessThanOrEqual(DEFAULT_COMPARE_OPTIONS.maxPossible);
    // Confident versions first, then the possible ones.
    expect(matches.slice(confident(matches).length)).toEqual(offered);
    for (const m of offered) {
      expect(m.score).toBeLessThan(DEFAULT_COMPARE_OPTIONS.minScore);
      expect(m.score).toBeGreaterThanOrEqual(DEFAULT_COMPARE_OPTIONS.minPossibleScore);
      expect(m.differences).toEqual([]);
    }
    const wordings = matches.map((m) => m.reportSentence);
    expect(new Set(wordings).size).toBe(wordings.length);
  });

  it('are capped by maxPossible', () => {
    const sentence = 'Soldiers destroyed drug laboratories across the country during the year.';
    expect(possible(compare(sentence)).length).toBe(3);
    expect(possible(compareSentences(corpus, [sentence], { maxPossible: 1 }).matches)).toHaveLength(1);
  });

  it.each([
    ['a sentence that states no claim', 'What happens next?'],
    ['a sentence sharing only names and a verb of telling', 'Trump spoke with Petro.'],
    ['a sentence about something else', 'It rained in Bogotá on Tuesday.'],
  ])('are not offered for %s', (_name, sentence) => {
    expect(possible(compare(sentence))).toEqual([]);
  });

  it('are not offered from the page’s own report', () => {
    const sentence = 'Colombia seized record amounts of the drug, the president said.';
    const matches = compareSentences(
      corpus,
      [sentence],
      {},
      { url: 'https://a.example/petro-trump' },
    ).matches;
    expect(matches.some((m) => m.report === 'a.txt')).toBe(false);
  });
});

describe('the reader’s decisions', () => {
  const sentence = 'Colombia seized record amounts of the drug, the president said.';
  const first = possible(compare(sentence))[0]!;
  const keyOf = (m: Match) => pairKey(m.pageSentence, m.report, m.reportSentence);

  it('a confirmed possible version becomes a version labelled by the usual checks', () => {
    const matches = compare(sentence, { confirmed: [keyOf(first)], rejected: [] });
    const version = confident(matches).find((m) => m.reportSentence === first.reportSentence);
    expect(version?.relation).toMatch(/^(corroborates|diverges|related)$/);
    expect(possible(matches).some((m) => m.reportSentence === first.reportSentence)).toBe(false);
  });

  it('a confirmed pair is shown whatever the display caps leave for the engine’s own versions', () => {
    const options = {
      maxPerSentence: 0,
      maxPerReport: 0,
      decisions: { confirmed: [keyOf(first)], rejected: [] },
    };
    const matches = compareSentences(corpus, [sentence], options).matches;
    const fromItsReport = confident(matches).filter((m) => m.report === first.report);
    expect(fromItsReport.some((m) => m.reportSentence === first.reportSentence)).toBe(true);
  });

  it('a confirmed pair that negates the other diverges, with the difference', () => {
    const page = 'Petro was never hostile to the United States, his office said.';
    const two = testCorpus([REPORT_A, REPORT_B]);
    const offered = possible(compareSentences(two, [page]).matches).find((m) => m.report === 'b.txt')!;
    const decisions = { confirmed: [keyOf(offered)], rejected: [] };
    const version = confident(compareSentences(two, [page], { decisions }).matches).find(
      (m) => m.reportSentence === offered.reportSentence,
    );
    expect(version?.relation).toBe('diverges');
    expect(version?.differences.length).toBeGreaterThan(0);
  });

  it('a confirmed pair labelled related stays when related versions are hidden', () => {
    const related = confident(compare(sentence, { confirmed: [keyOf(first)], rejected: [] })).find(
      (m) => m.reportSentence === first.reportSentence,
    );
    expect(related?.relation).toBe('related');
    const options = { includeRelated: false, decisions: { confirmed: [keyOf(first)], rejected: [] } };
    const kept = compareSentences(corpus, [sentence], options).matches;
    expect(kept.find((m) => m.reportSentence === first.reportSentence)?.relation).toBe('related');
  });

  it.each([
    ['a possible version', (ms: Match[]) => possible(ms)[0]!],
    ['a confident version', (ms: Match[]) => confident(ms)[0]!],
  ])('a rejected pair is gone: %s', (_name, pick) => {
    const claim = 'The defence ministry reported that laboratories were dismantled daily.';
    const target = pick(compare(claim));
    const after = compare(claim, { confirmed: [], rejected: [keyOf(target)] });
    expect(after.some((m) => m.reportSentence === target.reportSentence)).toBe(false);
  });

  it.each([
    ['spacing', 'Colombia  seized record amounts of the drug,  the president said.'],
    ['quotes and case', 'COLOMBIA seized record amounts of the drug, the president said.'],
  ])('a pair key does not depend on %s', (_name, variant) => {
    expect(pairKey(variant, 'a.txt', first.reportSentence)).toBe(keyOf(first));
  });
});
