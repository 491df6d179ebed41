import { describe, expect, it } from 'vitest';
import { analyzeSentences } from '../analysis/analyze-sentence';
import { isClaim } from '../analysis/is-claim';
import { parseFigures } from '../figures/parse-figures';
import { findAttribution } from '../match/differences/attribution';
import { directionDifference } from '../match/differences/direction';
import { mayNegate } from '../analysis/may-negate';
import { foldCase } from '../text/normalize';
import { sentenceTerms, termOf } from '../text/terms';
import { detectLanguage, PROFILES, profileOf } from './index';
import type { LanguageProfile } from './types';

// Every rule over every profile: a new language passes these before it reaches the matcher.
const profiles = PROFILES.map((profile) => [profile.code, profile] as const);

// Lists every language must fill; the others (participles, contractions, …) may be empty.
const REQUIRED: Record<string, (p: LanguageProfile) => readonly unknown[]> = {
  functionWords: (p) => p.functionWords,
  stopWords: (p) => p.stopWords,
  abbreviations: (p) => p.abbreviations,
  titleAbbreviations: (p) => p.titleAbbreviations,
  sentenceStarters: (p) => p.sentenceStarters,
  titleWords: (p) => p.titleWords,
  numberWordsNotAlone: (p) => p.numberWordsNotAlone,
  'number words': (p) => Object.keys(p.numbers.words),
  'scale words': (p) => Object.keys(p.numbers.scales),
  'vague amounts': (p) => Object.keys(p.numbers.vague),
  fractions: (p) => Object.keys(p.numbers.fractions),
  units: (p) => Object.keys(p.units),
  'time units': (p) => Object.keys(p.timeUnits),
  'rate words': (p) => Object.keys(p.rateWords),
  months: (p) => Object.keys(p.months),
  qualifiers: (p) => p.qualifiers.before,
  'interface words': (p) => p.furniture.interfaceWords,
  'lines about the article': (p) => p.furniture.aboutTheArticle,
  'link list teasers': (p) => p.furniture.linkListPatterns,
  ...Object.fromEntries(
    (
      [
        'of',
        'articles',
        'determiners',
        'each',
        'one',
        'and',
        'between',
        'rangeFrom',
        'rangeTo',
        'shareLinks',
      ] as const
    ).map((field) => [`figure words: ${field}`, (p: LanguageProfile) => p.figureWords[field]]),
  ),
  'scope single': (p) => p.scopePatterns.single,
  'scope total': (p) => p.scopePatterns.total,
  labelWords: (p) => p.labelWords,
  yearWords: (p) => p.yearWords,
  commentaryPatterns: (p) => p.commentaryPatterns,
  tellingVerbs: (p) => p.tellingVerbs,
  'negation particles': (p) => p.negation.particlePatterns,
  'denial verbs': (p) => p.negation.denialVerbs,
  'denied clauses': (p) => p.negation.deniedClausePatterns,
  'statement stems': (p) => p.negation.statementStems,
  'purpose patterns': (p) => p.negation.purposePatterns,
  'negative verbs': (p) => p.negation.negativeVerbPatterns,
  'alleging patterns': (p) => p.negation.allegingPatterns,
  'allegation patterns': (p) => p.negation.allegationPatterns,
  'saying stems': (p) => p.negation.sayingStems,
  'according to': (p) => p.attribution.accordingToPatterns,
  'verbs after the speaker': (p) => p.attribution.verbsAfterSpeaker,
  'verbs before the speaker': (p) => p.attribution.verbsBeforeSpeaker,
  'no one': (p) => p.attribution.nobody,
  'attribution articles': (p) => p.attribution.articles,
  'direction up': (p) => p.direction.upPatterns,
  'direction down': (p) => p.direction.downPatterns,
  offices: (p) => p.titles.officePatterns,
  'former titles': (p) => p.titles.formerPatterns,
};

