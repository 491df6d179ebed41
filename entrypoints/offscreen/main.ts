import { browser } from '#imports';
import { ENGINE_CONNECT, ENGINE_RECONNECT } from '@/messaging/engine-protocol';

// Chrome's offscreen document (reason WORKERS): it only starts the engine's worker and hands the
// service worker a port to it, again whenever a restarted service worker asks. It runs nothing
// itself: extension pages share one main thread, which the side panel needs
// (entrypoints/background/engine-port.ts).

const worker = new Worker('/engine-worker.js');

function connect(): void {
  const channel = new MessageChannel();
  worker.postMessage(ENGINE_CONNECT, [channel.port1]);
  void navigator.serviceWorker.ready.then((registration) =>
    registration.active?.postMessage(ENGINE_CONNECT, [channel.port2]),
  );
}

connect();
browser.runtime.onMessage.addListener((message: unknown, sender) => {
  // Only the service worker asks (no tab); content scripts' messages have one.
  if (message === ENGINE_RECONNECT && sender.id === browser.runtime.id && !sender.tab) connect();
  return undefined;
});
