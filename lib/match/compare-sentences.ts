import type { Corpus } from '../corpus/corpus';
import { detectLanguage, profileOf, type Language } from '../lang';
import {
  analyzeSentences,
  analyzeText,
  isNameKey,
  type AnalyzedSentence,
} from '../analysis/analyze-sentence';
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
import { mayNegate } from '../analysis/may-negate';
import { quotationsOf } from '../analysis/quotations';
import { SentenceMemo } from '../analysis/sentence-memo';
import { isClaim } from '../analysis/is-claim';
import { storyWeights, wholeCorpus, type StoryScope } from './story-weights';
import { scorePair } from './score-pair';
import { sharesNoContent } from './bare-evidence';
import { judgeStory } from './story-gate';
import { reportSharedWords, sharedEvidence } from './shared-evidence';
import { findTranslatedQuote } from '../analysis/translated-quote';
import { DecisionLookup, pairKey, pickPossible, type Offer } from './possible-versions';
import { PairReviewer } from './evidence/pair-review';
import { hasCount, KEEP_SCORE, SECOND_LOOK, secondLook } from './evidence/second-look';
import type { Comparison, Match } from './types';
import type { Figure } from '../figures/types';
import { chooseVersions, versionOrigin } from './choose-versions';
import { CandidateQueue, candidateGroups, spreadCandidates } from './spread-candidates';

const keyOf = (m: Match) => pairKey(m.pageSentence, m.report, m.reportSentence);

