import { PAGE_PART_LENGTH, sendToBackground, type ClaimMark } from '@/messaging/protocol';

// Sends the page's HTML to the background in parts (messaging/protocol.ts, PAGE_PART_LENGTH): each
// message is short for the page to write and for the background to read, so neither this page nor
// another tab's request waits behind one message of megabytes.

/** A page's HTML in parts of PAGE_PART_LENGTH characters (one, empty, for an empty page). */
export function inParts(html: string): string[] {
  const parts: string[] = [];
  for (let at = 0; at < html.length; at += PAGE_PART_LENGTH)
    parts.push(html.slice(at, at + PAGE_PART_LENGTH));
  return parts.length > 0 ? parts : [''];
}

/** Sends the page's parts in order, the last one with the request to compare it; returns the marks. */
export async function sendPage(parts: readonly string[]): Promise<ClaimMark[]> {
  const last = Math.max(0, parts.length - 1);
  for (let index = 0; index < last; index++) {
    await sendToBackground('pagePart', { index, part: parts[index]! });
  }
  return sendToBackground('comparePage', { html: parts[last] ?? '', parts: last });
}
