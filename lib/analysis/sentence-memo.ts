/**
 * What a check reads from one sentence, kept for the next pair: a corpus sentence meets many page
 * sentences, and reading it again for each is most of a check's cost. Bounded: past `limit`
 * sentences the memo starts afresh, so a long reading session cannot grow it without end.
 */
export class SentenceMemo<T> {
  private readonly known = new Map<string, T>();

  constructor(
    private readonly read: (sentence: string) => T,
    private readonly limit = 5_000,
  ) {}

  get(sentence: string): T {
    let value = this.known.get(sentence);
    if (value === undefined) {
      if (this.known.size >= this.limit) this.known.clear();
      value = this.read(sentence);
      this.known.set(sentence, value);
    }
    return value;
  }
}
