import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../lib/corpus/corpus';
import { compareFigures, sameQuantity } from '../../lib/figures/compare-figures';
import { analyzeSentences, isNameKey, type AnalyzedSentence } from '../../lib/match/analyze-sentence';
import { findSharedQuote } from '../../lib/match/classify-relation';
import { DEFAULT_COMPARE_OPTIONS, SAME_QUANTITY_BONUS } from '../../lib/match/defaults';
import { findCandidates, type QueryKey } from '../../lib/match/find-candidates';
import { fuzzyMatches } from '../../lib/match/fuzzy-matches';
import { isClaim } from '../../lib/match/is-claim';
import { keyWeight } from '../../lib/match/key-weights';
import { scorePair, type PairScore } from '../../lib/match/score-pair';
import { findTranslatedQuote } from '../../lib/match/translated-quote';
import { readTextPage } from '../../lib/page/read-text-page';
import { detectLanguage, type Language } from '../../lib/text/language';
import { splitSentences } from '../../lib/text/split-sentences';

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
  /** 'required' | 'optional' | null: the gold's word on this pair. */
  gold: 'required' | 'optional' | null;
  expect: string | null;
}

interface GoldPair {
  a: { report: string; sentence: string; page?: boolean };
  b: { report: string; sentence: string };
  expect: string;
}

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’‚]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Every candidate the matcher scores on the gold's pages, labelled by the gold file. */
export function goldCandidates(corpus: Corpus, goldPath: string, pagesDir: string): GoldCandidate[] {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { pairs: GoldPair[] };
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
    const sentences = splitSentences(read.text);
    const language = detectLanguage(sentences.join(' '));
    const analyzed = analyzeSentences(sentences, language, read.title ? [read.title] : []);
    analyzed.forEach((sentence, pageIndex) => {
      if (!isClaim(sentence.text)) return;
      const query: QueryKey[] = sentence.keys.map((key) => {
        const termId = corpus.index.lookup(key);
        return { key, termId, weight: keyWeight(corpus.index, key, termId), isName: isNameKey(key) };
      });
      const opts = DEFAULT_COMPARE_OPTIONS;
      const candidates = findCandidates(corpus.index, query, opts.queryKeys, opts.candidates);
      const fuzzy = fuzzyMatches(corpus, query, candidates);
      candidates.forEach((candidate, rank) => {
        const where = corpus.locate(candidate);
        if (where.report.id === page) return;
        const text = where.report.sentences[where.index]!;
        const pair = scorePair(corpus.index, query, candidate, fuzzy);
        const figurePairs = compareFigures(sentence.figures, corpus.figuresOf(candidate));
        const sharesQuantity = figurePairs.some(sameQuantity);
        const score = Math.min(1, pair.score + (sharesQuantity ? SAME_QUANTITY_BONUS : 0));
        const sharedQuote =
          findSharedQuote(sentence.text, text) ??
          findTranslatedQuote(sentence.text, language, text, where.report.language);
        const hit = directed.find(
          (d) =>
            d.page === page &&
            d.report === where.report.id &&
            norm(sentence.text).includes(norm(d.ps)) &&
            norm(text).includes(norm(d.rs)),
        );
        out.push({
          page,
          pageIndex,
          pageSentence: sentence,
          pageSentences: analyzed,
          language,
          candidate,
          report: where.report.id,
          reportSentence: text,
          rank,
          score,
          pair,
          sharedQuote,
          sharesQuantity,
          gold: hit ? (hit.expect === 'optional' ? 'optional' : 'required') : null,
          expect: hit?.expect ?? null,
        });
      });
    });
  }
  return out;
}
