// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { WhyThisMatch } from './WhyThisMatch';

describe('WhyThisMatch', () => {
  afterEach(() => render(null, document.body));

  it('lists a compatible but different figure apart from the shared ones', () => {
    render(
      <WhyThisMatch
        score={0.6}
        shared={{
          words: ['combates'],
          names: [],
          figures: [],
          compatible: [{ page: 'más de 1.496 combates', report: 'over 1,446 ground battles' }],
        }}
      />,
      document.body,
    );
    const lists = [...document.querySelectorAll('ul.chips')].map((ul) => [
      ul.getAttribute('aria-label'),
      [...ul.querySelectorAll('li')].map((li) => li.textContent),
    ]);
    expect(lists).toEqual([
      ['Compatible figures, not equal', ['más de 1.496 combates ≈ over 1,446 ground battles']],
      ['Words', ['combates']],
    ]);
  });
});
