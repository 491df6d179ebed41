// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FilterBar } from './FilterBar';

describe('FilterBar', () => {
  afterEach(() => render(null, document.body));

  it.each([
    [0, true],
    [2, false],
  ])('with %i diverging claims, "Diverging only" is disabled: %s', (diverging, disabled) => {
    render(
      <FilterBar value="all" total={5} diverging={diverging} onChange={() => undefined} />,
      document.body,
    );
    const input = document.querySelector<HTMLInputElement>('input[value="diverges"]')!;
    expect(input.disabled).toBe(disabled);
  });
});
