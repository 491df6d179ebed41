import {
  callOverPort,
  type EngineCall,
  type EnginePort,
  type EngineWords,
} from '@/messaging/engine-protocol';

// How the background starts the engine (engine-client.ts): in its worker if it answers in time, else
// in the background itself. Apart from the extension's APIs, so that a test can run every way it goes.

/**
 * Starts the engine: over the port `open` gives, once it answers `start` within `startMs`; else (no
 * port, an error, silence) with `runHere`, after a console warning, so nothing breaks. `onLost` is
 * told when the worker in use stops answering (a call waited `callMs`).
 */
export async function startEngine(options: {
  open: () => Promise<EnginePort>;
  runHere: () => EngineCall;
  words: EngineWords;
  startMs: number;
  callMs: number;
  onLost: () => void;
}): Promise<{ call: EngineCall; inWorker: boolean }> {
  let inUse = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('no answer from the worker')), options.startMs);
  });
  const started = (async () => {
    const call = callOverPort(await options.open(), options.callMs, () => inUse && options.onLost());
    await call('start', { words: options.words });
    return call;
  })();
  try {
    const call = await Promise.race([started, late]);
    inUse = true;
    return { call, inWorker: true };
  } catch (error) {
    console.warn('Crosscheck: the engine’s worker could not start; the background runs it.', error);
    const call = options.runHere();
    await call('start', { words: options.words });
    return { call, inWorker: false };
  } finally {
    clearTimeout(timer);
  }
}
