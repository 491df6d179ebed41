import { browser, type Browser } from '#imports';
import type { AddedSource, PreparedReport, ReportMeta, SourceMetaEdit } from '@/lib';
import type { Comparison, Relation } from '@/lib';

// The one message protocol between the content script, the background and the extension pages.
// Each side declares its handlers as an interface below; `serve` takes an object implementing it and
// `send*` are typed from the same interface, so a payload type is written exactly once. Payloads
// are plain JSON. Dispatch is a property lookup on the handler object, never a switch.

/** The most of a page's HTML the content script sends and the background reads (characters). */
export const MAX_PAGE_HTML = 8 * 1024 * 1024;

/**
 * A long page's HTML goes in parts of at most this many characters (pagePart, then comparePage with
 * the last): one message of megabytes holds the browser's message route, and every other tab's
 * request behind it, for hundreds of milliseconds; each part is a short step.
 */
export const PAGE_PART_LENGTH = 256 * 1024;

/** What the content script sends for an article page. */
export interface PageInput {
  /** The page's serialised DOM (its last part): the background extracts the article from it, off the page's thread. */
  html: string;
  /** How many parts came before this one (pagePart); none for a short page. */
  parts?: number;
}

/** One highlighted page sentence: its strongest relation and the line shown on hover. */
export interface ClaimMark {
  pageIndex: number;
  /** The page sentence, to find on the page. */
  sentence: string;
  relation: Relation;
  summary: string;
}

/**
 * Why a tab has (or has no) results. `asking` = Crosscheck runs on this site only when asked;
 * `framed` = the article is in a frame from another site, which no script of the page can read;
 * `other-language` = the article is in a language Crosscheck does not read (not English or Spanish).
 */
export type TabStatus =
  'pending' | 'article' | 'no-article' | 'disabled' | 'asking' | 'error' | 'framed' | 'other-language';

/** The statuses a content script may report for a page without results. */
export const NO_ARTICLE_STATUSES = ['no-article', 'disabled', 'asking', 'framed', 'other-language'] as const;
export type NoArticleStatus = (typeof NO_ARTICLE_STATUSES)[number];

/** A comparison with the sentences it was made from (unmatched ones are shown as "not in the corpus"). */
export interface Checked {
  sentences: string[];
  comparison: Comparison;
}

export interface SelectionResult extends Checked {
  text: string;
}

/** Everything the panel and the popup show for one tab. */
export interface TabResult {
  tabId: number;
  url: string | null;
  status: TabStatus;
  page: Checked | null;
  selection: SelectionResult | null;
  error: string | null;
}

export interface PanelData {
  tab: TabResult;
  reports: ReportMeta[];
}

/** Handlers living in the background. `sender` is filled in by the transport, never by the caller. */
export interface BackgroundApi {
  /** From the content script: compare this tab's article. Returns the marks to highlight (none without an article). */
  comparePage(input: PageInput, sender: Browser.runtime.MessageSender): Promise<ClaimMark[]>;
  /** From the content script: one part of a long page's HTML, in order (index 0 starts a page). */
  pagePart(input: { index: number; part: string }, sender: Browser.runtime.MessageSender): Promise<void>;
  /** From the content script: this tab shows no article (or Crosscheck is off here). */
  reportNoArticle(
    input: { url: string; status: NoArticleStatus },
    sender: Browser.runtime.MessageSender,
  ): Promise<void>;
  /** From the content script: the reader clicked a highlight; open the panel at that claim. */
  openClaim(input: { pageIndex: number }, sender: Browser.runtime.MessageSender): Promise<void>;
  /** From an extension page: the results of one tab, with the corpus's report metadata. */
  getTab(input: { tabId: number }, sender: Browser.runtime.MessageSender): Promise<PanelData>;
  /** From an extension page: compare what is selected in that tab (same path as the context menu). */
  compareSelection(input: { tabId: number }, sender: Browser.runtime.MessageSender): Promise<TabResult>;
  /** From an extension page: the bundled corpus's reports. */
  listReports(input: Record<string, never>, sender: Browser.runtime.MessageSender): Promise<ReportMeta[]>;
  /** From an extension page: one report with its full text, for the report view. */
  getReport(input: { id: string }, sender: Browser.runtime.MessageSender): Promise<PreparedReport>;
  /** From an extension page: add the article of that tab to the reader's own sources (updated when known). */
  addPageSource(input: { tabId: number }, sender: Browser.runtime.MessageSender): Promise<AddedSource>;
  /** From an extension page: edit a source's metadata (outlet, title, date, address). */
  updateSource(
    input: { id: string; meta: SourceMetaEdit },
    sender: Browser.runtime.MessageSender,
  ): Promise<void>;
  /** From an extension page: the stored sources changed; reload them and compare open pages again. */
  sourcesChanged(input: Record<string, never>, sender: Browser.runtime.MessageSender): Promise<void>;
  /** From an extension page: how the sources were loaded (for the options page and tests). */
  sourcesStatus(input: Record<string, never>, sender: Browser.runtime.MessageSender): Promise<SourcesStatus>;
}

