/**
 * A set of term ids kept as stamps in one typed array. Scoring marks each candidate's terms and
 * asks about the page's: a `Set` per candidate made garbage for every one of the ~48 candidates of
 * every page sentence, and the collector's pauses showed in the per-page time.
 */
export class TermMarks {
  private stamps = new Uint32Array(1024);
  private generation = 1;

  /** Forgets every mark at once, by moving to the next stamp. */
  clear(): void {
    this.generation++;
    if (this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
  }

  add(term: number): void {
    if (term >= this.stamps.length) {
      const grown = new Uint32Array(Math.max(term + 1, this.stamps.length * 2));
      grown.set(this.stamps);
      this.stamps = grown;
    }
    this.stamps[term] = this.generation;
  }

  /** Marks every term and says how many were not marked yet. */
  addAll(terms: ArrayLike<number>): number {
    let added = 0;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      if (!this.has(t)) {
        this.add(t);
        added++;
      }
    }
    return added;
  }

  has(term: number): boolean {
    return term < this.stamps.length && this.stamps[term] === this.generation;
  }
}
