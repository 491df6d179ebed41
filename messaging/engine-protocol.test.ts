import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  callDirectly,
  callOverPort,
  serveEngine,
  startEngine,
  type EngineApi,
  type EnginePort,
  type EngineWords,
} from './engine-protocol';

// The engine's messages over a real MessageChannel (Node's, as the browser's): replies find their
// call, errors come back as messages, names that are not handlers are refused, a silent worker is
// given up on, and an engine that cannot start runs in the caller instead.

const words: EngineWords = {
  collectionBundled: 'Bundled',
  collectionMine: 'Mine',
  corpusMissing: 'No corpus',
  addSourceNoArticle: 'No article',
  storageFull: 'Full',
};

function fakeEngine(overrides: Partial<EngineApi> = {}): EngineApi {
  return {
    start: async () => undefined,
    report: async ({ id }) => (id === 'r1' ? ({ id, title: 'One' } as never) : null),
    reload: async () => {
      throw new Error('The store is closed.');
    },
    ...overrides,
  } as EngineApi;
}

function served(api: EngineApi): EnginePort {
  const { port1, port2 } = new MessageChannel();
  serveEngine(port1 as unknown as EnginePort, api);
  return port2 as unknown as EnginePort;
}

const ports: Array<{ close(): void }> = [];
afterEach(() => {
  for (const port of ports.splice(0)) port.close();
  vi.restoreAllMocks();
});

function keep(port: EnginePort): EnginePort {
  ports.push(port as unknown as { close(): void });
  return port;
}

describe('calls over a port', () => {
  it.each([
    ['a handler’s value comes back to its call', 'report', { id: 'r1' }, { id: 'r1', title: 'One' }],
    ['a null value comes back as null', 'report', { id: 'none' }, null],
  ] as const)('%s', async (_name, name, input, expected) => {
    const call = callOverPort(keep(served(fakeEngine())), 5000, () => undefined);
    await expect(call(name, input)).resolves.toEqual(expected);
  });

  it.each([
    ['a handler’s error comes back as its message', 'reload', 'The store is closed.'],
    ['a name that is not a handler is refused', 'constructor', 'the engine has no "constructor"'],
    ['an inherited name is refused', '__proto__', 'the engine has no "__proto__"'],
  ])('%s', async (_name, name, message) => {
    const call = callOverPort(keep(served(fakeEngine())), 5000, () => undefined);
    await expect(call(name as 'reload', {})).rejects.toThrow(message);
  });

  it('gives up on a silent engine and says it is lost', async () => {
    const { port1 } = new MessageChannel();
    const lost = vi.fn();
    const call = callOverPort(keep(port1 as unknown as EnginePort), 50, lost);
    await expect(call('status', {})).rejects.toThrow('did not answer "status"');
    expect(lost).toHaveBeenCalledOnce();
  });
});

describe('starting the engine', () => {
  const here = () => callDirectly(fakeEngine({ status: async () => ({ loaded: 7 }) as never }));
  const options = { words, startMs: 200, callMs: 5000, onLost: () => undefined };

  it.each([
    ['a port that cannot open', () => Promise.reject(new Error('no offscreen'))],
    ['a worker that never answers', async () => keep(new MessageChannel().port1 as unknown as EnginePort)],
  ])('runs the engine in the caller, with a warning, after %s', async (_name, open) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { call, inWorker } = await startEngine({ ...options, open, runHere: here });
    await expect(call('status', {})).resolves.toEqual({ loaded: 7 });
    expect(inWorker).toBe(false);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('uses the worker that answers, and hands it the words first', async () => {
    const start = vi.fn(async () => undefined);
    const port = keep(served(fakeEngine({ start, status: async () => ({ loaded: 3 }) as never })));
    const runHere = vi.fn(here);
    const { call, inWorker } = await startEngine({ ...options, open: async () => port, runHere });
    await expect(call('status', {})).resolves.toEqual({ loaded: 3 });
    expect(inWorker).toBe(true);
    expect(start).toHaveBeenCalledWith({ words });
    expect(runHere).not.toHaveBeenCalled();
  });
});
