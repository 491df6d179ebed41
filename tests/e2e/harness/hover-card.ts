import type { Page } from 'playwright-core';

// The hover card lives in a closed shadow root: no script of the page (nor Playwright's locators) can
// see into it. The tests read it through the DevTools protocol, which sees closed roots too.

interface DomNode {
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function find(node: DomNode, name: string): DomNode | null {
  if (node.nodeName === name) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = find(child, name);
    if (found) return found;
  }
  return null;
}

function text(node: DomNode): string {
  if (node.nodeName === '#text') return node.nodeValue ?? '';
  if (node.nodeName === 'STYLE' || node.attributes?.includes('hidden')) return '';
  return (node.children ?? []).map(text).join('');
}

/** The visible hover card's text (its hidden parts left out), or null when there is none or it is hidden. */
export async function hoverCardText(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = find(root, 'CROSSCHECK-HOVER');
    const shadow = host?.shadowRoots?.[0];
    const card = shadow?.children?.find((c) => c.nodeName === 'DIV');
    if (!card || card.attributes?.includes('hidden')) return null;
    return text(card);
  } finally {
    await cdp.detach();
  }
}

/** The hover card's shadow root mode as the browser reports it ('closed' for Crosscheck's). */
export async function hoverCardMode(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = find(root, 'CROSSCHECK-HOVER');
    return (host?.shadowRoots?.[0] as { shadowRootType?: string } | undefined)?.shadowRootType ?? null;
  } finally {
    await cdp.detach();
  }
}
