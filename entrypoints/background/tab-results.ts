import { browser } from '#imports';
import type { TabResult } from '@/messaging/protocol';

// Results per tab. Chrome may stop the background's service worker whenever it is idle, so results
// are mirrored to session storage (memory only, cleared when the browser closes) and read back lazily.

const results = new Map<number, TabResult>();
const key = (tabId: number) => `tab:${tabId}`;

export function emptyResult(tabId: number, url: string | null = null): TabResult {
  return { tabId, url, status: 'pending', page: null, selection: null, error: null };
}

export async function getResult(tabId: number): Promise<TabResult> {
  const known = results.get(tabId);
  if (known) return known;
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as TabResult | undefined;
  const result = stored ?? emptyResult(tabId);
  results.set(tabId, result);
  return result;
}

export async function setResult(result: TabResult): Promise<void> {
  results.set(result.tabId, result);
  await browser.storage.session.set({ [key(result.tabId)]: result });
}

export async function dropResult(tabId: number): Promise<void> {
  results.delete(tabId);
  await browser.storage.session.remove(key(tabId));
}
