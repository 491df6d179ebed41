import { endQuietStart } from './quiet-start';
import { defineContentScript } from '#imports';
import { startReader } from './reader';

// The content script of every http(s) page. Nothing of WXT's ContentScriptContext is used: it listens
// to the page's `window.postMessage`, through which any page could shut the script down (see
// quiet-start.ts). The reader watches the page with its own listeners, which only trusted events reach.

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    endQuietStart();
    startReader();
  },
});
