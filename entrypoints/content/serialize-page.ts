import { withoutScopes } from './mark-scope';
import { yieldToPage } from './run-timer';

// The page's HTML, serialised in slices of a few milliseconds: `outerHTML` on a 10 MB page is one
// task of 50 ms or more on the page's thread. An element with many children is written as its start
// tag, its children one by one and its end tag; a long text is escaped in parts; a small element is
// taken whole with `outerHTML`. The result is the page's markup as `outerHTML` would give it (up to
// `maxLength` characters: the background reads no more), less the attributes that scope Crosscheck's
// own highlights (mark-scope.ts).

const SLICE_MS = 8;
/** An element with more descendant elements than this is written child by child. */
const SPLIT_DESCENDANTS = 64;
const TEXT_PART = 64 * 1024;
const VOID = new Set(
  'area base br col embed hr img input link meta source track wbr'.split(' ').map((t) => t.toUpperCase()),
);
const RAW_TEXT = new Set([
  'SCRIPT',
  'STYLE',
  'XMP',
  'IFRAME',
  'NOEMBED',
  'NOFRAMES',
  'PLAINTEXT',
  'NOSCRIPT',
]);

const escapeText = (text: string) =>
  text.replace(/[&<>\u00a0]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;',
  );
const escapeAttribute = (text: string) =>
  text.replace(/[&"\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&nbsp;'));

function startTag(el: Element): string {
  const name = el.localName;
  const attributes = Array.from(el.attributes, (a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('');
  return `<${name}${attributes}>`;
}

/**
 * Whether an element has more than `limit` descendant elements, counting no further than that:
 * `getElementsByTagName('*').length` counts them all, one task of 60 ms for a 10 MB page's body.
 */
function descendantsExceed(el: Element, limit: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_ELEMENT);
  for (let count = 0; walker.nextNode();) if (++count > limit) return true;
  return false;
}

/**
 * The page's HTML in parts of `partLength` characters (the last one shorter), as they are sent to the
 * background (PAGE_PART_LENGTH): the page never holds its whole HTML as one string, whose joining (8 MB) was a task of
 * 10 ms, and of 48–56 ms when it set off a garbage collection.
 */
export async function serializePage(
  doc: Document,
  maxLength = Infinity,
  partLength = Infinity,
): Promise<string[]> {
  const done: string[] = [];
  let pending: string[] = [];
  let pendingLength = 0;
  let length = 0;
  let sliceStart = performance.now();
  /** Moves whole parts from the pieces written to `done`. */
  const cut = () => {
    let text = pending.join('');
    for (; text.length >= partLength; text = text.slice(partLength)) done.push(text.slice(0, partLength));
    pending = text ? [text] : [];
    pendingLength = text.length;
  };
  const add = async (raw: string) => {
    const part = withoutScopes(raw);
    pending.push(part);
    pendingLength += part.length;
    length += part.length;
    if (pendingLength >= partLength) cut();
    if (performance.now() - sliceStart > SLICE_MS) {
      performance.measure('crosscheck:serialize', { start: sliceStart }); // see run-timer.ts
      await yieldToPage();
      sliceStart = performance.now();
    }
  };
  // Children by index on the live list, not `Array.from`: a wrapper for every child of a 10 MB page's
  // container at once is one long task. A child the page moves meanwhile may be skipped or repeated.
  async function writeChildren(el: Element): Promise<void> {
    const children = el.childNodes;
    for (let i = 0; i < children.length && length < maxLength; i++) await write(children[i]!);
  }
  async function write(node: Node): Promise<void> {
    if (length >= maxLength) return;
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      const raw = RAW_TEXT.has(node.parentElement?.tagName ?? '');
      for (let at = 0; at < data.length && length < maxLength; at += TEXT_PART) {
        const part = data.slice(at, at + TEXT_PART);
        await add(raw ? part : escapeText(part));
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) {
      if (node.nodeType === Node.COMMENT_NODE) await add(`<!--${(node as Comment).data}-->`);
      return;
    }
    const el = node as Element;
    const longText = el.firstChild?.nodeType === Node.TEXT_NODE && (el.firstChild as Text).length > TEXT_PART;
    const small = !longText && !descendantsExceed(el, SPLIT_DESCENDANTS);
    if (small || el.localName === 'template' || RAW_TEXT.has(el.tagName)) {
      await add(el.outerHTML);
      return;
    }
    await add(startTag(el));
    await writeChildren(el);
    if (!VOID.has(el.tagName)) await add(`</${el.localName}>`);
  }
  const root = doc.documentElement;
  await add(startTag(root));
  await writeChildren(root);
  await add('</html>');
  cut();
  if (pendingLength > 0) done.push(pending.join(''));
  // Up to `maxLength` characters in all.
  const kept: string[] = [];
  for (let total = 0, i = 0; i < done.length && total < maxLength; i++) {
    const part = done[i]!.slice(0, maxLength - total);
    kept.push(part);
    total += part.length;
  }
  performance.measure('crosscheck:serialize', { start: sliceStart });
  return kept;
}
