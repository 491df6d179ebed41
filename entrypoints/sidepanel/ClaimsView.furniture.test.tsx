// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PanelData } from '@/messaging/protocol';
import { panelData } from '@/tests/e2e/panel-preview/fixture-data';
import { ClaimsView } from './ClaimsView';

// A site's furniture ("Advertisement", "Publicidad") is not an article sentence: it is never
// listed as "not in the corpus".

const actions = {
  showOnPage: vi.fn(),
  openReport: vi.fn(),
  copy: vi.fn(),
  compareSelection: vi.fn(),
  runNow: vi.fn(),
  judge: vi.fn(),
};

const furniture = [
  'Advertisement',
  'Anuncio',
  'Publicidad',
  'Sponsored',
  'Story continues below advertisement',
];

function withFurniture(): PanelData {
  const page = panelData.tab.page!;
  return {
    ...panelData,
    tab: { ...panelData.tab, page: { ...page, sentences: [...page.sentences, ...furniture] } },
  };
}

describe('the not-in-the-corpus list', () => {
  afterEach(() => render(null, document.body));

  it('leaves out a site’s advertisement labels', () => {
    render(<ClaimsView data={withFurniture()} focus={null} actions={actions} />, document.body);
    const listed = [...document.querySelectorAll('[data-unmatched-sentence]')].map((li) => li.textContent);
    for (const label of furniture) expect(listed).not.toContain(label);
  });
});
