import type { Figure } from '../figures/types';
import { SentenceIndex } from '../match/sentence-index';
import type { PreparedCorpusJson, PreparedReportJson } from './corpus-format';
import type { PreparedReport } from './types';

/** Where a corpus sentence comes from. */
export interface SentenceLocation {
  report: PreparedReport;
  reportIndex: number;
  /** Position of the sentence in its report. */
  index: number;
}

/**
 * The loaded corpus: its reports, the sentence index, and each sentence's figures. Sentence ids
 * run across reports in order; `locate` turns one back into a report and a position.
 */
export class Corpus {
  readonly reports: PreparedReport[] = [];
  readonly index: SentenceIndex;
  private readonly firstSentence: number[] = [];
  private readonly figures = new Map<number, Figure[]>();

  constructor(prepared: PreparedCorpusJson) {
    this.index = new SentenceIndex(prepared.vocabulary, prepared.commonStems);
    for (const report of prepared.reports) this.append(report, prepared.vocabulary);
    this.index.build();
  }

  /** Adds a prepared report whose key ids refer to `vocabulary`. */
  append(report: PreparedReportJson, vocabulary: readonly string[]): void {
    if (this.reports.some((r) => r.id === report.id))
      throw new Error(`The corpus already has a report "${report.id}".`);
    const { keys, figures, ...meta } = report;
    this.firstSentence.push(this.index.size);
    this.reports.push(meta);
    keys.forEach((ids, i) => {
      const sentence = this.index.addSentence(ids.map((id) => this.index.termId(vocabulary[id]!)));
      const stored = figures[i];
      if (stored)
        this.figures.set(
          sentence,
          stored.map((f) => ({ ...f, high: f.high ?? Infinity })),
        );
    });
  }

  /** The report and position of a sentence id. */
  locate(sentence: number): SentenceLocation {
    let lo = 0;
    let hi = this.firstSentence.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.firstSentence[mid]! <= sentence) lo = mid;
      else hi = mid - 1;
    }
    return { report: this.reports[lo]!, reportIndex: lo, index: sentence - this.firstSentence[lo]! };
  }

  /** The sentence id of a report's sentence. */
  sentenceId(reportIndex: number, index: number): number {
    return this.firstSentence[reportIndex]! + index;
  }

  figuresOf(sentence: number): readonly Figure[] {
    return this.figures.get(sentence) ?? [];
  }

  text(sentence: number): string {
    const { report, index } = this.locate(sentence);
    return report.sentences[index]!;
  }
}
