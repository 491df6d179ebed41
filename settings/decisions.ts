import { storage } from '#imports';
import {
  EMPTY_STORE,
  readStore,
  withDecision,
  withoutDecision,
  type Decision,
  type DecisionStore,
  type Pair,
} from './decision-list';
import { DECISIONS_KEY } from './decisions-key';

// The reader's decisions in extension storage (`local:decisions`, one versioned value). The
// background and the content scripts watch this item: a decision re-compares open pages at once.

export * from './decision-list';

export const decisionsItem = storage.defineItem<DecisionStore>(DECISIONS_KEY, {
  fallback: EMPTY_STORE,
});

export async function loadDecisions(): Promise<Decision[]> {
  return readStore(await decisionsItem.getValue());
}

// Each change reads the list and writes it back; two quick clicks must not overwrite each other.
let pending: Promise<void> = Promise.resolve();

function change(edit: (list: Decision[]) => Decision[]): Promise<void> {
  const next = pending.then(async () => {
    await decisionsItem.setValue({ version: 1, decisions: edit(await loadDecisions()) });
  });
  pending = next.catch(() => undefined);
  return next;
}

export function decide(pair: Pair, decision: Decision['decision']): Promise<void> {
  const { pageSentence, report, reportSentence } = pair;
  const entry = { pageSentence, report, reportSentence, decision, date: new Date().toISOString() };
  return change((list) => withDecision(list, entry));
}

export function undoDecision(pair: Pair): Promise<void> {
  return change((list) => withoutDecision(list, pair));
}
