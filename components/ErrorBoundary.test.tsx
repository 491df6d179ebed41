// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

// A panel that cannot render its results shows a message and "Check again", never a blank page.

let broken = true;
function Results() {
  if (broken) throw new Error('Cannot read properties of undefined (reading "matches")');
  return <p data-results>Fresh results</p>;
}

async function flush() {
  for (let i = 0; i < 3; i++) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));
}

describe('ErrorBoundary', () => {
  afterEach(() => {
    render(null, document.body);
    broken = true;
  });

  it('shows the error with a re-check instead of a blank panel, and renders again after it', async () => {
    const recheck = vi.fn(async () => {
      broken = false; // the page was read again: the new result renders
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await act(() =>
      render(
        <ErrorBoundary onRecheck={recheck}>
          <Results />
        </ErrorBoundary>,
        document.body,
      ),
    );
    const alert = document.querySelector('[data-empty="boundary"]');
    expect(alert?.textContent).toContain('The panel could not show these results');
    expect(alert?.textContent).toContain('reading "matches"');
    await act(() => document.querySelector('button')!.click());
    await flush();
    expect(recheck).toHaveBeenCalledOnce();
    expect(document.querySelector('[data-results]')?.textContent).toBe('Fresh results');
    expect(document.querySelector('[data-empty="boundary"]')).toBeNull();
  });

  it('renders its children untouched when nothing fails', async () => {
    broken = false;
    await act(() =>
      render(
        <ErrorBoundary onRecheck={async () => undefined}>
          <Results />
        </ErrorBoundary>,
        document.body,
      ),
    );
    expect(document.body.innerHTML).toBe('<p data-results="true">Fresh results</p>');
  });
});
