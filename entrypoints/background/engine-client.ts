import { browser } from '#imports';
import type { ReportMeta } from '@/lib';
import {
  callDirectly,
  type EngineApi,
  type EngineCall,
  type EngineInput,
  type EngineOutput,
} from '@/messaging/engine-protocol';
import { engineService, engineWords } from './engine-service';
import { engineDocumentOpen, openEnginePort } from './engine-port';
import { startEngine } from './start-engine';

// The background's way to the engine: its worker when one can start (off the background's message
// loop, so other tabs are answered while a page is analysed), else the background itself, as before
// the worker existed. The background keeps no copy of the corpus: only its report metadata, for the
// panel's citations and the options page's list, fetched again after every change of sources.

/** Long enough for the largest page on a busy machine; a worker silent longer is lost and replaced. */
const CALL_TIMEOUT_MS = 180_000;
/** How long the worker has to start and answer its first message before the background runs the engine. */
const START_TIMEOUT_MS = 10_000;

let connecting: Promise<{ call: EngineCall; inWorker: boolean }> | null = null;
let metas: Promise<{ reports: ReportMeta[]; bundled: ReportMeta[] }> | null = null;

function lost(): void {
  connecting = null; // the next request starts another worker
  metas = null;
}

/** The engine, started on first use, and again when its worker's document went away. */
export async function engine(): Promise<EngineCall> {
  const current = connecting;
  // Checked once per request: a closed document's port says nothing, and a call would wait in vain.
  if (current && (await current).inWorker && !(await engineDocumentOpen()) && connecting === current) {
    lost();
  }
  if (!connecting) {
    connecting = startEngine({
      open: openEnginePort,
      runHere: () =>
        callDirectly(
          engineService((browser.runtime.getURL as (path: string) => string)('/corpus/index.json')),
        ),
      words: engineWords(),
      startMs: START_TIMEOUT_MS,
      callMs: CALL_TIMEOUT_MS,
      onLost: lost,
    });
    // The corpus is loaded, and its metadata kept, before the first page asks.
    void corpusMetas().catch(() => undefined);
  }
  const started = connecting; // a worker lost meanwhile does not take this request's engine away
  return (await started).call;
}

/** Whether the engine was started: what concerns only its state (a closed tab) need not start it. */
export function engineStarted(): boolean {
  return connecting !== null;
}

/** Calls the engine. */
export async function callEngine<K extends keyof EngineApi>(
  name: K,
  input: EngineInput<K>,
): Promise<EngineOutput<K>> {
  return (await engine())(name, input);
}

/** The loaded corpus's report metadata, kept here: answered at once while the worker analyses a page. */
export function corpusMetas(): Promise<{ reports: ReportMeta[]; bundled: ReportMeta[] }> {
  metas ??= callEngine('reports', {});
  metas.catch(() => (metas = null));
  return metas;
}

/** The reader's sources changed: the metadata kept here is read again from the engine. */
export function forgetMetas(): void {
  metas = null;
}
