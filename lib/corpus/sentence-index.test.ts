import { describe, expect, it } from 'vitest';
import { SentenceIndex } from './sentence-index';

function indexOf(sentences: string[][]): SentenceIndex {
  const index = new SentenceIndex();
  for (const keys of sentences) index.addSentence(keys.map((k) => index.termId(k)));
  index.build();
  return index;
}

const visited = (index: SentenceIndex, key: string) => {
  const out: number[] = [];
  const id = index.lookup(key);
  if (id !== undefined) index.forEachSentence(id, (s) => out.push(s));
  return out;
};

describe('SentenceIndex', () => {
  it('lists the sentences of each key', () => {
    const index = indexOf([['invit', '@trump'], ['seizur', '@trump'], ['invit']]);
    expect(visited(index, 'invit')).toEqual([0, 2]);
    expect(visited(index, '@trump')).toEqual([0, 1]);
    expect(index.documentFrequency(index.lookup('seizur')!)).toBe(1);
  });

  it('adds sentences after the build without rebuilding', () => {
    const index = indexOf([['invit'], ['seizur']]);
    const added = index.addSentence([index.termId('invit'), index.termId('vessel')]);
    expect(added).toBe(2);
    expect(visited(index, 'invit')).toEqual([0, 2]);
    expect(visited(index, 'vessel')).toEqual([2]);
    expect(index.documentFrequency(index.lookup('invit')!)).toBe(2);
  });

  it("lays every sentence's terms out in one flat array, added sentences too", () => {
    const index = indexOf([['invit', 'trump'], ['seizur']]);
    index.addSentence([index.termId('vessel'), index.termId('invit')]);
    const flat = (s: number) =>
      [...index.allSentenceTerms.slice(index.termsStart(s), index.termsStart(s + 1))].map((t) =>
        index.term(t),
      );
    expect([0, 1, 2].map(flat)).toEqual([['invit', 'trump'], ['seizur'], ['vessel', 'invit']]);
  });

  it('counts a key once per sentence', () => {
    const index = indexOf([['cocain', 'cocain', 'cocain']]);
    expect(visited(index, 'cocain')).toEqual([0]);
    expect([...index.sentenceTerms(0)]).toEqual([index.lookup('cocain')]);
  });
});
