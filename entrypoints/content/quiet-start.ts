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

window.postMessage = function (this: Window, message: unknown, ...rest: unknown[]) {
  if (isStartedAnnouncement(message)) return;
  return (pagePost as (...args: unknown[]) => void).call(window, message, ...rest);
} as typeof window.postMessage;

/** Puts this world's `postMessage` back once the context has been built (called first thing in `main`). */
export function endQuietStart(): void {
  window.postMessage = pagePost;
}
