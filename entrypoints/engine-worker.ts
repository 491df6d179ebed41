import { defineUnlistedScript } from '#imports';
import { ENGINE_CONNECT, serveEngine, type EnginePort } from '@/messaging/engine-protocol';
import { engineService } from './background/engine-service';

// The engine's worker, built to /engine-worker.js (messaging/engine-protocol.ts): started by Chrome's
// offscreen document, which passes it a port to the service worker, or by Firefox's background page,
// which talks to it directly. It has the extension's origin: its own files and IndexedDB.

export default defineUnlistedScript(() => {
  const scope = self as unknown as EnginePort;
  const service = engineService(new URL('/corpus/index.json', self.location.href).href);
  serveEngine(scope, service);
  scope.addEventListener('message', (event) => {
    const port = event.ports[0];
    if (event.data === ENGINE_CONNECT && port) serveEngine(port, service);
  });
});
