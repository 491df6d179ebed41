// WXT's `defineContentScript` builds a ContentScriptContext before `main` runs. That context posts
// `{ type: '<extension id>:content:wxt:content-script-started' }` to the page's window (telling the page
// the extension's id) and shuts the script down when the page posts such a message back: any page could
// silence Crosscheck with one line. `main` uses nothing of that context, and until `main` starts this
// world's `window.postMessage` drops that one message. Content scripts run in an isolated world: the
// replaced function is this world's own property, the page's `postMessage` is untouched.

const STARTED = 'wxt:content-script-started';
const pagePost = window.postMessage;

function isStartedAnnouncement(message: unknown): boolean {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && type.endsWith(STARTED);
}

const quiet = function (this: Window, message: unknown, ...rest: unknown[]) {
  if (isStartedAnnouncement(message)) return;
  return (pagePost as (...args: unknown[]) => void).call(window, message, ...rest);
} as typeof window.postMessage;

/**
 * Sets this world's `postMessage`. Firefox's content scripts see the page's window through an Xray,
 * where `postMessage` is read-only: plain assignment throws there (and would stop the whole script),
 * so an own property of this world shadows it instead; if even that is refused, the script runs on.
 */
function setPostMessage(fn: typeof window.postMessage): void {
  try {
    window.postMessage = fn;
  } catch {
    try {
      Object.defineProperty(window, 'postMessage', { value: fn, configurable: true, writable: true });
    } catch {
      // Nothing to shadow with: the announcement goes out, as it would without this file.
    }
  }
}

setPostMessage(quiet);

/** Puts this world's `postMessage` back once the context has been built (called first thing in `main`). */
export function endQuietStart(): void {
  setPostMessage(pagePost);
}
