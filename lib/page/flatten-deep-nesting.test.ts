import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../scripts/html-document';
import { flattenDeepNesting } from './flatten-deep-nesting';

const body = (html: string) => htmlDocument(`<!doctype html><html><body>${html}</body></html>`).body;

describe('flattenDeepNesting', () => {
  it.each([
    ['leaves a tree within the limit as it is', '<div><p>One <b>two</b></p><p>three</p></div>', 3, 0],
    ['leaves leaves at the limit as they are', '<div><div><p>One</p></div></div>', 2, 0],
    [
      'unwraps what nests past the limit, keeping text and innermost elements in order',
      '<div><div><div><p>One <b>two</b></p>three<div><p>four</p></div></div></div></div>',
      1,
      1,
    ],
  ])('%s', (_name, html, max, expected) => {
    const root = body(html);
    const text = root.textContent;
    expect(flattenDeepNesting(root, max)).toBe(expected);
    expect(root.textContent).toBe(text);
  });

  it('brings a 20,000-deep page within the limit without overflowing the stack', () => {
    const root = body(`${'<div>'.repeat(20_000)}<p>deep</p>${'</div>'.repeat(20_000)}`);
    flattenDeepNesting(root, 5);
    let depth = 0;
    for (let el: Element | null = root; el; el = el.firstElementChild) depth++;
    expect(depth).toBeLessThanOrEqual(7);
    expect(root.textContent).toBe('deep');
  }, 15_000);
});
