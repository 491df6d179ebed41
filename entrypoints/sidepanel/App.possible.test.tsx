// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Match } from '@/lib';
import type { PanelData } from '@/messaging/protocol';
import { panelData } from '@/tests/e2e/panel-preview/fixture-data';
import { App } from './App';
import type { PanelSource } from './panel-source';

// Possible versions in the panel against a mock of the background: folded under their claim, shown
// in place of "not in the corpus" for a sentence that has nothing else, never counted, and each
// judged with a button that hands the pair to the source.

const page = panelData.tab.page!;
const weather = page.sentences[3]!;
const onlyPossible: Match = {
  pageSentence: weather,
  pageIndex: 3,
  report: '000_980210ca50d3e85a.txt',
  reportSentence: 'Bogotá had a mild, dry Tuesday, the weather service said.',
  reportIndex: 12,
  relation: 'possible',
  score: 0.14,
  differences: [],
  shared: { words: ['mild'], names: ['Bogotá'], figures: [] },
};
const selected = 'Bogotá had a mild Tuesday.';
const data: PanelData = {
  ...panelData,
  tab: {
    ...panelData.tab,
    page: {
      ...page,
      comparison: { ...page.comparison, matches: [...page.comparison.matches, onlyPossible] },
    },
    // A fact-checker's selection that no report states closely: its possible versions, open.
    selection: {
      text: selected,
      sentences: [selected],
      comparison: {
        page: { ...page.comparison.page, sentences: 1 },
        matches: [{ ...onlyPossible, pageSentence: selected, pageIndex: 0 }],
      },
    },
  },
};

function mount() {
  const source: PanelSource = {
    pinned: true,
    initialTabId: async () => 1,
    getTab: async () => data,
    getReport: vi.fn(),
    showOnPage: async () => true,
    compareSelection: vi.fn(),
    runNow: vi.fn(),
    copy: async () => undefined,
    judge: vi.fn(async () => undefined),
    subscribe: () => () => undefined,
  };
  render(<App source={source} />, document.body);
  return source;
}

async function flush() {
  for (let i = 0; i < 3; i++) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 60)));
}
const $ = (selector: string) => document.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];

describe('possible versions in the side panel', () => {
  afterEach(() => render(null, document.body));

  it('folds them under their claim card, after its versions', async () => {
    mount();
    await flush();
    const card = $('[data-page-claims] [data-claim="0"]')!;
    const section = card.querySelector<HTMLDetailsElement>('details[data-possible-section]')!;
    expect(section.open).toBe(false);
    const item = section.querySelector<HTMLElement>('[data-match][data-relation="possible"]')!;
    expect(item.querySelector('[data-report-sentence]')?.textContent).toContain('for himself');
    expect(item.querySelector('[data-page-sentence]')?.textContent).toBe(page.sentences[0]);
    const ranks = [...card.querySelectorAll<HTMLElement>('[data-match]')].map((m) => Number(m.dataset.rank));
    expect(Number(item.dataset.rank)).toBe(Math.max(...ranks));
  });

  it('shows a sentence with only possible versions in place of "not in the corpus", uncounted', async () => {
    mount();
    await flush();
    const folded = $('[data-page-possible] details[data-possible-claims]') as HTMLDetailsElement;
    expect(folded.open).toBe(false);
    expect(folded.querySelector('summary')?.textContent).toBe('1 sentence possibly in other reports');
    const offered = folded.querySelector<HTMLElement>('[data-claim="3"]')!;
    expect(offered.querySelector('.page-sentence')?.textContent).toBe(weather);
    expect(offered.querySelectorAll('[data-relation="possible"]')).toHaveLength(1);
    expect($$('[data-unmatched-sentence]').map((li) => li.textContent)).not.toContain(weather);
    // The header counts the three claims the engine states, not the offered one.
    expect($('.summary-line')?.textContent).toMatch(/^3 claims/);
    expect($$('[data-page-claims] [data-claim]')).toHaveLength(3);
  });

  it('shows a selection’s possible versions open, instead of "no match"', async () => {
    mount();
    await flush();
    const selection = $('[data-selection]')!;
    expect(selection.textContent).not.toContain('None of the selected sentences');
    const section = selection.querySelector('section[data-possible-claims]')!;
    expect(section.querySelector('.page-sentence')?.textContent).toBe(selected);
    expect(
      section.querySelectorAll('[data-relation="possible"] [data-action="confirm-version"]'),
    ).toHaveLength(1);
    expect(selection.querySelectorAll('[data-unmatched-sentence]')).toHaveLength(0);
  });

  it.each([
    [
      'Same claim',
      '[data-relation="possible"] [data-action="confirm-version"]',
      'confirmed',
      'Marked as the same claim',
    ],
    [
      'Not the same',
      '[data-relation="possible"] [data-action="reject-version"]',
      'rejected',
      'Hidden: not the same claim',
    ],
    [
      'This match is wrong',
      '[data-relation="corroborates"] [data-action="hide-version"]',
      'rejected',
      'Hidden: not the same claim',
    ],
  ])('hands the pair to the source when "%s" is pressed', async (_name, selector, judgement, notice) => {
    const source = mount();
    await flush();
    const button = $(`[data-page-claims] [data-claim="0"] ${selector}`)!;
    const item = button.closest<HTMLElement>('[data-match]')!;
    await act(() => button.click());
    await flush();
    expect(source.judge).toHaveBeenCalledWith(
      expect.objectContaining({
        pageSentence: page.sentences[0],
        report: item.dataset.report,
        reportSentence: item.querySelector('[data-report-sentence]')!.textContent,
      }),
      judgement,
    );
    expect($('.notice')?.textContent).toBe(notice);
  });

  it('offers the wrong-match control on stated versions only, the two judgements on possible ones only', async () => {
    mount();
    await flush();
    expect($$('[data-relation="possible"] [data-action="hide-version"]')).toHaveLength(0);
    expect($$('[data-relation="corroborates"] [data-action="confirm-version"]')).toHaveLength(0);
  });
});
