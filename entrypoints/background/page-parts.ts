import { MAX_PAGE_HTML } from '@/messaging/protocol';

// The parts of a long page's HTML as a tab's content script sends them (messaging/protocol.ts,
// PAGE_PART_LENGTH), joined when its comparePage brings the last. Parts out of order start nothing;
// no tab keeps more than the page cap.

const pending = new Map<number, { parts: string[]; length: number }>();

/** Keeps one part; index 0 starts the tab's page afresh. */
export function keepPart(tabId: number, index: unknown, part: unknown): void {
  if (typeof part !== 'string' || !Number.isSafeInteger(index)) return;
  if (index === 0) pending.set(tabId, { parts: [], length: 0 });
  const page = pending.get(tabId);
  if (!page || page.parts.length !== index) {
    pending.delete(tabId); // a part missing or out of order: the page is not sent whole
    return;
  }
  // Past the cap a part is counted but not kept: the page is read up to the cap, as a short one is.
  const kept = part.slice(0, Math.max(0, MAX_PAGE_HTML - page.length));
  page.parts.push(kept);
  page.length += kept.length;
}

/**
 * The whole page: the parts kept for the tab, then its last part. A count that does not match what
 * was kept (a lost part, a page restarted meanwhile) is refused.
 */
export function wholePage(tabId: number, parts: unknown, last: unknown): unknown {
  const page = pending.get(tabId);
  pending.delete(tabId);
  const count = parts === undefined || parts === null ? 0 : parts;
  if (count === 0) return last;
  if (!page || page.parts.length !== count || typeof last !== 'string')
    throw new Error('Crosscheck: the page arrived incomplete; it is read again at its next change.');
  return page.parts.join('') + last;
}

export function forgetParts(tabId: number): void {
  pending.delete(tabId);
}