// A report sentence of about a page sentence's length is squashed once, not for each page sentence.
const squashed = new SentenceMemo(squash);

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
  const text = analyzeText(sentences, profileOf(language), page.title ? [page.title] : []);
  const analyzed = text.sentences;
  const tally = new SelfTally();
  const foreign = !corpus.reports.some((report) => report.language === language);
  // A page about another story gets no version at all, possible or not, unless a reader asked for
  // this text. Each collection is judged by its own story: a page about the reader's own story meets
  // their sources, not the bundled reports.
  const headline = page.title ? analyzeSentences([page.title], profileOf(language)) : [];
  const verdicts = new Map(
    [...corpus.stories].map(([name, profile]) => [name, judgeStory(profile, analyzed, headline)]),
  );
  const gated = (collection: string | undefined) =>
    opts.storyGate && (verdicts.get(collection ?? '')?.offStory ?? false);
  // A collection with no story of its own (first seen after preparation, or without a core) is never
  // gated; the page is off-story only when every collection it could meet shuts it out.
  const collections = new Set(corpus.reports.map((r) => r.collection ?? ''));
  const story = {
    score: Math.max(0, ...[...verdicts.values()].map((v) => v.score)),
    offStory: collections.size > 0 && [...collections].every((name) => verdicts.get(name)?.offStory ?? false),
  };
  const anyOpen = !opts.storyGate || !story.offStory;
  const decisions = new DecisionLookup(opts.decisions);
  // Rarity counted among the reports that tell this page's story, and versions from them only:
  // unrelated reports beside them change nothing (lib/match/story-weights.ts).
  const scope = anyOpen
    ? storyWeights(
        corpus,
        analyzed.flatMap((s) => s.keys),
      )
    : wholeCorpus(corpus);
  const reviewer = new PairReviewer(corpus, sentences, language, scope.weights, text);
  // A corpus sentence is a candidate of many page sentences: its figures are built once per page.
  const figures = new Map<number, Figure[]>();
  const figuresOf = (sentence: number) => {
    let found = figures.get(sentence);
    if (!found) figures.set(sentence, (found = corpus.figuresOf(sentence)));
    return found;
  };
  const context = { language, foreign, decisions, reviewer, gated, scope, figuresOf };
  const found = analyzed.map((sentence, pageIndex) =>
    isClaim(sentence.text) && anyOpen
      ? matchSentence(corpus, sentence, pageIndex, opts, tally, context)
      : { matches: [], offers: [] },
  );
  const self = selfByUrl(corpus, page.url) ?? tally.result(corpus);
  const origin = versionOrigin(corpus);
  const matches = found.flatMap(({ matches: list, offers }) => {
    // A related version the reader confirmed is kept when related ones are hidden: they asked for it.
    const wanted = (m: Match) =>
      opts.includeRelated || m.relation !== 'related' || decisions.decisionOn(keyOf(m)) === 'confirmed';
    const kept = list.filter((m) => m.report !== self && wanted(m));
    // A pair the reader confirmed is always shown: the display caps choose among the engine's own.
    const isConfirmed = (m: Match) => !decisions.empty && decisions.decisionOn(keyOf(m)) === 'confirmed';
    const confirmed = kept.filter(isConfirmed);
    const chosen = chooseVersions(
      kept.filter((m) => !isConfirmed(m)),
      Math.max(0, opts.maxPerSentence - confirmed.length),
      opts.maxPerReport,
      origin,
    );
    const confident = [...chosen, ...confirmed].sort((x, y) => y.score - x.score);
    // After the versions it states, the likeliest of the rest, offered for the reader to judge.
    const possible = pickPossible(
      offers.filter((o) => o.at.report !== self),
      confident,
      { max: opts.maxPossible, minScore: opts.minPossibleScore },
    );
    return [...confident, ...possible];
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
  {
    language,
    foreign,
    decisions,
    reviewer,
    gated,
    scope,
    figuresOf,
  }: {
    language: Language;
    foreign: boolean;
    decisions: DecisionLookup;
    reviewer: PairReviewer;
    gated: (collection: string | undefined) => boolean;
    scope: StoryScope;
    figuresOf: (sentence: number) => readonly Figure[];
  },
): { matches: Match[]; offers: Offer[] } {
  const { index } = corpus;
  const { weights } = scope;
  const query: QueryKey[] = sentence.keys.map((key) => {
    const termId = index.lookup(key);
    // A page in a language no report is in keeps the words the lexicon could not carry across;
    // they cannot be shared, and at full weight they would bury the words that were carried.
    const discount = foreign && termId === undefined ? UNTRANSLATED_WEIGHT : 1;
    return { key, termId, weight: weights.key(key, termId) * discount, isName: isNameKey(key) };
  });
  const groups = candidateGroups(corpus);
  const candidates = findCandidates(index, query, opts.queryKeys, opts.candidates, (ranked, limit) =>
    spreadCandidates(ranked.filter(scope.inStory), limit, groups, opts.maxPerReport),
  );
  const queue = new CandidateQueue(candidates, corpus.clusters, opts.maxPerSentence);
  const verbatim = squash(sentence.text);
  const fuzzy = fuzzyMatches(corpus, query, candidates);
  const matches: Match[] = [];
  const offers: Offer[] = [];
  const copies: string[] = [];
  const pageMayNegate = mayNegate(sentence.text);
  // Read once per page sentence, not per candidate: with no quotation on the page's side, no
  // quotation is shared or translated; whether it counts something is the same for every pair.
  const pageQuotes = quotationsOf(sentence.text).length > 0;
  const pageCounts = hasCount(sentence.figures);
  for (const candidate of queue.order) {
    const where = corpus.locate(candidate);
    // A report that does not tell the page's story gives no version: "84 percent" of food prices is
    // not "84 percent of the cocaine seized" (a retelling of a matched claim may sit in one).
    if (gated(where.report.collection) || !scope.inStory(candidate)) continue;
    const text = where.report.sentences[where.index]!;
    // A verbatim copy has about the same length; only then is it worth normalising.
    if (Math.abs(text.length - sentence.text.length) <= 8 && squashed.get(text) === verbatim)
      copies.push(where.report.id);
    const pair = scorePair(index, query, candidate, fuzzy, weights);
    const reportFigures = figuresOf(candidate);
    const figurePairs = compareFigures(sentence.figures, reportFigures);
    // The same quantity in both sentences is evidence of one claim beyond the words they share.
    const sharesQuantity = figurePairs.some(sameQuantity);
    const score = Math.min(1, pair.score + (sharesQuantity ? SAME_QUANTITY_BONUS : 0));
    // Words both sentences quote ("hostile"), or one translates ("un gran honor"), come from one
    // statement: a lower bar for the rest.
    const sharedQuote = !pageQuotes
      ? null
      : (findSharedQuote(sentence.text, text) ??
        findTranslatedQuote(sentence.text, profileOf(language), text, profileOf(where.report.language)));
    // So is a count of the same thing ("more than 80 dead" / "killed at least 83"): it stands in for
    // half the words of the claim.
    const [floor, contentFloor] = sharedQuote
      ? [opts.minScoreQuoted, 0]
      : [opts.minScore, sharesQuantity ? opts.minContentWeight / 2 : opts.minContentWeight];
    // The reader's own decision on this pair outranks the score either way.
    const decision = decisions.empty
      ? null
      : decisions.decisionOn(pairKey(sentence.text, where.report.id, text));
    if (decision === 'rejected') continue;
    // Clauses, event frames and participants: a second look at pairs near the floor (evidence/).
    // (Below its least score it has nothing to say: no pair is built for it, most candidates.)
    const second =
      score < SECOND_LOOK.minScore
        ? KEEP_SCORE
        : secondLook(reviewer, {
            pageIndex,
            pageKeys: sentence.keys,
            candidate,
            score,
            floor,
            corroborateScore: opts.corroborateScore,
            sharesName: pair.sharedKeys.some(isNameKey),
            anchored: sharedQuote !== null || sharesQuantity,
            bothCount: pageCounts && hasCount(reportFigures),
          });
    // Different acts of the same people are not one claim: neither a version nor offered as one.
    if (second.action === 'drop' && decision !== 'confirmed') continue;
    const belowFloor = second.action !== 'promote' && (score < floor || pair.contentWeight <= contentFloor);
    // Sharing only the story's names and a verb of telling ("announced", "said in a post") is a
    // coincidence of how news is written, not one claim: never offered either. Nor is a shared figure
    // alone ("more than half" / "over 50 %").
    const coincidence = !sharedQuote && sharesNoContent(pair.sharedKeys);
    if (decision !== 'confirmed' && (coincidence || belowFloor)) {
      // An offer under the possible versions' floor is never picked (pickPossible): none is built.
      if (!coincidence && score >= opts.minPossibleScore && opts.maxPossible > 0) {
        offers.push({
          at: {
            pageSentence: sentence.text,
            pageIndex,
            report: where.report.id,
            reportSentence: text,
            reportIndex: where.index,
          },
          score,
          shared: () => {
            const { words, names } = sharedEvidence(sentence, pair.sharedKeys);
            return { words, names, figures: [] };
          },
          sharesStatement: sharedQuote !== null || sharesQuantity,
          contentWeight: pair.contentWeight,
        });
      }
      continue;
    }
    const evidence = sharedEvidence(sentence, pair.sharedKeys);
    const verdict = classifyRelation(sentence.text, text, {
      figurePairs,
      sharedQuote,
      sharedWords: evidence.words,
      // Reading the report's own words costs a pass over it; only a negation anywhere needs them.
      reportSharedWords:
        pageMayNegate || mayNegate(text)
          ? reportSharedWords(text, profileOf(where.report.language), pair.sharedKeys)
          : evidence.words,
      score,
      corroborateScore: second.sameEvent ? Math.min(score, opts.corroborateScore) : opts.corroborateScore,
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
    queue.matched(candidate);
  }
  tally.add(copies);
  return { matches: matches.sort((a, b) => b.score - a.score), offers };
}
