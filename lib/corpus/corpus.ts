import type { Figure } from '../figures/types';
import { ClaimClusters } from './claim-clusters';
import { FigureStore } from './figure-store';
import { SentenceIndex } from './sentence-index';
import type { PreparedCorpusJson, PreparedReportJson } from './corpus-format';
import type { PreparedReport } from './types';
import { storiesOfPrepared, type StoryProfile } from './story-keys';

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
  /**
   * What the story of each collection of the prepared reports is made of ('' for reports of no
   * collection); reports appended later leave them as they are, and a collection first seen then has none.
   */
  readonly stories: ReadonlyMap<string, StoryProfile>;
  /** Sentences that state one claim: retrieval spends its budget on distinct claims. */
  readonly clusters: ClaimClusters;
  private readonly firstSentence: number[] = [];
  private readonly figures = new FigureStore();
  private readonly reportIndexById = new Map<string, number>();

  constructor(prepared: PreparedCorpusJson) {
    this.index = new SentenceIndex(prepared.vocabulary, prepared.commonStems);
    // The index was built from this vocabulary, so its key ids are the prepared ones as they are.
    for (const report of prepared.reports) this.append(report, null);
    this.index.build();
    this.stories = storiesOfPrepared(prepared);
    this.clusters = new ClaimClusters(prepared.claimClusters ?? [], this.index.size);
  }

  /**
   * Adds a prepared report. Its key ids refer to `vocabulary`, or to the index's own vocabulary
   * when that is null (the reports of the prepared corpus the index was made from).
   */
  append(report: PreparedReportJson, vocabulary: readonly string[] | null): void {
    if (this.reportIndexById.has(report.id))
      throw new Error(`The corpus already has a report "${report.id}".`);
    this.reportIndexById.set(report.id, this.reports.length);
    const { keys, figures, ...meta } = report;
    this.firstSentence.push(this.index.size);
    this.reports.push(meta);
    keys.forEach((ids, i) => {
      const sentence = this.index.addSentence(
        vocabulary ? ids.map((id) => this.index.termId(vocabulary[id]!)) : ids,
      );
      const stored = figures[i];
      if (stored) this.figures.add(sentence, stored);
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

  /** The sentence id of a report's sentence (by report id and position), or undefined. */
  sentenceId(report: string, index: number): number | undefined {
    const at = this.reportIndexById.get(report);
    return at === undefined ? undefined : this.firstSentence[at]! + index;
  }

  /** A report by its id. */
  report(id: string): PreparedReport | undefined {
    const at = this.reportIndexById.get(id);
    return at === undefined ? undefined : this.reports[at];
  }

  figuresOf(sentence: number): Figure[] {
    return this.figures.figuresOf(sentence, this.text(sentence));
  }

  text(sentence: number): string {
    const { report, index } = this.locate(sentence);
    return report.sentences[index]!;
  }
}
