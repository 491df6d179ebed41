import { z } from 'zod';
import { isLanguage, type Language } from '../lang';

/**
 * A collection of the reader's own sources as one file, to share with a team: its name and each
 * source's metadata and prepared text (its sentences). The index is not in the file; it is rebuilt
 * on import, so a file never carries key ids that could disagree with the analyser reading it.
 */
export const COLLECTION_FORMAT = 'crosscheck-collection';
export const COLLECTION_VERSION = 1;
/** Larger files are refused before they are parsed: 10,000 long reports fit well under this. */
export const MAX_COLLECTION_BYTES = 64 * 1024 * 1024;

const exportedSource = z.object({
  id: z.string().min(1).max(200),
  title: z.string().max(2_000).nullable(),
  outlet: z.string().max(500).nullable(),
  url: z.string().max(4_000).nullable(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  dateApproximate: z.boolean(),
  // A language some profile reads (lib/lang/).
  language: z.custom<Language>(
    (v) => typeof v === 'string' && isLanguage(v),
    'not a language the engine reads',
  ),
  sentences: z.array(z.string().max(20_000)).max(20_000),
});

export const collectionFileSchema = z.object({
  format: z.literal(COLLECTION_FORMAT),
  version: z.number().int(),
  name: z.string().trim().min(1).max(200),
  exportedAt: z.string().optional(),
  sources: z.array(exportedSource).max(100_000),
});

export type CollectionFile = z.infer<typeof collectionFileSchema>;
export type ExportedSource = z.infer<typeof exportedSource>;

/** Why a file was refused, in words a reader can act on; `reason` names the kind for tests and logs. */
export interface CollectionProblem {
  reason: 'too-large' | 'truncated' | 'not-json' | 'not-collection' | 'wrong-version' | 'invalid';
  message: string;
}

export type ParsedCollection =
  { ok: true; value: CollectionFile } | { ok: false; problem: CollectionProblem };

/**
 * Reads a collection file's text. Nothing is trusted: the size is checked before parsing, a cut-off
 * file is reported as such, and the first wrong field is named.
 */
export function parseCollection(text: string, maxBytes = MAX_COLLECTION_BYTES): ParsedCollection {
  const fail = (reason: CollectionProblem['reason'], message: string): ParsedCollection => ({
    ok: false,
    problem: { reason, message },
  });
  // UTF-16 length is a lower bound of the byte size and cheap: enough to refuse a huge file early.
  if (text.length > maxBytes)
    return fail('too-large', `The file is larger than ${Math.round(maxBytes / 1048576)} MB.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const trimmed = text.trimEnd();
    return trimmed.startsWith('{') && !trimmed.endsWith('}')
      ? fail('truncated', 'The file is cut off (truncated): its end is missing.')
      : fail('not-json', 'The file is not JSON.');
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== COLLECTION_FORMAT)
    return fail('not-collection', 'The file is not a Crosscheck collection.');
  if (head.version !== COLLECTION_VERSION)
    return fail(
      'wrong-version',
      `The file is a collection of version ${String(head.version)}; this Crosscheck reads version ${COLLECTION_VERSION}.`,
    );
  const parsed = collectionFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return fail('invalid', `The collection is damaged${where}: ${issue?.message ?? 'unreadable'}.`);
  }
  const ids = new Set<string>();
  for (const source of parsed.data.sources) {
    if (ids.has(source.id)) return fail('invalid', `The collection has the source "${source.id}" twice.`);
    ids.add(source.id);
  }
  return { ok: true, value: parsed.data };
}
