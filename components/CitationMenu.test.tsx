// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportItem } from '@/wording/citation-item';
import { CitationMenu } from './CitationMenu';

const report = {
  id: '002_x.txt',
  title: 'Petro invites Trump',
  outlet: 'News.az',
  url: 'https://news.az/a',
  date: '2025-12-03',
  dateApproximate: false,
  language: 'en' as const,
};

describe('CitationMenu', () => {
  afterEach(() => render(null, document.body));

  it.each([
    ['apa', /^Petro invites Trump\. \(2025, December 3\)\. News\.az\. https:\/\/news\.az\/a$/],
    [
      'mla',
      /^“Petro invites Trump\.” News\.az, 3 Dec\. 2025, https:\/\/news\.az\/a\. Accessed \d+ \w+\.? \d{4}\.$/,
    ],
    ['bibtex', /^@article\{/],
    ['ris', /^TY {2}- NEWS\n[^]*\nT2 {2}- News\.az\n[^]*\nER {2}- $/],
    ['csl-json', /^\[\n {2}\{\n {4}"id": "002_x\.txt"/],
  ])('copies the citation in %s', async (style, expected) => {
    const onCopy = vi.fn();
    render(
      <CitationMenu item={() => reportItem(report, new Date())} onCopy={onCopy} label="Cite News.az" />,
      document.body,
    );
    document.querySelector<HTMLButtonElement>(`[data-cite-style="${style}"]`)!.click();
    await vi.waitFor(() => expect(onCopy).toHaveBeenCalledOnce(), { timeout: 10_000 });
    expect(onCopy.mock.calls[0]![0]).toMatch(expected);
  });
});
