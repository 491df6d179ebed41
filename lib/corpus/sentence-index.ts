/**
 * The inverted index of corpus sentences: for each term, the sentences that contain it.
 *
 * Built once from the prepared corpus into flat typed arrays (compressed-row layout: one array of
 * sentence ids, one of offsets per term), so 10,000 reports fit in a few megabytes and a lookup
 * touches only the postings of the page's terms. Sentences added later (a user's own reports) go
 * to a small growable side table that lookups merge in, so adding a report never rebuilds the
 * main arrays.
 */
export class SentenceIndex {
  private readonly vocabulary = new Map<string, number>();
  private readonly termsOf: string[] = [];
  /** Term ids of every sentence, flat, with sentence boundaries in `sentenceStart`. */
  private sentenceTermIds = new Uint32Array(1024);
  private sentenceStart = new Uint32Array(64);
  private termCount = 0;
  private sentenceCount = 0;
  /** Main postings: ids of the sentences of term t are postings[postingStart[t] .. postingStart[t + 1]). */
  private postings = new Uint32Array(0);
  private postingStart = new Uint32Array(1);
  private built = false;
  private readonly addedPostings = new Map<number, number[]>();

  private readonly commonRanks = new Map<string, number>();

  /**
   * @param vocabulary the keys, in id order, of a prepared corpus.
   * @param commonStems English stems, most frequent first, for the commonness prior of key weights.
   */
  constructor(vocabulary: readonly string[] = [], commonStems: readonly string[] = []) {
    for (const term of vocabulary) this.termId(term);
    commonStems.forEach((stem, i) => this.commonRanks.set(stem, i + 1));
  }

  /** A word key's frequency rank in English (1 = most common), or undefined for a rare word. */
  commonRank(key: string): number | undefined {
    return this.commonRanks.get(key);
  }

  get size(): number {
    return this.sentenceCount;
  }

  /** The vocabulary, in term-id order (for serialisation). */
  get vocabularyList(): readonly string[] {
    return this.termsOf;
  }

  /** The id of a term, adding it to the vocabulary when new. */
  termId(term: string): number {
    let id = this.vocabulary.get(term);
    if (id === undefined) {
      id = this.termsOf.length;
      this.vocabulary.set(term, id);
      this.termsOf.push(term);
    }
    return id;
  }

  /** The id of a known term, or undefined. */
  lookup(term: string): number | undefined {
    return this.vocabulary.get(term);
  }

  term(id: number): string {
    return this.termsOf[id]!;
  }

  /** Adds a sentence by its term ids and returns its sentence id. */
  addSentence(termIds: readonly number[]): number {
    const id = this.sentenceCount++;
    if (this.sentenceStart.length < this.sentenceCount + 1)
      this.sentenceStart = grow(this.sentenceStart, this.sentenceCount + 1);
    if (this.sentenceTermIds.length < this.termCount + termIds.length) {
      this.sentenceTermIds = grow(this.sentenceTermIds, this.termCount + termIds.length);
    }
    const unique = [...new Set(termIds)];
    this.sentenceTermIds.set(unique, this.termCount);
    this.termCount += unique.length;
    this.sentenceStart[id + 1] = this.termCount;
    if (this.built) {
      for (const t of unique) {
        const list = this.addedPostings.get(t);
        if (list) list.push(id);
        else this.addedPostings.set(t, [id]);
      }
    }
    return id;
  }

  /** Builds the main postings from all sentences added so far (once, after loading). */
  build(): void {
    const terms = this.termsOf.length;
    const counts = new Uint32Array(terms + 1);
    for (let i = 0; i < this.termCount; i++) counts[this.sentenceTermIds[i]! + 1]!++;
    for (let t = 0; t < terms; t++) counts[t + 1]! += counts[t]!;
    const postings = new Uint32Array(this.termCount);
    const fill = counts.slice(0, terms);
    for (let s = 0; s < this.sentenceCount; s++) {
      for (let i = this.sentenceStart[s]!; i < this.sentenceStart[s + 1]!; i++) {
        const t = this.sentenceTermIds[i]!;
        postings[fill[t]!++] = s;
      }
    }
    this.postings = postings;
    this.postingStart = counts;
    // Growth doubled the sentence arrays; give back what the loaded corpus does not use.
    this.sentenceTermIds = this.sentenceTermIds.slice(0, this.termCount);
    this.sentenceStart = this.sentenceStart.slice(0, this.sentenceCount + 1);
    this.built = true;
    this.addedPostings.clear();
  }

  /** How many sentences contain the term. */
  documentFrequency(termId: number): number {
    const main =
      termId + 1 < this.postingStart.length ? this.postingStart[termId + 1]! - this.postingStart[termId]! : 0;
    return main + (this.addedPostings.get(termId)?.length ?? 0);
  }

  /** Calls `visit` with every sentence that contains the term. */
  forEachSentence(termId: number, visit: (sentence: number) => void): void {
    if (termId + 1 < this.postingStart.length) {
      for (let i = this.postingStart[termId]!; i < this.postingStart[termId + 1]!; i++)
        visit(this.postings[i]!);
    }
    this.addedPostings.get(termId)?.forEach(visit);
  }

  /**
   * The term ids of every sentence, flat: sentence s's are at [termsStart(s), termsStart(s + 1)).
   * For loops over many sentences, which `sentenceTerms` would give a new view each; read it again
   * after a report is added (the array may have grown).
   */
  get allSentenceTerms(): Uint32Array {
    return this.sentenceTermIds;
  }

  termsStart(sentence: number): number {
    return this.sentenceStart[sentence]!;
  }

  /** The term ids of a sentence. */
  sentenceTerms(sentence: number): Uint32Array {
    return this.sentenceTermIds.subarray(this.sentenceStart[sentence]!, this.sentenceStart[sentence + 1]!);
  }
}

function grow(array: Uint32Array, atLeast: number): Uint32Array<ArrayBuffer> {
  const next = new Uint32Array(Math.max(atLeast, array.length * 2));
  next.set(array);
  return next;
}