// Fields of regular-expression fragments: each must compile on its own.
const PATTERNS = (p: LanguageProfile): readonly string[] => [
  ...p.scopePatterns.single,
  ...p.scopePatterns.total,
  ...p.commentaryPatterns,
  ...Object.values(p.negation).flat(),
  ...p.attribution.accordingToPatterns,
  ...p.attribution.auxiliaryPatterns,
  ...p.direction.upPatterns,
  ...p.direction.downPatterns,
  ...p.titles.officePatterns,
  ...p.titles.formerPatterns,
  ...p.furniture.linkListPatterns,
];

/** The plain words of a list of fragments (no regular-expression syntax), which a rule must match. */
const plain = (list: readonly string[]) => list.filter((w) => /^[\p{L} ]+$/u.test(w));

describe.each(profiles)('the %s profile', (_code, profile) => {
  it.each(Object.entries(REQUIRED))('fills %s', (_field, read) => {
    expect(read(profile).length).toBeGreaterThan(0);
  });

  it('has fragments that compile', () => {
    for (const fragment of PATTERNS(profile)) expect(() => new RegExp(fragment, 'u')).not.toThrow();
  });

  it('is told from the others by its example sentence', () => {
    expect(detectLanguage(profile.example)).toBe(profile.code);
    expect(profileOf(profile.code)).toBe(profile);
  });

  it('is read by the terms, figures and sentence rules', () => {
    expect(sentenceTerms(profile.example, profile).length).toBeGreaterThan(3);
    expect(parseFigures(profile.example, profile).map((f) => f.value)).toContain(200);
    const [analyzed] = analyzeSentences([profile.example], profile);
    expect(analyzed?.keys.length).toBeGreaterThan(3);
    expect(isClaim(profile.example)).toBe(true);
  });

  it('reads its stop words as no term, and its lexicon onto pivot terms', () => {
    for (const word of profile.stopWords.slice(0, 20)) expect(termOf(word, profile)).toBeNull();
    for (const word of Object.keys(profile.lexicon.toPivot).slice(0, 20))
      expect(termOf(word, profile)).not.toBeNull();
  });

  it('has denial verbs and particles the negation check sees', () => {
    for (const verb of profile.negation.denialVerbs)
      expect(mayNegate(`Petro ${verb} the report.`)).toBe(true);
    for (const particle of plain(profile.negation.particlePatterns))
      expect(mayNegate(`Petro ${particle} accepted.`)).toBe(true);
  });

  it('has reporting verbs the attribution check sees', () => {
    for (const verb of profile.attribution.verbsAfterSpeaker)
      expect(findAttribution(`Petro ${verb} it.`)).toEqual(['Petro']);
    for (const verb of profile.attribution.verbsBeforeSpeaker)
      expect(findAttribution(`“It is done,” ${verb} Petro.`)).toEqual(['Petro']);
  });

  it('has words of change the direction check sees', () => {
    const [up] = plain(profile.direction.upPatterns);
    const [down] = plain(profile.direction.downPatterns);
    expect(directionDifference(`Production ${up}.`, `Production ${down}.`)).not.toBeNull();
  });

  it('has units and scale words the figure reader sees', () => {
    for (const [word, unit] of Object.entries(profile.units).filter(([w]) => /^\p{L}{2,}$/u.test(w)))
      expect(parseFigures(`Colombia seized 27 ${word} of cocaine.`, profile)[0]?.unit, word).toBe(unit);
    for (const [word, scale] of Object.entries(profile.numbers.scales).filter(([w]) =>
      /^\p{L}{2,}$/u.test(w),
    ))
      expect(parseFigures(`Colombia seized 27 ${word} doses.`, profile)[0]?.value, word).toBe(27 * scale);
  });

  it('has commentary verbs the claim filter sees', () => {
    for (const verb of plain(profile.commentaryPatterns))
      expect(isClaim(`The long exchange ${verb} the tension.`)).toBe(false);
  });
});

describe('the profiles', () => {
  it('have one pivot language and distinct codes', () => {
    expect(PROFILES.filter((p) => p.pivot)).toHaveLength(1);
    expect(new Set(PROFILES.map((p) => p.code)).size).toBe(PROFILES.length);
  });

  it('fold their words as the rules read them', () => {
    for (const p of PROFILES) for (const word of p.stopWords) expect(foldCase(word)).toBe(word);
  });
});
