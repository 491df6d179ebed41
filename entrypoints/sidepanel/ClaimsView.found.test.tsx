// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Match } from '@/lib';
import type { PanelData } from '@/messaging/protocol';
import { panelData } from '@/tests/e2e/panel-preview/fixture-data';
import { ClaimsView } from './ClaimsView';

// The header counts what was found (corroborated and diverging claims); related-only claims are
// counted apart, and a page with nothing found is told what the corpus covers.

const actions = {
  showOnPage: vi.fn(),
  openReport: vi.fn(),
  copy: vi.fn(),
  compareSelection: vi.fn(),
  runNow: vi.fn(),
  judge: vi.fn(),
};

function dataWith(matches: Match[]): PanelData {
  const page = panelData.tab.page!;
  return {
    ...panelData,
    tab: { ...panelData.tab, page: { ...page, comparison: { ...page.comparison, matches } } },
  };
}
const related = panelData.tab.page!.comparison.matches.map((m) => ({ ...m, relation: 'related' as const }));
const text = (selector: string) => document.querySelector(selector)?.textContent ?? null;
const show = (data: PanelData) =>
  render(<ClaimsView data={data} focus={null} actions={actions} />, document.body);

describe('what the header counts as found', () => {
  afterEach(() => render(null, document.body));

  it('counts related-only claims apart and says what the corpus covers when nothing was found', () => {
    show(dataWith(related));
    expect(text('.summary-line')).toBe('No claim of this page is in the other reports');
    expect(text('.summary-counts .relation-related')).toMatch(/^\d+ related only$/);
    expect(text('[data-coverage]')).toMatch(
      /^The bundled collection holds \d+ reports from \d+ known outlets, .+, on one story: “.+”\.$/,
    );
  });

  it('says what the corpus covers in the empty state', () => {
    show(dataWith([]));
    expect(text('[data-empty="no-matches"] .empty-detail')).toMatch(
      /^The bundled collection holds \d+ reports/,
    );
  });

  it('says what the bundled collection and the reader’s own collection cover, each apart', () => {
    const added = {
      id: 'src-ecuador',
      title: 'Ecuador seizes a port',
      outlet: 'El Universo',
      url: 'https://www.eluniverso.com/port',
      date: '2026-03-09',
      dateApproximate: false,
      language: 'es' as const,
      collection: 'My sources',
    };
    show({ ...dataWith([]), reports: [...panelData.reports, added] });
    expect(text('[data-empty="no-matches"] .empty-detail')).toMatch(
      /^The bundled collection holds \d+ reports [^.]+, on one story: “[^”]+”\. Your collection “My sources” holds 1 report, 9 Mar 2026\.$/,
    );
  });

  it('gives no coverage line when claims were found', () => {
    show(dataWith(panelData.tab.page!.comparison.matches));
    expect(document.querySelector('[data-coverage]')).toBeNull();
  });
});
