// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { formatMessage, type Messages } from '@/wording/i18n';
import { panelData, reports } from '@/tests/e2e/panel-preview/fixture-data';
import { App } from './App';
import type { PanelSource } from './panel-source';

// The side panel in a Spanish browser: every interface word comes from the Spanish file, none of the
// English ones is left (report texts, outlets and quoted sentences are data and stay as they are).

const source: PanelSource = {
  pinned: true,
  initialTabId: async () => 1,
  getTab: async () => panelData,
  getReport: vi.fn(),
  showOnPage: async () => true,
  compareSelection: vi.fn(),
  runNow: vi.fn(),
  copy: async () => undefined,
  judge: async () => undefined,
  subscribe: () => () => undefined,
};

/** Pieces of English interface text: each message's words between its placeholders. */
function englishPieces(): string[] {
  const english = en as Messages;
  const spanish = es as Messages;
  return Object.keys(english)
    .filter((key) => english[key]!.message !== spanish[key]!.message && key !== 'htmlLang')
    .flatMap((key) => english[key]!.message.split(/\$[A-Za-z_]+\$/))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 8);
}

/** Everything the reader sees or hears: text, titles and accessible labels. */
function shown(): string {
  const labels = [...document.querySelectorAll('[title], [aria-label]')].map(
    (el) => `${el.getAttribute('title') ?? ''} ${el.getAttribute('aria-label') ?? ''}`,
  );
  return [document.body.textContent ?? '', ...labels].join('\n');
}

describe('the side panel in Spanish', () => {
  beforeEach(() => {
    vi.stubGlobal('chrome', {
      i18n: { getMessage: (key: string, subs?: string[]) => formatMessage(es, key, subs) },
    });
  });
  afterEach(() => {
    render(null, document.body);
    vi.unstubAllGlobals();
  });

  it('shows the claims with Spanish labels and no English interface text', async () => {
    render(<App source={source} />, document.body);
    for (let i = 0; i < 4; i++) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));
    for (const details of document.querySelectorAll('details')) details.open = true;
    const text = shown();
    expect(text).toContain('Difiere');
    expect(text).toContain('Otras noticias');
    expect(text).toContain(reports[2]!.outlet!);
    expect(englishPieces().filter((piece) => text.includes(piece))).toEqual([]);
  });
});
