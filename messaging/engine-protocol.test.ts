import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callOverPort, serveEngine, type EngineApi, type EnginePort } from './engine-protocol';

// The engine's messages over a real MessageChannel (Node's, as the browser's): replies find their
// call, errors come back as messages, names that are not handlers are refused, a silent worker is
// given up on.

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
