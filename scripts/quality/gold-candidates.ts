import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../lib/corpus/corpus';
import { compareFigures, sameQuantity } from '../../lib/figures/compare-figures';
import { analyzeSentences, isNameKey, type AnalyzedSentence } from '../../lib/analysis/analyze-sentence';
import { findSharedQuote } from '../../lib/match/classify-relation';
import { DEFAULT_COMPARE_OPTIONS, SAME_QUANTITY_BONUS, UNTRANSLATED_WEIGHT } from '../../lib/match/defaults';
import { findCandidates, type QueryKey } from '../../lib/match/find-candidates';
import { fuzzyMatches } from '../../lib/match/fuzzy-matches';
import { isClaim } from '../../lib/analysis/is-claim';
import { keyWeight } from '../../lib/match/key-weights';
import { scorePair, type PairScore } from '../../lib/match/score-pair';
import { findTranslatedQuote } from '../../lib/analysis/translated-quote';
import { readTextPage } from '../../lib/page/read-text-page';
import { detectLanguage, profileOf, type Language } from '../../lib/lang';
import { splitSentences } from '../../lib/text/split-sentences';
import { has, type GoldFile } from '../bench/score-gold';

/** One candidate of one gold page sentence, as the matcher sees it before its floor. */
export interface GoldCandidate {
  page: string;
  pageIndex: number;
  pageSentence: AnalyzedSentence;
  pageSentences: readonly AnalyzedSentence[];
  language: Language;
  candidate: number;
  report: string;
  reportSentence: string;
  rank: number;
  score: number;
  pair: PairScore;
  sharedQuote: string | null;
  sharesQuantity: boolean;
  /** Which directed gold pair this is (an index), or null. */
  pairId: number | null;
  /** 'required' | 'optional' | null: the gold's word on this pair. */
  gold: 'required' | 'optional' | null;
  expect: string | null;
}

/** Every candidate the matcher scores on the gold's pages, labelled by the gold file. */
export function goldCandidates(corpus: Corpus, goldPath: string, pagesDir: string): GoldCandidate[] {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
  const directed = gold.pairs.flatMap((p) => {
    const one = {
      page: p.a.report,
      ps: p.a.sentence,
      report: p.b.report,
      rs: p.b.sentence,
      expect: p.expect,
    };
    return p.a.page
      ? [one]
      : [one, { page: p.b.report, ps: p.b.sentence, report: p.a.report, rs: p.a.sentence, expect: p.expect }];
  });
  const pages = [...new Set(directed.map((d) => d.page))];
  const out: GoldCandidate[] = [];
  for (const page of pages) {
    const read = readTextPage(readFileSync(join(pagesDir, page), 'utf8'));
    for (const c of pageCandidates(corpus, page, read.text, read.title)) {
      const hitIndex = directed.findIndex(
        (d) =>
          d.page === page &&
          d.report === c.report &&
          has(c.pageSentence.text, d.ps) &&
          has(c.reportSentence, d.rs),
      );
      const hit = hitIndex >= 0 ? directed[hitIndex] : undefined;
      out.push({
        ...c,
        pairId: hit ? hitIndex : null,
        gold: hit ? (hit.expect === 'optional' ? 'optional' : 'required') : null,
        expect: hit?.expect ?? null,
      });
    }
  }
  return out;
}

/** Every candidate the matcher scores for one page's claims, before its floor (its own report left out). */
export function pageCandidates(
  corpus: Corpus,
  page: string,
  text: string,
  title: string | null,
): Omit<GoldCandidate, 'gold' | 'expect' | 'pairId'>[] {
  const out: Omit<GoldCandidate, 'gold' | 'expect' | 'pairId'>[] = [];
  const sentences = splitSentences(text);
  const language = detectLanguage(sentences.join(' '));
  const analyzed = analyzeSentences(sentences, profileOf(language), title ? [title] : []);
  const foreign = !corpus.reports.some((report) => report.language === language);
  analyzed.forEach((sentence, pageIndex) => {
    if (!isClaim(sentence.text)) return;
    const query: QueryKey[] = sentence.keys.map((key) => {
      const termId = corpus.index.lookup(key);
      const discount = foreign && termId === undefined ? UNTRANSLATED_WEIGHT : 1;
      return { key, termId, weight: keyWeight(corpus.index, key, termId) * discount, isName: isNameKey(key) };
    });
    const opts = DEFAULT_COMPARE_OPTIONS;
    const candidates = findCandidates(corpus.index, query, opts.queryKeys, opts.candidates);
    const fuzzy = fuzzyMatches(corpus, query, candidates);
    candidates.forEach((candidate, rank) => {
      const where = corpus.locate(candidate);
      if (where.report.id === page) return;
      const reportSentence = where.report.sentences[where.index]!;
      const pair = scorePair(corpus.index, query, candidate, fuzzy);
      const figurePairs = compareFigures(sentence.figures, corpus.figuresOf(candidate));
      const sharesQuantity = figurePairs.some(sameQuantity);
      const score = Math.min(1, pair.score + (sharesQuantity ? SAME_QUANTITY_BONUS : 0));
      const sharedQuote =
        findSharedQuote(sentence.text, reportSentence) ??
        findTranslatedQuote(
          sentence.text,
          profileOf(language),
          reportSentence,
          profileOf(where.report.language),
        );
      out.push({
        page,
        pageIndex,
        pageSentence: sentence,
        pageSentences: analyzed,
        language,
        candidate,
        report: where.report.id,
        reportSentence,
        rank,
        score,
        pair,
        sharedQuote,
        sharesQuantity,
      });
    });
  });
  return out;
}
