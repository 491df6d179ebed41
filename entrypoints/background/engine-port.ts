import { browser } from '#imports';
import { ENGINE_CONNECT, ENGINE_RECONNECT, type EnginePort } from '@/messaging/engine-protocol';

// Starts the engine's worker and returns the port to talk to it. Chrome's service worker cannot start
// a Worker: it opens an offscreen document (reason WORKERS) that starts one and posts the service
// worker one end of a MessageChannel, the worker holding the other, so the page's HTML goes from the
// service worker to the worker directly, never through the extension pages' main thread (which the
// side panel shares). The document outlives the service worker: a restarted one asks it for a new
// port, and the worker keeps its loaded corpus. Firefox's background is a page, which starts the
// worker itself.

const OFFSCREEN_PATH = '/offscreen.html';
const WORKER_PATH = '/engine-worker.js';
/** How long a document found open has to send a port before it is replaced. */
const RECONNECT_MS = 2000;

interface Offscreen {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

interface PortMessage {
  data: unknown;
  ports: readonly MessagePort[];
  origin: string;
  source: { url?: string } | null;
}

// Typed loosely: WXT's list of public paths lacks the built pages and scripts.
const getURL = (path: string) =>
  (browser.runtime.getURL as (p: string) => string).call(browser.runtime, path);
let awaiting: ((port: MessagePort) => void) | null = null;

/**
 * Listens for the port the offscreen document posts: on Chrome, called as the service worker starts
 * (its event listeners must be added then). Only the extension's own offscreen page is heard.
 */
export function listenForEnginePort(): void {
  if (!offscreenApi()) return;
  self.addEventListener('message', (event) => {
    const { data, ports, source } = event as unknown as PortMessage;
    if (data !== ENGINE_CONNECT || source?.url !== getURL(OFFSCREEN_PATH) || !ports[0]) return;
    awaiting?.(ports[0]);
    awaiting = null;
  });
}

function offscreenApi(): Offscreen | undefined {
  return (globalThis as { chrome?: { offscreen?: Offscreen } }).chrome?.offscreen;
}

/** Whether the worker's document is still open (always, where the background starts the worker). */
export async function engineDocumentOpen(): Promise<boolean> {
  const offscreen = offscreenApi();
  return !offscreen?.hasDocument || offscreen.hasDocument();
}

export async function openEnginePort(): Promise<EnginePort> {
  const offscreen = offscreenApi();
  if (offscreen) return offscreenPort(offscreen);
  if (typeof Worker !== 'function') throw new Error('no offscreen document and no Worker here');
  // A worker that fails to load never answers its first message: the caller's start timeout tells.
  return new Worker(getURL(WORKER_PATH));
}

function nextPort(timeoutMs?: number): Promise<MessagePort> {
  return new Promise((resolve, reject) => {
    awaiting = resolve;
    if (timeoutMs) setTimeout(() => reject(new Error('no port from the offscreen document')), timeoutMs);
  });
}

async function offscreenPort(offscreen: Offscreen): Promise<EnginePort> {
  if (await offscreen.hasDocument?.()) {
    const port = nextPort(RECONNECT_MS);
    void browser.runtime.sendMessage(ENGINE_RECONNECT).catch(() => undefined);
    const found = await port.catch(() => null);
    if (found) return found;
    await offscreen.closeDocument(); // it did not answer: start anew
  }
  const port = nextPort();
  await offscreen.createDocument({
    url: getURL(OFFSCREEN_PATH),
    reasons: ['WORKERS'],
    justification: 'Reads and matches long articles in a worker, so the extension stays responsive.',
  });
  return port;
}
