import type { Corpus } from '../corpus/corpus';
import { detectLanguage, type Language } from '../text/language';
import { analyzeSentences, isNameKey, type AnalyzedSentence } from './analyze-sentence';
import { classifyRelation, findSharedQuote } from './classify-relation';
import { compareFigures, sameQuantity } from '../figures/compare-figures';
import {
  DEFAULT_COMPARE_OPTIONS,
  SAME_QUANTITY_BONUS,
  UNTRANSLATED_WEIGHT,
  type CompareOptions,
} from './defaults';
import { findCandidates, type QueryKey } from './find-candidates';
import { SelfTally, selfByUrl, squash } from './find-self';
import { fuzzyMatches } from './fuzzy-matches';
import { mayNegate } from './claim-checks';
import { isClaim } from './is-claim';
import { keyWeight } from './key-weights';
import { scorePair } from './score-pair';
import { sharesNoContent } from './bare-evidence';
import { judgeStory } from './story-gate';
import { reportSharedWords, sharedEvidence } from './shared-evidence';
import { findTranslatedQuote } from './translated-quote';
import type { Comparison, Match } from './types';

/** What is known of the page besides its sentences. */
export interface PageInfo {
  url?: string | null;
  title?: string | null;
}

/**
 * Compares a page's sentences with the corpus: for each sentence that states a claim, the report
 * sentences that state the same claim, each with its relation and differences. The page itself,
 * when it is one of the corpus's reports, is named and left out.
 */
export function compareSentences(
  corpus: Corpus,
  sentences: readonly string[],
  options: Partial<CompareOptions> = {},
  page: PageInfo = {},
): Comparison {
  const opts = { ...DEFAULT_COMPARE_OPTIONS, ...options };
  const language = detectLanguage(sentences.join(' '));
  const analyzed = analyzeSentences(sentences, language, page.title ? [page.title] : []);
  const tally = new SelfTally();
  const foreign = !corpus.reports.some((report) => report.language === language);
  // A page about another story gets no version at all, unless a reader asked for this text.
  const story = judgeStory(
    corpus.story,
    analyzed,
    page.title ? analyzeSentences([page.title], language) : [],
  );
  const found: Match[][] = analyzed.map((sentence, pageIndex) =>
    isClaim(sentence.text) && !(story.offStory && opts.storyGate)
      ? matchSentence(corpus, sentence, pageIndex, opts, tally, { language, foreign })
      : [],
  );
  const self = selfByUrl(corpus, page.url) ?? tally.result(corpus);
  const matches = found.flatMap((list) => {
    const kept = list.filter((m) => m.report !== self && (opts.includeRelated || m.relation !== 'related'));
    return capPerReport(kept, opts.maxPerReport).slice(0, opts.maxPerSentence);
  });
  const { title = null } = page;
  return {
    page: {
      title,
      sentences: sentences.length,
      self,
      language,
      storyScore: story.score,
      offStory: story.offStory,
    },
    matches,
  };
}

function matchSentence(
  corpus: Corpus,
  sentence: AnalyzedSentence,
  pageIndex: number,
  opts: CompareOptions,
  tally: SelfTally,
  { language, foreign }: { language: Language; foreign: boolean },
): Match[] {
  const { index } = corpus;
  const query: QueryKey[] = sentence.keys.map((key) => {
    const termId = index.lookup(key);
    // A page in a language no report is in keeps the words the lexicon could not carry across;
    // they cannot be shared, and at full weight they would bury the words that were carried.
    const discount = foreign && termId === undefined ? UNTRANSLATED_WEIGHT : 1;
    return { key, termId, weight: keyWeight(index, key, termId) * discount, isName: isNameKey(key) };
  });
  const candidates = findCandidates(index, query, opts.queryKeys, opts.candidates);
  const verbatim = squash(sentence.text);
  const fuzzy = fuzzyMatches(corpus, query, candidates);
  const matches: Match[] = [];
  const copies: string[] = [];
  const pageMayNegate = mayNegate(sentence.text);
  for (const candidate of candidates) {
    const where = corpus.locate(candidate);
    const text = where.report.sentences[where.index]!;
    // A verbatim copy has about the same length; only then is it worth normalising.
    if (Math.abs(text.length - sentence.text.length) <= 8 && squash(text) === verbatim)
      copies.push(where.report.id);
    const pair = scorePair(index, query, candidate, fuzzy);
    const figurePairs = compareFigures(sentence.figures, corpus.figuresOf(candidate));
    // The same quantity in both sentences is evidence of one claim beyond the words they share.
    const sharesQuantity = figurePairs.some(sameQuantity);
    const score = Math.min(1, pair.score + (sharesQuantity ? SAME_QUANTITY_BONUS : 0));
    // Words both sentences quote ("hostile"), or one translates ("un gran honor"), come from one
    // statement: a lower bar for the rest.
    const sharedQuote =
      findSharedQuote(sentence.text, text) ??
      findTranslatedQuote(sentence.text, language, text, where.report.language);
    // So is a count of the same thing ("more than 80 dead" / "killed at least 83"): it stands in for
    // half the words of the claim.
    const [floor, contentFloor] = sharedQuote
      ? [opts.minScoreQuoted, 0]
      : [opts.minScore, sharesQuantity ? opts.minContentWeight / 2 : opts.minContentWeight];
    if (score < floor || pair.contentWeight <= contentFloor) continue;
    // Sharing only the story's names and a verb of telling ("announced", "said in a post") is a
    // coincidence of how news is written, not one claim.
    if (!sharedQuote && sharesNoContent(pair.sharedKeys)) continue;
    const evidence = sharedEvidence(sentence, pair.sharedKeys);
    const verdict = classifyRelation(sentence.text, text, {
      figurePairs,
      sharedQuote,
      sharedWords: evidence.words,
      // Reading the report's own words costs a pass over it; only a negation anywhere needs them.
      reportSharedWords:
        pageMayNegate || mayNegate(text)
          ? reportSharedWords(text, where.report.language, pair.sharedKeys)
          : evidence.words,
      score,
      corroborateScore: opts.corroborateScore,
    });
    matches.push({
      pageSentence: sentence.text,
      pageIndex,
      report: where.report.id,
      reportSentence: text,
      reportIndex: where.index,
      relation: verdict.relation,
      score: Math.round(score * 1000) / 1000,
      differences: verdict.differences,
      shared: {
        ...evidence,
        figures: verdict.agreeingFigures,
        ...(verdict.compatibleFigures.length > 0 ? { compatible: verdict.compatibleFigures } : {}),
      },
    });
  }
  tally.add(copies);
  return matches.sort((a, b) => b.score - a.score);
}

function capPerReport(matches: Match[], cap: number): Match[] {
  const seen = new Map<string, number>();
  return matches.filter((m) => {
    const n = (seen.get(m.report) ?? 0) + 1;
    seen.set(m.report, n);
    return n <= cap;
  });
}
