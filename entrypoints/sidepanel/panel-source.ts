import type { PreparedReport } from '@/lib';
import type { PanelData, TabResult } from '@/messaging/protocol';
import type { Judgement } from '@/components/VersionItem';
import type { Pair } from '@/settings/decision-list';
import type { AddedSource, SourceMetaEdit } from '@/messaging/protocol';

/**
 * Everything the side panel needs from the rest of the extension. The real one talks to the
 * background and the tab (messaging-source.ts); tests/e2e/panel-preview has a mock with fixture data so
 * the panel can be rendered and looked at without the extension.
 */
export interface PanelSource {
  /** The tab to show: `?tab=ID` when given, else the active tab of this window. */
  initialTabId(): Promise<number | null>;
  /** True when the panel is pinned to one tab by `?tab=ID` and must not follow tab switches. */
  readonly pinned: boolean;
  getTab(tabId: number): Promise<PanelData>;
  getReport(id: string): Promise<PreparedReport>;
  showOnPage(tabId: number, pageIndex: number): Promise<boolean>;
  compareSelection(tabId: number): Promise<TabResult>;
  runNow(tabId: number): Promise<void>;
  copy(text: string): Promise<void>;
  /** Keeps the reader's judgement on a pair (same claim, or not) for every page where it meets again. */
  judge(pair: Pair, judgement: Judgement): Promise<void>;
  /** Adds the tab's article to the reader's own sources (absent in the preview's mock). */
  addSource?(tabId: number): Promise<AddedSource>;
  updateSource?(id: string, meta: SourceMetaEdit): Promise<void>;
  subscribe(listener: PanelListener): () => void;
}

export interface PanelListener {
  tabChanged(tabId: number): void;
  focusClaim(tabId: number, pageIndex: number): void;
  /** The reader switched to another tab (ignored when pinned). */
  activeTabChanged(tabId: number): void;
}
