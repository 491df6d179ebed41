import { PAGE_PART_LENGTH, sendToBackground, type ClaimMark } from '@/messaging/protocol';

// Sends the page's HTML to the background in parts (messaging/protocol.ts, PAGE_PART_LENGTH): each
// message is short for the page to write and for the background to read, so neither this page nor
// another tab's request waits behind one message of megabytes.

/** Sends the page in order, the last part with the request to compare it; returns the marks. */
export async function sendPage(html: string): Promise<ClaimMark[]> {
  const parts = Math.max(0, Math.ceil(html.length / PAGE_PART_LENGTH) - 1);
  for (let index = 0; index < parts; index++) {
    const part = html.slice(index * PAGE_PART_LENGTH, (index + 1) * PAGE_PART_LENGTH);
    await sendToBackground('pagePart', { index, part });
  }
  return sendToBackground('comparePage', { html: html.slice(parts * PAGE_PART_LENGTH), parts });
}
