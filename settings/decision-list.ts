import { z } from 'zod';
// Relative, not '@/…': the compare command's bundle reads exported files with this module too.
import { pairKey, type Decisions } from '../lib/match/possible-versions';

// The reader's decisions on pairs of sentences ("same claim" / "not the same" / "this match is
// wrong"), as kept in extension storage under one key. The stored value is read through a versioned
// schema: anything else (an older shape, a hand-edited or corrupted value) reads as no decisions
// rather than breaking the panel.

export const DecisionSchema = z.object({
  pageSentence: z.string().min(1),
  /** The report's id in the corpus. */
  report: z.string().min(1),
  reportSentence: z.string().min(1),
  decision: z.enum(['confirmed', 'rejected']),
  /** When the reader decided, ISO 8601. */
  date: z.string(),
});

export type Decision = z.infer<typeof DecisionSchema>;
export type Pair = Pick<Decision, 'pageSentence' | 'report' | 'reportSentence'>;

export const DecisionStoreSchema = z.object({
  version: z.literal(1),
  decisions: z.array(DecisionSchema),
});

export type DecisionStore = z.infer<typeof DecisionStoreSchema>;

export const EMPTY_STORE: DecisionStore = Object.freeze({ version: 1, decisions: [] }) as DecisionStore;

/** The stored value as a list of decisions; anything the schema rejects reads as none. */
export function readStore(value: unknown): Decision[] {
  const parsed = DecisionStoreSchema.safeParse(value);
  return parsed.success ? parsed.data.decisions : [];
}

export const keyOf = (pair: Pair): string => pairKey(pair.pageSentence, pair.report, pair.reportSentence);

/** The list with this pair's decision, replacing any earlier one on the same pair. */
export function withDecision(list: readonly Decision[], decision: Decision): Decision[] {
  const key = keyOf(decision);
  return [...list.filter((d) => keyOf(d) !== key), decision];
}

/** The list without any decision on this pair ("undo"). */
export function withoutDecision(list: readonly Decision[], pair: Pair): Decision[] {
  const key = keyOf(pair);
  return list.filter((d) => keyOf(d) !== key);
}

/** What the engine takes: the pair keys of each kind. */
export function engineDecisions(list: readonly Decision[]): Decisions {
  return {
    confirmed: list.filter((d) => d.decision === 'confirmed').map(keyOf),
    rejected: list.filter((d) => d.decision === 'rejected').map(keyOf),
  };
}

/** The file a team shares: both lists, each decision with its sentences, report and date. */
export function exportFile(list: readonly Decision[], exported: Date): string {
  const strip = ({ pageSentence, report, reportSentence, decision, date }: Decision) => ({
    pageSentence,
    report,
    reportSentence,
    decision,
    date,
  });
  return `${JSON.stringify(
    {
      format: 'crosscheck-decisions',
      version: 1,
      exported: exported.toISOString(),
      confirmed: list.filter((d) => d.decision === 'confirmed').map(strip),
      rejected: list.filter((d) => d.decision === 'rejected').map(strip),
    },
    null,
    2,
  )}\n`;
}

const ExportSchema = z.object({
  format: z.literal('crosscheck-decisions'),
  version: z.literal(1),
  confirmed: z.array(DecisionSchema),
  rejected: z.array(DecisionSchema),
});

/** The decisions of an exported file (`exportFile`), or null when the value is not one. */
export function readExportFile(value: unknown): Decision[] | null {
  const parsed = ExportSchema.safeParse(value);
  return parsed.success ? [...parsed.data.confirmed, ...parsed.data.rejected] : null;
}