export type { AddedSource, SourceMetaEdit };

export interface SourcesStatus {
  /** Sources in the loaded corpus (active collections only). */
  loaded: number;
  /** Milliseconds the last load of the corpus with the stored sources took. */
  loadMs: number;
  /** Texts prepared by this background since it started (0 after a restart: the prepared data is read). */
  preparedSinceStart: number;
  /** Whether the last load read the stored snapshot (false on a profile's first start). */
  fromSnapshot: boolean;
}

/** Handlers living in the content script of one tab. */
export interface ContentApi {
  /** Scroll the page to a claim and flash it. False when the sentence could not be found on the page. */
  scrollToClaim(input: { pageIndex: number }): Promise<boolean>;
  /** The text currently selected in the page (empty when none). */
  getSelectionText(input: Record<string, never>): Promise<string>;
  /**
   * The keyboard's way to a highlight (the shortcut): show the next highlighted sentence's hover card,
   * its button focused. False when the page has no highlight.
   */
  showNextClaim(input: Record<string, never>): Promise<boolean>;
  /** Answers while the same document is shown: tells a single-page address change from a navigation. */
  ping(input: Record<string, never>): Promise<true>;
  /** Run on this page now, whatever the settings say ("Crosscheck this page"). */
  runNow(input: Record<string, never>): Promise<void>;
  /**
   * Read the page again as if it had just loaded: its stored results were dropped or unreadable, or
   * the reader's sources changed.
   */
  recheck(input: Record<string, never>): Promise<void>;
}

/** Notifications from the background to the extension pages (side panel, popup). */
export interface PanelApi {
  /** A tab's results changed: ask again with getTab. */
  tabChanged(input: { tabId: number }): Promise<void>;
  /** Show this claim's card (a highlight was clicked). */
  focusClaim(input: { tabId: number; pageIndex: number }): Promise<void>;
}

type Channel = 'background' | 'content' | 'panel';
type Input<F> = F extends (input: infer I, ...rest: never[]) => unknown ? I : never;
type Output<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never;
interface Envelope {
  crosscheck: Channel;
  name: string;
  input: unknown;
}
type Reply = { ok: true; value: unknown } | { ok: false; error: string };

function isEnvelope(message: unknown, channel: Channel): message is Envelope {
  return typeof message === 'object' && message !== null && (message as Envelope).crosscheck === channel;
}

function unwrap(reply: unknown, name: string): unknown {
  if (typeof reply !== 'object' || reply === null) throw new Error(`Crosscheck: no answer to "${name}".`);
  const r = reply as Reply;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

interface Apis {
  background: BackgroundApi;
  content: ContentApi;
  panel: PanelApi;
}

/** Answers messages of one channel with its handlers; unknown names are left to other listeners. */
export function serve<C extends Channel>(channel: C, handlers: Apis[C]): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: Reply) => void) => {
    if (!isEnvelope(message, channel)) return undefined;
    if (!Object.hasOwn(handlers, message.name)) return undefined;
    const handler = (handlers as unknown as Record<string, unknown>)[message.name] as (
      input: unknown,
      s: typeof sender,
    ) => unknown;
    Promise.resolve()
      .then(() => handler.call(handlers, message.input, sender))
      .then(
        (value) => sendResponse({ ok: true, value: value ?? null }),
        (error: unknown) =>
          sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    return true; // keeps the channel open for the asynchronous answer
  });
}

export async function sendToBackground<K extends keyof BackgroundApi>(
  name: K,
  input: Input<BackgroundApi[K]>,
): Promise<Output<BackgroundApi[K]>> {
  const envelope: Envelope = { crosscheck: 'background', name, input };
  return unwrap(await browser.runtime.sendMessage(envelope), name) as Output<BackgroundApi[K]>;
}

export async function sendToContent<K extends keyof ContentApi>(
  tabId: number,
  name: K,
  input: Input<ContentApi[K]>,
): Promise<Output<ContentApi[K]>> {
  const envelope: Envelope = { crosscheck: 'content', name, input };
  return unwrap(await browser.tabs.sendMessage(tabId, envelope), name) as Output<ContentApi[K]>;
}

/** Notifies open extension pages; having none open is normal, so a missing receiver is ignored. */
export async function notifyPanels<K extends keyof PanelApi>(
  name: K,
  input: Input<PanelApi[K]>,
): Promise<void> {
  const envelope: Envelope = { crosscheck: 'panel', name, input };
  try {
    await browser.runtime.sendMessage(envelope);
  } catch {
    // "Receiving end does not exist": no panel is open.
  }
}
