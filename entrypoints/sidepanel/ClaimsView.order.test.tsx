// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { panelData } from '@/tests/e2e/panel-preview/fixture-data';
import { ClaimsView } from './ClaimsView';

const actions = {
  showOnPage: vi.fn(),
  openReport: vi.fn(),
  copy: vi.fn(),
  compareSelection: vi.fn(),
  runNow: vi.fn(),
  judge: vi.fn(),
};
const order = () =>
  [...document.querySelectorAll('[data-page-claims] .claim-card')].map((c) => [
    Number(c.getAttribute('data-claim')),
    /relation-(\w+)/.exec(c.className)![1],
  ]);

describe('the order of the claims', () => {
  afterEach(() => render(null, document.body));

  it('follows the page, or puts the diverging claims first when asked', async () => {
    render(<ClaimsView data={panelData} focus={null} actions={actions} />, document.body);
    const byPage = order();
    expect(byPage.map(([i]) => i)).toEqual([...byPage.map(([i]) => i)].sort((a, b) => Number(a) - Number(b)));
    const select = document.querySelector<HTMLSelectElement>('[data-claim-order]')!;
    await act(() => {
      select.value = 'diverging-first';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const relations = order().map(([, r]) => r);
    const firstOther = relations.findIndex((r) => r !== 'diverges');
    expect(relations.slice(0, firstOther).length).toBeGreaterThan(0);
    expect(relations.slice(firstOther)).not.toContain('diverges');
    expect(order()).toHaveLength(byPage.length);
  });
});
