import { z } from 'zod';

/** A figure as stored in the prepared corpus: JSON has no Infinity, so an open range has high null. */
const storedFigure = z.object({
  text: z.string(),
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

const preparedReport = z.object({
  id: z.string().min(1),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  date: z.string().nullable(),
  dateApproximate: z.boolean(),
  language: z.enum(['en', 'es']),
  sentences: z.array(z.string()),
  /** Per sentence, the ids of its index keys in `vocabulary`. */
  keys: z.array(z.array(z.number().int().nonnegative())),
  /** Per sentence, its figures, or null when it has none. */
  figures: z.array(z.array(storedFigure).nullable()),
});

/** The prepared corpus: what `npm run prepare-corpus` writes and the extension and command load. */
export const preparedCorpusSchema = z.object({
  format: z.literal('crosscheck-corpus'),
  version: z.literal(1),
  vocabulary: z.array(z.string()),
  /** The most frequent English stems, most frequent first: the prior of word weights. */
  commonStems: z.array(z.string()),
  reports: z.array(preparedReport),
});

export type PreparedCorpusJson = z.infer<typeof preparedCorpusSchema>;
export type PreparedReportJson = z.infer<typeof preparedReport>;
export type StoredFigure = z.infer<typeof storedFigure>;
