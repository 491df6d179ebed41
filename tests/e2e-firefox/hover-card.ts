import type { Browser, Page } from 'puppeteer-core';

// The hover card lives in a closed shadow root: no script of the page can see into it. WebDriver BiDi
// can: its node serialisation walks closed shadow roots too (`includeShadowTree: 'all'`), and a node
// it returns can be handed back to a function as an argument. Puppeteer does not expose either, so
// these helpers send the BiDi commands on its connection themselves (the Firefox counterpart of the
// Chromium harness's DOM.getDocument with `pierce`).

interface RemoteNode {
  type: string;
  sharedId?: string;
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    mode?: string;
    attributes?: Record<string, string>;
    children?: RemoteNode[];
    shadowRoot?: RemoteNode | null;
  };
}

interface CallResult {
  type: 'success' | 'exception';
  result?: RemoteNode;
  exceptionDetails?: { text: string };
}

interface BidiConnection {
  send(method: 'script.callFunction', params: object): Promise<{ result: CallResult }>;
}

/** Calls `fn` in the page's own realm over BiDi; `nodes` are passed as its arguments by reference. */
async function callInPage(browser: Browser, page: Page, fn: string, nodes: string[] = []) {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration: fn,
    target: { context },
    arguments: nodes.map((sharedId) => ({ sharedId })),
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 8, includeShadowTree: 'all' },
  });
  if (result.type !== 'success') throw new Error(`In the page: ${result.exceptionDetails?.text}`);
  return result.result;
}

function text(node: RemoteNode): string {
  const v = node.value;
  if (!v) return '';
  if (v.nodeType === 3) return v.nodeValue ?? '';
  if (v.localName === 'style' || v.attributes?.hidden !== undefined) return '';
  return (v.children ?? []).map(text).join('');
}

const elements = (node: RemoteNode | null | undefined) =>
  (node?.value?.children ?? []).filter((c) => c.value?.nodeType === 1);

function find(node: RemoteNode, name: string): RemoteNode | null {
  if (node.value?.localName === name) return node;
  for (const child of elements(node)) {
    const found = find(child, name);
    if (found) return found;
  }
  return null;
}

export interface HoverCardState {
  /** The shadow root's mode as the browser reports it ('closed' for Crosscheck's). */
  mode: string | undefined;
  /** The visible card's text, its hidden parts left out; null when the card is hidden. */
  text: string | null;
  /** Whether the card's button has focus inside the shadow root. */
  buttonFocused: boolean;
}

/** The hover card as the browser has it, or null when the page has no card host. */
export async function hoverCard(browser: Browser, page: Page): Promise<HoverCardState | null> {
  const host = await callInPage(browser, page, '() => document.querySelector("crosscheck-hover")');
  const shadow = host?.value?.shadowRoot;
  if (!shadow) return null;
  const card = elements(shadow).find((c) => c.value?.localName === 'div');
  const button = card && find(card, 'button');
  const focused = button?.sharedId
    ? await callInPage(browser, page, '(b) => b.getRootNode().activeElement === b', [button.sharedId])
    : null;
  return {
    mode: shadow.value?.mode,
    text: !card || card.value?.attributes?.hidden !== undefined ? null : text(card),
    buttonFocused: (focused as { value?: unknown } | null)?.value === true,
  };
}

/** The hover card's visible text, or null (no card, or hidden). */
export async function hoverCardText(browser: Browser, page: Page): Promise<string | null> {
  return (await hoverCard(browser, page))?.text ?? null;
}
