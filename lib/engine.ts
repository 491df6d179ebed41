import { addReport } from './corpus/add-report';
import type { Corpus } from './corpus/corpus';
import { loadCorpus } from './corpus/load-corpus';
import type { RawReport } from './corpus/prepare-corpus';
import type { PreparedReport } from './corpus/types';
import { clipText } from './match/clip-text';
import { compareSentences, type PageInfo } from './match/compare-sentences';
import { withReadLength } from './match/compare-text';
import type { CompareOptions } from './match/defaults';
import type { Comparison } from './match/types';
import { splitSentences } from './text/split-sentences';

/** A page compared with the corpus: its sentences, in order, and what the corpus says of them. */
export interface PageResult {
  sentences: string[];
  comparison: Comparison;
}

/** The engine over one loaded corpus. */
export interface Engine {
  /** The corpus's reports: metadata and cleaned sentences. */
  readonly reports: readonly PreparedReport[];
  /** The loaded corpus itself, for measurements of its parts (the benchmark). */
  readonly corpus: Corpus;
  /** Splits a text (an article, a selection) into sentences and compares them (the first 200 kB). */
  compare(text: string, page?: PageInfo, options?: Partial<CompareOptions>): PageResult;
  /** Compares sentences already split. */
  compareSentences(
    sentences: readonly string[],
    page?: PageInfo,
    options?: Partial<CompareOptions>,
  ): PageResult;
  /** Adds one report to the loaded corpus without rebuilding its index. */
  addReport(raw: RawReport): void;
}

/**
 * The engine over a prepared corpus (the JSON `npm run prepare-corpus` writes). Throws an Error
 * that says what is wrong with the file when it is not one.
 */
export function createEngine(corpusJson: unknown): Engine {
  return engineOf(loadCorpus(corpusJson));
}

/**
 * The engine over a corpus already loaded, and perhaps grown since (the reader's own sources are
 * appended to the bundled corpus in the extension): the engine reads the corpus as it is at each call.
 */
export function engineOf(corpus: Corpus): Engine {
  const compareAll = (
    sentences: readonly string[],
    page: PageInfo = {},
    options: Partial<CompareOptions> = {},
  ) => ({
    sentences: [...sentences],
    comparison: compareSentences(corpus, sentences, options, page),
  });
  return {
    get reports() {
      return corpus.reports;
    },
    corpus,
    // Only the first MAX_ANALYSED_CHARS of a text are read; `page.truncated` says when the rest was not.
    compare: (text, page, options) => {
      const read = clipText(text);
      const result = compareAll(splitSentences(read.text), page, options);
      return { ...result, comparison: withReadLength(result.comparison, read) };
    },
    compareSentences: compareAll,
    addReport: (raw) => addReport(corpus, raw),
  };
}
