import type { Corpus } from '../corpus/corpus';

/** An address without what varies between links to the same page: scheme, www, query, hash, final slash. */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '')}${decodeURIComponent(u.pathname).replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return url.trim().toLowerCase();
  }
}

/** The corpus report published at the page's address, if any. */
export function selfByUrl(corpus: Corpus, url: string | null | undefined): string | null {
  if (!url) return null;
  const page = canonicalUrl(url);
  return corpus.reports.find((r) => r.url && canonicalUrl(r.url) === page)?.id ?? null;
}

/** Letters and digits only, so furniture-free copies of a sentence compare equal. */
export const squash = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Tallies, while matching, the page sentences that a report prints word for word; a report that
 * prints most of them is the page itself (the same article seen through other furniture).
 */
export class SelfTally {
  private readonly verbatim = new Map<string, number>();
  private counted = 0;

  /** Records one page sentence (of some length) and the reports that print it verbatim. */
  add(reportIds: Iterable<string>): void {
    this.counted++;
    for (const id of new Set(reportIds)) this.verbatim.set(id, (this.verbatim.get(id) ?? 0) + 1);
  }

  /** The report that prints at least 60 % of the page's sentences, with at least three of them. */
  result(corpus: Corpus): string | null {
    let best: string | null = null;
    let bestShare = 0;
    for (const [id, same] of this.verbatim) {
      const length = corpus.reports.find((r) => r.id === id)?.sentences.length ?? 0;
      const share = same / Math.max(1, Math.min(this.counted, length));
      if (same >= 3 && share >= 0.6 && share > bestShare) [best, bestShare] = [id, share];
    }
    return best;
  }
}
