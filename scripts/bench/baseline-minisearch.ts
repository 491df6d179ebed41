import MiniSearch from 'minisearch';

/** Where each baseline sentence comes from, so retrieval hits can be checked against the gold pairs. */
export interface BaselineSentence {
  report: string;
  text: string;
}

/**
 * The retrieval step as a developer would build it with MiniSearch: every corpus sentence a document,
 * BM25 ranking (MiniSearch's default), the whole page sentence as the query, top k kept.
 */
export class MiniSearchBaseline {
  private readonly search: MiniSearch<{ id: number; text: string }>;

  constructor(
    private readonly sentences: readonly BaselineSentence[],
    private readonly k = 10,
  ) {
    this.search = new MiniSearch({ fields: ['text'], storeFields: [] });
    this.search.addAll(sentences.map((s, id) => ({ id, text: s.text })));
  }

  /** The top-k corpus sentences for one page sentence. */
  topK(query: string): BaselineSentence[] {
    return this.search
      .search(query)
      .slice(0, this.k)
      .map((hit) => this.sentences[hit.id as number]!);
  }

  /** The retrieval work for one page: one query per page sentence. */
  page(sentences: readonly string[]): number {
    let hits = 0;
    for (const sentence of sentences) hits += this.topK(sentence).length;
    return hits;
  }
}
