import { profileOf } from '../lang';
import type { PreparedReportJson } from '../corpus/corpus-format';
import { prepareReport, type RawReport } from '../corpus/prepare-corpus';
import { analyzeSentences } from '../analysis/analyze-sentence';
import { canonicalUrl, squash } from '../match/find-self';
import { isClaim } from '../analysis/is-claim';
import type { ExportedSource } from './collection-format';
import { vocabularyBuilder } from '../corpus/vocabulary';

/**
 * One of the reader's own sources as it is stored: the prepared report (metadata, sentences, index
 * keys and figures) with the vocabulary its key ids point into. Stored prepared, so that loading
 * thousands of them never reads a text again.
 */
export interface UserSource {
  id: string;
  /** The id of the collection it belongs to. */
  collection: string;
  report: PreparedReportJson;
  /** The report's own keys, in id order: each source is independent of every other. */
  vocabulary: string[];
  addedAt: number;
}

/** Whether a report id names one of the reader's own sources (bundled reports are file names). */
export const isUserSourceId = (id: string): boolean => id.startsWith('src-');

/** A source's id: from its canonical address, else from its text, so adding it again updates it. */
export function sourceId(url: string | null | undefined, text: string): string {
  const basis = url ? `url:${canonicalUrl(url)}` : `text:${squash(text)}`;
  return `src-${hash(basis)}`;
}

/** Prepares a new source from its raw text (a page's article, a file). */
export function prepareSource(raw: RawReport, collection: string, now = Date.now()): UserSource {
  const { vocabulary, keyId } = vocabularyBuilder();
  return { id: raw.id, collection, report: prepareReport(raw, keyId), vocabulary, addedAt: now };
}

/**
 * Prepares an imported source from its sentences as they were exported: they are not split again,
 * so an import gives back exactly the sentences (and the matches) of the collection exported.
 */
export function prepareExported(source: ExportedSource, collection: string, now = Date.now()): UserSource {
  const { vocabulary, keyId } = vocabularyBuilder();
  const { sentences, ...meta } = source;
  const analyzed = analyzeSentences(
    sentences,
    profileOf(source.language),
    source.title ? [source.title] : [],
  );
  const report: PreparedReportJson = {
    ...meta,
    sentences,
    keys: analyzed.map((s) => (isClaim(s.text) ? s.keys.map(keyId) : [])),
    figures: analyzed.map((s) =>
      s.figures.length
        ? s.figures.map(({ text: _text, ...f }) => ({ ...f, high: Number.isFinite(f.high) ? f.high : null }))
        : null,
    ),
  };
  return { id: source.id, collection, report, vocabulary, addedAt: now };
}

/** What an export keeps of a source: its metadata and prepared text. */
export function exportSource(source: UserSource): ExportedSource {
  const { id, title, outlet, url, date, dateApproximate, language, sentences } = source.report;
  return { id, title, outlet, url, date, dateApproximate, language, sentences };
}

// FNV-1a over two seeds: 64 bits, enough that two different articles never share an id in practice.
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
