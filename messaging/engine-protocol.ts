import type { AddedSource, Decisions, PreparedReport, ReportMeta, SourceMetaEdit } from '@/lib';
import type { Settings } from '@/settings/site-rules';
import type { Checked, SelectionResult, SourcesStatus } from './protocol';

// The messages between the background and the engine's worker (DESIGN.md, "The background"): the
// heavy work (reading a page's article, matching it, loading the corpus with the reader's sources)
// runs in a dedicated Worker, so the background's message loop answers other tabs meanwhile. On
// Chrome the worker lives in an offscreen document and talks to the service worker over a
// MessagePort; on Firefox the background page starts it. When neither can start, the background
// calls the same handlers itself. Payloads are structured-cloned: plain data, Maps and strings.

/** The words the engine puts in what it stores or throws: the worker has no i18n API, the background does. */
export interface EngineWords {
  collectionBundled: string;
  collectionMine: string;
  corpusMissing: string;
  addSourceNoArticle: string;
  storageFull: string;
}

/** What a page comparison needs besides the page: the reader's settings and decisions. */
export interface EngineContext {
  settings: Settings;
  decisions: Decisions;
}

/** The engine's handlers (entrypoints/background/engine-service.ts), in the worker or the background. */
export interface EngineApi {
  /** The background's words, in the browser's language; sent first. */
  start(input: { words: EngineWords }): Promise<void>;
  /**
   * Extracts a tab's article from its HTML (untrusted: checked and capped there) and compares it; a
   * kept selection (its text) is compared again. `page` is null when the page shows no article. Both
   * come bounded to the tab result's `maxBytes` (bound-result.ts), so a huge page's sentences are
   * neither copied to the background nor measured there.
   */
  checkPage(
    input: EngineContext & {
      tabId: number;
      html: unknown;
      url: string | null;
      selection: string | null;
      maxBytes: number;
    },
  ): Promise<{ page: Checked | null; selection: SelectionResult | null }>;
  /** Compares a selected text (even off the corpus's stories). */
  compareSelection(input: EngineContext & { text: string; url: string | null }): Promise<SelectionResult>;
  /** The loaded corpus's report metadata (titled), and the bundled reports apart. */
  reports(input: Record<string, never>): Promise<{ reports: ReportMeta[]; bundled: ReportMeta[] }>;
  /** One report with its text, titled; null when there is no such report. */
  report(input: { id: string }): Promise<PreparedReport | null>;
  /** Adds a page's article to the reader's sources: appended to the loaded corpus, or reloaded. */
  addPage(input: { html: string; url: string | null }): Promise<AddedSource>;
  /** Edits a stored source's metadata; the corpus is loaded again. */
  updateSource(input: { id: string; meta: SourceMetaEdit }): Promise<void>;
  /** The stored sources changed elsewhere: load the corpus again and forget every comparison. */
  reload(input: Record<string, never>): Promise<void>;
  /** Forgets a closed tab's last comparison. */
  forgetTab(input: { tabId: number }): Promise<void>;
  /** How the sources were loaded. */
  status(input: Record<string, never>): Promise<SourcesStatus>;
}

export type EngineInput<K extends keyof EngineApi> = EngineApi[K] extends (input: infer I) => unknown
  ? I
  : never;
export type EngineOutput<K extends keyof EngineApi> = Awaited<ReturnType<EngineApi[K]>>;

/** One way to call the engine, wherever it runs. */
export type EngineCall = <K extends keyof EngineApi>(
  name: K,
  input: EngineInput<K>,
) => Promise<EngineOutput<K>>;

/** A MessagePort, a Worker or a worker's own global: anything that posts and hears messages. */
export interface EnginePort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  /** A MessagePort whose other end is gone says so (Chrome 123 and later). */
  addEventListener(type: 'close', listener: () => void): void;
  start?(): void;
}

/** What the offscreen document posts to the service worker (and to the worker) with a port. */
export const ENGINE_CONNECT = 'crosscheck-engine-connect';
/** What a restarted service worker asks the offscreen document it finds: a port to its worker. */
export const ENGINE_RECONNECT = 'crosscheck-engine-reconnect';

interface Request {
  engineCall: number;
  name: string;
  input: unknown;
}
type Reply =
  { engineReply: number; ok: true; value: unknown } | { engineReply: number; ok: false; error: string };

/** Calls the engine's handlers directly (the background's fallback, and tests). */
export function callDirectly(api: EngineApi): EngineCall {
  return (name, input) => (api[name] as (i: typeof input) => Promise<never>).call(api, input);
}

/** Answers requests arriving on `port` with `api`. Dispatch is a property lookup, never a switch. */
export function serveEngine(port: EnginePort, api: EngineApi): void {
  port.addEventListener('message', (event) => {
    const request = event.data as Request | null;
    if (typeof request !== 'object' || request === null || typeof request.engineCall !== 'number') return;
    const id = request.engineCall;
    const handler = Object.hasOwn(api, request.name)
      ? ((api as unknown as Record<string, unknown>)[request.name] as (input: unknown) => Promise<unknown>)
      : null;
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`Crosscheck: the engine has no "${request.name}".`);
        return handler.call(api, request.input);
      })
      .then(
        (value) => port.postMessage({ engineReply: id, ok: true, value: value ?? null } satisfies Reply),
        (error: unknown) =>
          port.postMessage({
            engineReply: id,
            ok: false,
            error: error instanceof Error ? error.message : String(error),
          } satisfies Reply),
      );
  });
  port.start?.();
}

/**
 * Calls the engine over `port`. A call not answered within `timeoutMs` fails and `onLost` is told
 * (the worker is gone or stuck: the caller starts another).
 */
export function callOverPort(port: EnginePort, timeoutMs: number, onLost: () => void): EngineCall {
  let next = 0;
  const waiting = new Map<number, (reply: Reply) => void>();
  port.addEventListener('message', (event) => {
    const reply = event.data as Reply | null;
    if (typeof reply !== 'object' || reply === null || typeof reply.engineReply !== 'number') return;
    waiting.get(reply.engineReply)?.(reply);
  });
  // The worker's document was closed or crashed: every waiting call fails now, not at its timeout.
  port.addEventListener('close', () => {
    onLost();
    for (const [id, answer] of waiting)
      answer({ engineReply: id, ok: false, error: 'Crosscheck: the engine stopped.' });
  });
  port.start?.();
  return (name, input) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      const timer = setTimeout(() => {
        waiting.delete(id);
        onLost();
        reject(new Error(`Crosscheck: the engine did not answer "${name}".`));
      }, timeoutMs);
      waiting.set(id, (reply) => {
        clearTimeout(timer);
        waiting.delete(id);
        if (reply.ok) resolve(reply.value as never);
        else reject(new Error(reply.error));
      });
      port.postMessage({ engineCall: id, name, input } satisfies Request);
    });
}
