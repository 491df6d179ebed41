import { browser } from '#imports';
import { z } from 'zod';
import type { TabResult } from '@/messaging/protocol';
import { boundResult, storedSize } from './bound-result';
import { parseTabResult } from './tab-result-schema';

// Results per tab. Chrome may stop the background's service worker whenever it is idle, so results
// are mirrored to session storage (memory only, cleared when the browser closes) and read back lazily,
// through a schema check. Session storage has a quota (10 MB in Chrome): each result is bounded to
// TAB_BYTES (bound-result.ts), all of them together to TOTAL_BYTES, and the tabs written longest ago
// are dropped first to make room. An index of what is stored (size, time) is kept beside them.

export const TAB_BYTES = 1_000_000;
/**
 * `storedSize` counts the JSON; the browser counts more than that (getBytesInUse gave up to 14 % more,
 * on a 5,000-paragraph page), so the bounds are applied to the JSON with a fifth to spare.
 */
const COUNTED = 0.8;
/** The most a tab's result takes, as bound-result.ts counts it. */
export const RESULT_BYTES = TAB_BYTES * COUNTED;
export const TOTAL_BYTES = 8_000_000;
const INDEX_KEY = 'tab-index';

const results = new Map<number, TabResult>();
const key = (tabId: number) => `tab:${tabId}`;

const indexSchema = z.record(z.string(), z.object({ bytes: z.number(), at: z.number() }));
type Index = z.infer<typeof indexSchema>;
let index: Promise<Index> | null = null;
let writes: Promise<unknown> = Promise.resolve();
/** Tabs whose results were dropped (for room, or unreadable): their page should be read again. */
const dropped = new Set<number>();

export function emptyResult(tabId: number, url: string | null = null): TabResult {
  return { tabId, url, status: 'pending', page: null, selection: null, error: null };
}

/** The stored index, or one rebuilt from what session storage holds when it is missing or damaged. */
async function loadIndex(): Promise<Index> {
  const stored = indexSchema.safeParse((await browser.storage.session.get(INDEX_KEY))[INDEX_KEY]);
  if (stored.success) return stored.data;
  const all = await browser.storage.session.get(null);
  const rebuilt: Index = {};
  for (const [name, value] of Object.entries(all)) {
    if (name.startsWith('tab:')) rebuilt[name.slice(4)] = { bytes: storedSize(value), at: 0 };
  }
  return rebuilt;
}

export async function getResult(tabId: number): Promise<TabResult> {
  const known = results.get(tabId);
  if (known) return known;
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  const result = stored === undefined ? null : parseTabResult(stored, tabId);
  if (!result) {
    if (stored !== undefined) dropped.add(tabId);
    return emptyResult(tabId);
  }
  results.set(tabId, result);
  return result;
}

/** True once for a tab whose result was dropped or unreadable: the caller asks its page again. */
export function takeDropped(tabId: number): boolean {
  return dropped.delete(tabId);
}

export function setResult(result: TabResult): Promise<void> {
  const bounded = boundResult(result, RESULT_BYTES);
  results.set(result.tabId, bounded);
  dropped.delete(result.tabId);
  const write = writes.then(() => store(bounded));
  writes = write.catch(() => undefined);
  return write;
}

async function store(result: TabResult): Promise<void> {
  index ??= loadIndex();
  const entries = await index;
  const bytes = storedSize(result) + key(result.tabId).length;
  delete entries[result.tabId];
  let total = Object.values(entries).reduce((sum, e) => sum + e.bytes, 0);
  const evicted: number[] = [];
  for (const [id, entry] of Object.entries(entries).sort((a, b) => a[1].at - b[1].at)) {
    if (total + bytes <= TOTAL_BYTES * COUNTED) break;
    total -= entry.bytes;
    delete entries[id];
    evicted.push(Number(id));
  }
  entries[result.tabId] = { bytes, at: Date.now() };
  for (const id of evicted) {
    results.delete(id);
    dropped.add(id);
  }
  try {
    await browser.storage.session.remove(evicted.map(key));
    await browser.storage.session.set({ [key(result.tabId)]: result, [INDEX_KEY]: entries });
  } catch {
    // Storage refused it all the same (another part of the extension filled it): the result stays in
    // memory, and the tab is read again if the worker restarts.
    delete entries[result.tabId];
  }
}

export async function dropResult(tabId: number): Promise<void> {
  results.delete(tabId);
  dropped.delete(tabId);
  const write = writes.then(async () => {
    index ??= loadIndex();
    const entries = await index;
    delete entries[tabId];
    await browser.storage.session.remove(key(tabId));
    await browser.storage.session.set({ [INDEX_KEY]: entries });
  });
  writes = write.catch(() => undefined);
  await write;
}
