// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PanelData, SelectionResult } from '@/messaging/protocol';
import { panelData } from '@/tests/e2e/panel-preview/fixture-data';
import { ClaimsView } from './ClaimsView';

// A page about another story: the panel says so instead of "no claim found", and a selection the
// reader compared all the same is shown with a line saying why it was compared.

const actions = {
  showOnPage: vi.fn(),
  openReport: vi.fn(),
  copy: vi.fn(),
  compareSelection: vi.fn(),
  runNow: vi.fn(),
  judge: vi.fn(async () => undefined),
};

function dataFor(offStory: boolean, selection: SelectionResult | null): PanelData {
  const page = panelData.tab.page!;
  const comparison = { ...page.comparison, page: { ...page.comparison.page, offStory }, matches: [] };
  return { ...panelData, tab: { ...panelData.tab, page: { ...page, comparison }, selection } };
}

const selection: SelectionResult = {
  text: 'Police seized nine tonnes of cocaine.',
  sentences: ['Police seized nine tonnes of cocaine.'],
  comparison: {
    page: { title: null, sentences: 1, self: null, language: 'en', offStory: false },
    matches: panelData.tab.page!.comparison.matches.slice(0, 1),
  },
};

const show = (data: PanelData) =>
  render(<ClaimsView data={data} focus={null} actions={actions} />, document.body);
const text = (selector: string) => document.querySelector(selector)?.textContent ?? null;

describe('the claims view of a page about another story', () => {
  afterEach(() => render(null, document.body));

  it.each([
    ['about another story', true, 'off-story'],
    ['about the story, with no claim found', false, 'no-matches'],
  ])('shows the empty state of a page %s', (_, offStory, kind) => {
    show(dataFor(offStory, null));
    expect(document.querySelector('[data-empty]')?.getAttribute('data-empty')).toBe(kind);
  });

  it('says the page does not seem to be about the stories in the corpus', () => {
    show(dataFor(true, null));
    expect(text('[data-empty="off-story"] h2')).toBe(
      'This page does not seem to be about the stories in the corpus',
    );
  });

  it.each([
    ['about another story', true, 'was compared as you asked'],
    ['about the story', false, null],
  ])('shows a selection on a page %s with its versions and the right note', (_, offStory, note) => {
    show(dataFor(offStory, selection));
    expect(document.querySelectorAll('[data-selection] [data-match]').length).toBeGreaterThan(0);
    const line = text('[data-selection-off-story]');
    if (note === null) expect(line).toBeNull();
    else expect(line).toContain(note);
  });
});
