import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  callDirectly,
  serveEngine,
  type EngineApi,
  type EnginePort,
  type EngineWords,
} from '@/messaging/engine-protocol';
import { startEngine } from './start-engine';

// Starting the engine: the worker when it answers in time, else the background itself with a
// warning, whatever went wrong (no port, a port that never answers).

const words: EngineWords = {
  collectionBundled: 'Bundled',
  collectionMine: 'Mine',
  corpusMissing: 'No corpus',
  addSourceNoArticle: 'No article',
  storageFull: 'Full',
};

const fakeEngine = (loaded: number, start = vi.fn(async () => undefined)) =>
  ({ start, status: async () => ({ loaded }) }) as unknown as EngineApi;

const ports: Array<{ close(): void }> = [];
afterEach(() => {
  for (const port of ports.splice(0)) port.close();
  vi.restoreAllMocks();
});

/** One end of a channel, the engine serving the other when there is one. */
function port(api?: EngineApi): EnginePort {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  if (api) serveEngine(port1 as unknown as EnginePort, api);
  return port2 as unknown as EnginePort;
}

describe('starting the engine', () => {
  const here = () => callDirectly(fakeEngine(7));
  const options = { words, startMs: 200, callMs: 5000, onLost: () => undefined };

  it.each([
    ['a port that cannot open', () => Promise.reject(new Error('no offscreen'))],
    ['a worker that never answers', async () => port()],
  ])('runs the engine in the caller, with a warning, after %s', async (_name, open) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { call, inWorker } = await startEngine({ ...options, open, runHere: here });
    await expect(call('status', {})).resolves.toEqual({ loaded: 7 });
    expect(inWorker).toBe(false);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('uses the worker that answers, and hands it the words first', async () => {
    const start = vi.fn(async () => undefined);
    const worker = port(fakeEngine(3, start));
    const runHere = vi.fn(here);
    const { call, inWorker } = await startEngine({ ...options, open: async () => worker, runHere });
    await expect(call('status', {})).resolves.toEqual({ loaded: 3 });
    expect(inWorker).toBe(true);
    expect(start).toHaveBeenCalledWith({ words });
    expect(runHere).not.toHaveBeenCalled();
  });
});
