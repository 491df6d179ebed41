// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PanelData } from '@/messaging/protocol';
import { panelData } from '@/tests/e2e/panel-preview/fixture-data';
import { App } from './App';
import type { PanelListener, PanelSource } from './panel-source';

// The panel against a mock of the background: it shows the current tab at once, follows tab
// switches (unless pinned with ?tab=ID) and result changes, and focuses a claim when asked.

function dataFor(tabId: number, title: string): PanelData {
  const page = panelData.tab.page!;
  return {
    ...panelData,
    tab: {
      ...panelData.tab,
      tabId,
      page: { ...page, comparison: { ...page.comparison, page: { ...page.comparison.page, title } } },
    },
  };
}

function mockSource(pinned: boolean) {
  let listener: PanelListener | null = null;
  const titles = new Map([
    [1, 'First tab'],
    [2, 'Second tab'],
  ]);
  const source: PanelSource = {
    pinned,
    initialTabId: async () => 1,
    getTab: vi.fn(async (tabId: number) => dataFor(tabId, titles.get(tabId) ?? '?')),
    getReport: vi.fn(),
    showOnPage: vi.fn(async () => true),
    compareSelection: vi.fn(),
    runNow: vi.fn(),
    copy: vi.fn(async () => undefined),
    judge: vi.fn(async () => undefined),
    subscribe(l) {
      listener = l;
      return () => (listener = null);
    },
  };
  return { source, titles, emit: () => listener! };
}

/** Lets the panel's promises, renders and effects settle (Preact runs effects after the next frame). */
async function flush() {
  for (let i = 0; i < 4; i++) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 120)));
}
const title = () => document.querySelector('h1')?.textContent;

describe('the side panel app', () => {
  afterEach(() => render(null, document.body));

  it('shows the current tab as soon as it opens, and follows a switch to another tab', async () => {
    const { source, emit } = mockSource(false);
    render(<App source={source} />, document.body);
    await flush();
    expect(title()).toBe('First tab');
    await act(() => emit().activeTabChanged(2));
    await flush();
    expect(title()).toBe('Second tab');
    expect(source.getTab).toHaveBeenLastCalledWith(2);
  });

  it('stays on its tab when pinned with ?tab=ID', async () => {
    const { source, emit } = mockSource(true);
    render(<App source={source} />, document.body);
    await flush();
    await act(() => emit().activeTabChanged(2));
    await flush();
    expect(title()).toBe('First tab');
  });

  it('asks again when the tab’s results change', async () => {
    const { source, titles, emit } = mockSource(false);
    render(<App source={source} />, document.body);
    await flush();
    titles.set(1, 'First tab, new article');
    await act(() => emit().tabChanged(1));
    await flush();
    expect(title()).toBe('First tab, new article');
  });

  it('focuses the card of a claim clicked on the page, and scrolls the page from a card', async () => {
    const { source, emit } = mockSource(false);
    Element.prototype.scrollIntoView = vi.fn();
    render(<App source={source} />, document.body);
    await flush();
    await act(() => emit().focusClaim(1, 2));
    await flush();
    const card = document.querySelector('[data-claim="2"]')!;
    expect(card.classList.contains('focused')).toBe(true);
    expect(document.activeElement).toBe(card);
    await act(() => (card.querySelector('.page-sentence') as HTMLButtonElement).click());
    expect(source.showOnPage).toHaveBeenCalledWith(1, 2);
  });
});
