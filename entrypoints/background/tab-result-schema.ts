import { z } from 'zod';
import type { TabResult } from '@/messaging/protocol';

// What a stored tab result must look like to be shown. Session storage outlives the background's
// worker, so a result read back may come from an older version of the extension or be damaged: it is
// checked before the panel renders it, and a result that fails the check is treated as missing (the
// tab is read again). Objects are loose: fields added later pass through unchecked.

const relation = z.enum(['corroborates', 'diverges', 'related']);

const match = z.looseObject({
  pageSentence: z.string(),
  pageIndex: z.number().int().nonnegative(),
  report: z.string(),
  reportSentence: z.string(),
  reportIndex: z.number().int().nonnegative(),
  relation,
  score: z.number(),
  differences: z.array(z.looseObject({ aspect: z.string(), page: z.string(), report: z.string() })),
  shared: z.looseObject({
    words: z.array(z.string()),
    names: z.array(z.string()),
    figures: z.array(z.string()),
  }),
});

const checked = z.looseObject({
  sentences: z.array(z.string()),
  comparison: z.looseObject({
    page: z.looseObject({
      title: z.string().nullable(),
      sentences: z.number().int().nonnegative(),
      self: z.string().nullable(),
      language: z.enum(['en', 'es']),
    }),
    matches: z.array(match),
  }),
});

export const tabResultSchema = z.looseObject({
  tabId: z.number().int(),
  url: z.string().nullable(),
  status: z.enum([
    'pending',
    'article',
    'no-article',
    'disabled',
    'asking',
    'error',
    'framed',
    'other-language',
  ]),
  page: checked.nullable(),
  selection: checked.extend({ text: z.string() }).nullable(),
  error: z.string().nullable(),
});

/** The stored value as a TabResult of that tab, or null when it is not one. */
export function parseTabResult(value: unknown, tabId: number): TabResult | null {
  const parsed = tabResultSchema.safeParse(value);
  if (!parsed.success || parsed.data.tabId !== tabId) return null;
  return parsed.data as TabResult;
}
