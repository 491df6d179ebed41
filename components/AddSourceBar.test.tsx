// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AddedSource } from '@/lib';
import { AddSourceBar } from './AddSourceBar';

// The panel's "Add this page to my sources": the button, then the added note (data-source-added) with
// what was read from the page, to correct and save.

const added: AddedSource = {
  id: 'src-0123456789abcdef',
  collectionName: 'My sources',
  updated: false,
  meta: { outlet: 'Millbrook Courier', title: 'Ash River floods', date: '2026-03-09', url: null },
};
const $ = (selector: string) => document.querySelector(selector);

describe('the add-source bar', () => {
  afterEach(() => render(null, document.body));

  it.each([
    ['before adding, a button that adds', null, 'button[data-action="add-source"]'],
    ['after adding, the note with the new source’s id', added, `[data-source-added="${added.id}"]`],
  ])('shows %s', (_name, state, selector) => {
    render(<AddSourceBar added={state} busy={false} onAdd={vi.fn()} onSave={vi.fn()} />, document.body);
    expect($(selector)).not.toBeNull();
  });

  it('says when the page was already a source and was updated', () => {
    render(
      <AddSourceBar added={{ ...added, updated: true }} busy={false} onAdd={vi.fn()} onSave={vi.fn()} />,
      document.body,
    );
    expect($('[data-source-added] [role="status"]')?.textContent).toBe('Already in My sources: updated.');
  });

  it('saves the details as corrected, an emptied field as unknown', async () => {
    const onSave = vi.fn();
    render(<AddSourceBar added={added} busy={false} onAdd={vi.fn()} onSave={onSave} />, document.body);
    const outlet = $('input[name="outlet"]') as HTMLInputElement;
    const date = $('input[name="date"]') as HTMLInputElement;
    expect(outlet.value).toBe('Millbrook Courier');
    await act(() => {
      outlet.value = 'The Millbrook Courier';
      outlet.dispatchEvent(new Event('input', { bubbles: true }));
      date.value = '';
      date.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => ($('form.source-meta') as HTMLFormElement).requestSubmit());
    expect(onSave).toHaveBeenCalledWith(added.id, {
      ...added.meta,
      outlet: 'The Millbrook Courier',
      date: null,
    });
  });
});
