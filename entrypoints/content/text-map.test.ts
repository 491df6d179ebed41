// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTextMap, normalForm, TextMapBuilder, textWalker } from './text-map';

function page(html: string) {
  document.body.innerHTML = html;
  return buildTextMap(document.body, document);
}

describe('normalForm', () => {
  it.each([
    ['  Hello,\n World ', 'hello,world'],
    ['“Quoted” — dash', '"quoted"-dash'],
    ['soft\u00ADhyphen\u200B', 'softhyphen'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalForm(input)).toBe(expected);
  });
});

describe('buildTextMap.rangeOf', () => {
  it.each([
    ['one text node', '<p>First one. Second one here.</p>', 'Second one here.'],
    [
      'across inline elements',
      '<p>Petro said <b>12 bombings</b> took <a href="#">place</a>.</p>',
      'Petro said 12 bombings took place.',
    ],
    [
      'across a block boundary with no space in the DOM',
      '<p>Alpha ends.</p><p>Beta starts.</p>',
      'Beta starts.',
    ],
    ['with curly quotes extracted as curly', '<p>He said “no” to it.</p>', 'He said “no” to it.'],
    ['with whitespace collapsed by the extraction', '<p>Many    spaces\n   here.</p>', 'Many spaces here.'],
  ])('finds a sentence %s', (_name, html, sentence) => {
    const found = page(html).rangeOf(sentence);
    expect(found).not.toBeNull();
    expect(normalForm(found!.range.toString())).toBe(normalForm(sentence));
  });

  it('skips scripts and styles', () => {
    const map = page('<script>var secret = 1;</script><style>p{}</style><p>Visible text.</p>');
    expect(map.text).toBe('visibletext.');
  });

  it('finds a repeated sentence after the previous one when given where to start', () => {
    const map = page('<p>Same words.</p><p>Between.</p><p>Same words.</p>');
    const first = map.rangeOf('Same words.')!;
    const second = map.rangeOf('Same words.', first.end)!;
    expect(second.end).toBeGreaterThan(first.end);
  });

  it('anchors on both ends when a few characters in the middle differ', () => {
    const html =
      '<p>The Colombian military had conducted over 1,400 ground operations and numerous bombardments.</p>';
    const found = page(html).rangeOf(
      'The Colombian military had conducted over 1.400 ground operations and numerous bombardments.',
    );
    expect(found?.range.toString()).toContain('1,400');
  });

  it('returns null for text that is not on the page', () => {
    expect(page('<p>Something else entirely.</p>').rangeOf('Absent sentence here.')).toBeNull();
  });
});

describe('positions map back to the right characters', () => {
  it.each([
    [
      'tabs, no-break and thin spaces',
      '<p>a\u00a0b\tc\u2009d. Then\u200Bzero width.</p>',
      'Then zero width.',
    ],
    [
      'a soft hyphen inside a word',
      '<p>First. Extra\u00ADordinary claim here.</p>',
      'Extraordinary claim here.',
    ],
  ])('with %s', (_name, html, sentence) => {
    const found = page(html).rangeOf(sentence);
    expect(normalForm(found!.range.toString())).toBe(normalForm(sentence));
  });
});

describe('a map read in slices', () => {
  // 300 paragraphs: a slice with no time budget stops after its first 100 text nodes.
  const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>Paragraph number ${i} says its piece.</p>`);

  function builder(html: string) {
    document.body.innerHTML = html;
    return new TextMapBuilder(textWalker(document.body, document), document);
  }

  it('finds a sentence in the part read, and says "read on" for one further down', () => {
    const reading = builder(paragraphs.join(''));
    expect(reading.read(0)).toBe(false);
    const part = reading.map();
    expect(part.partial).toBe(true);
    expect(part.rangeOf('Paragraph number 12 says its piece.')?.range.toString()).toBe(
      'Paragraph number 12 says its piece.',
    );
    expect(part.rangeOf('Paragraph number 250 says its piece.')).toBeNull();
    while (!reading.read(0));
    const whole = reading.map();
    expect(whole.partial).toBe(false);
    expect(whole.rangeOf('Paragraph number 250 says its piece.')?.range.toString()).toBe(
      'Paragraph number 250 says its piece.',
    );
    // Read in slices or at once, the text is the same.
    expect(whole.text).toBe(buildTextMap(document.body, document).text);
  });

  it('answers on a part only what more text cannot change: an exact match from the cursor', () => {
    const long = 'The military had conducted over 1,400 ground operations and numerous bombardments.';
    const html = `<p>Same words again.</p><p>${long}</p>${paragraphs.join('')}<p>Same words again.</p>`;
    const altered = long.replace('1,400', '1.400');
    const reading = builder(html);
    reading.read(0);
    const part = reading.map();
    const first = part.rangeOf('Same words again.')!;
    // The later occurrence is not read yet; the whole map would not go back to the first one either.
    expect(part.rangeOf('Same words again.', first.end)).toBeNull();
    // Nor does it anchor on the two ends of a sentence whose middle differs, until all is read.
    expect(part.rangeOf(altered)).toBeNull();
    while (!reading.read(0));
    const whole = reading.map();
    expect(whole.rangeOf('Same words again.', first.end)!.end).toBeGreaterThan(first.end);
    expect(whole.rangeOf(altered)?.range.toString()).toBe(long);
  });
});
