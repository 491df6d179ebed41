import { analyzeSentences } from '../analysis/analyze-sentence';
import { isClaim } from '../analysis/is-claim';
import { readTextPage } from '../page/read-text-page';
import { detectLanguage, profileOf } from '../lang';
import { splitSentences } from '../text/split-sentences';
import type { PreparedCorpusJson, PreparedReportJson, StoredFigure } from './corpus-format';
import { storyOfPrepared } from './story-keys';
import { findClaimClusters } from './find-claim-clusters';
import { vocabularyBuilder } from './vocabulary';
import type { ReportMeta } from './types';

/** A report as collected: its id (file name), raw text, and whatever metadata is known. */
export interface RawReport {
  id: string;
  text: string;
  meta?: Partial<Omit<ReportMeta, 'id'>>;
}

/**
 * Prepares reports for matching, ahead of time: cleans the furniture, splits sentences, reads
 * terms and figures, and numbers the index keys. `commonStems` (see lib/text/common-stems.ts)
 * travels with the corpus so that every loader weighs words alike. The result is plain JSON, loaded by
 * `loadCorpus` without parsing any text again.
 */
export function prepareCorpus(
  raw: readonly RawReport[],
  commonStems: readonly string[] = [],
): PreparedCorpusJson {
  const { vocabulary, keyId } = vocabularyBuilder();
  const reports = raw.map((report) => prepareReport(report, keyId));
  const claimClusters = findClaimClusters(reports);
  const prepared: PreparedCorpusJson = {
    format: 'crosscheck-corpus',
    version: 1,
    vocabulary,
    commonStems: [...commonStems],
    reports,
    claimClusters,
  };
  return { ...prepared, story: storyOfPrepared(prepared) };
}

/** Prepares one report against an existing key numbering (also used to add a report later). */
export function prepareReport(report: RawReport, keyId: (key: string) => number): PreparedReportJson {
  // A report is read exactly as a plain-text page is: furniture removed, headline apart.
  const { title: headline, text: body } = readTextPage(report.text);
  const language = report.meta?.language ?? detectLanguage(body);
  const sentences = splitSentences(body);
  const analyzed = analyzeSentences(sentences, profileOf(language), headline ? [headline] : []);
  return {
    id: report.id,
    title: report.meta?.title ?? headline,
    outlet: report.meta?.outlet ?? null,
    url: report.meta?.url ?? null,
    date: report.meta?.date ?? null,
    dateApproximate: report.meta?.dateApproximate ?? false,
    language,
    sentences,
    // Headlines, subheads and commentary are kept for reading but not indexed: they state no claim.
    keys: analyzed.map((s) => (isClaim(s.text) ? s.keys.map(keyId) : [])),
    figures: analyzed.map((s) =>
      s.figures.length
        ? s.figures.map(({ text: _text, ...f }): StoredFigure => ({
            ...f,
            high: Number.isFinite(f.high) ? f.high : null,
          }))
        : null,
    ),
  };
}
