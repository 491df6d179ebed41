import { z } from 'zod';
import { isLanguage, type Language } from '../lang';

/** A figure as stored in the prepared corpus: JSON has no Infinity, so an open range has high null. */
// Its words are not stored: they are the sentence's characters from start to end.
const storedFigure = z.object({
  start: z.number(),
  end: z.number(),
  kind: z.enum(['count', 'percent', 'money', 'measure', 'rate', 'date']),
  value: z.number().nullable(),
  altValue: z.number().optional(),
  low: z.number(),
  high: z.number().nullable(),
  qualifier: z.enum(['exact', 'over', 'at-least', 'under', 'up-to', 'nearly', 'about', 'vague']),
  unit: z.string().nullable(),
  subject: z.string().nullable(),
  scope: z.enum(['single', 'total']).nullable(),
});

// A language some profile reads (lib/lang/).
const language = z.custom<Language>(
  (v) => typeof v === 'string' && isLanguage(v),
  'not a language the engine reads',
);

/**
 * A reports.json beside a folder of reports: what is known of each (by file name), in the shape of the
 * bundled corpus/reports/reports.json. Read by the compare command's `--corpus` and by the reader's
 * own files.
 */
export const reportsListingSchema = z.object({
  reports: z.array(
    z.object({
      id: z.string(),
      title: z.string().nullable().optional(),
      outlet: z.string().nullable().optional(),
      url: z.string().nullable().optional(),
      date: z.string().nullable().optional(),
      dateApproximate: z.boolean().optional(),
      language: language.optional(),
    }),
  ),
});

const preparedReport = z.object({
  id: z.string().min(1),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  date: z.string().nullable(),
  dateApproximate: z.boolean(),
  language,
  sentences: z.array(z.string()),
  /** Per sentence, the ids of its index keys in `vocabulary` (checked by `checkReportArrays`). */
  keys: z.array(z.array(z.number())),
  /** Per sentence, its figures, or null when it has none (checked by `checkReportArrays`). */
  figures: z.array(z.array(z.custom<StoredFigure>()).nullable()),
});

/** The prepared corpus: what `npm run prepare-corpus` writes and the extension and command load. */
export const preparedCorpusSchema = z.object({
  format: z.literal('crosscheck-corpus'),
  version: z.literal(1),
  vocabulary: z.array(z.string()),
  /** The most frequent English stems, most frequent first: the prior of word weights. */
  commonStems: z.array(z.string()),
  reports: z.array(preparedReport),
  /**
   * The story's keys with the share of reports printing each, and the least score of a page about it
   * (lib/corpus/story-keys.ts). Added after version 1 was out: a file without it has it found on loading.
   */
  story: z.object({ keys: z.record(z.string(), z.number()), threshold: z.number() }).optional(),
  /**
   * Sentences that state one claim (near-identical retellings), each cluster as ascending sentence
   * ids over all reports' sentences in order (checked by `checkClaimClusters`). Optional: a file
   * written before clusters existed loads as a corpus without them.
   */
  claimClusters: z.array(z.array(z.number())).optional(),
});

export type PreparedCorpusJson = z.infer<typeof preparedCorpusSchema>;
export type PreparedReportJson = z.infer<typeof preparedReport>;
export type StoredFigure = z.infer<typeof storedFigure>;

const KINDS = new Set<string>(storedFigure.shape.kind.options);

/**
 * Checks what the schema leaves to a plain loop, since validating a million key ids with a schema
 * library takes seconds: every sentence has its keys and figures, key ids are in the vocabulary,
 * and figures have their numbers. Returns a problem, or null.
 */
export function checkReportArrays(report: PreparedReportJson, vocabularySize: number): string | null {
  const n = report.sentences.length;
  if (report.keys.length !== n || report.figures.length !== n)
    return `report ${report.id}: one entry per sentence expected`;
  for (const ids of report.keys) {
    for (const id of ids)
      if (!Number.isInteger(id) || id < 0 || id >= vocabularySize)
        return `report ${report.id}: bad key id ${id}`;
  }
  for (const figures of report.figures) {
    if (figures === null) continue;
    for (const f of figures) {
      const ok =
        f &&
        typeof f.start === 'number' &&
        typeof f.end === 'number' &&
        typeof f.low === 'number' &&
        KINDS.has(f.kind);
      if (!ok) return `report ${report.id}: bad figure ${JSON.stringify(f).slice(0, 80)}`;
    }
  }
  return null;
}
