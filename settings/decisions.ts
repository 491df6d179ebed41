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

async function save(list: Decision[]): Promise<void> {
  await decisionsItem.setValue({ version: 1, decisions: list });
}

export async function decide(pair: Pair, decision: Decision['decision']): Promise<void> {
  const { pageSentence, report, reportSentence } = pair;
  const entry = { pageSentence, report, reportSentence, decision, date: new Date().toISOString() };
  await save(withDecision(await loadDecisions(), entry));
}

export async function undoDecision(pair: Pair): Promise<void> {
  await save(withoutDecision(await loadDecisions(), pair));
}
