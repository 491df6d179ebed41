/**
 * The claim clusters of a loaded corpus: which sentences state one claim (near-identical retellings,
 * found at preparation by `findClaimClusters`). Flat typed arrays, like the index: a sentence's
 * cluster, and each cluster's members in compressed rows.
 */
export class ClaimClusters {
  /** Per sentence id, its cluster, or -1; sentences added after loading (a user's report) have none. */
  private readonly clusterOfSentence: Int32Array;
  private readonly members: Uint32Array;
  private readonly memberStart: Uint32Array;

  /** @param clusters the prepared corpus's clusters, as sentence ids (checked by `checkClaimClusters`). */
  constructor(clusters: readonly (readonly number[])[], sentenceCount: number) {
    this.clusterOfSentence = new Int32Array(sentenceCount).fill(-1);
    this.memberStart = new Uint32Array(clusters.length + 1);
    clusters.forEach((c, i) => (this.memberStart[i + 1] = this.memberStart[i]! + c.length));
    this.members = new Uint32Array(this.memberStart[clusters.length]!);
    clusters.forEach((c, i) => {
      this.members.set(c, this.memberStart[i]!);
      for (const s of c) this.clusterOfSentence[s] = i;
    });
  }

  get count(): number {
    return this.memberStart.length - 1;
  }

  /** The cluster of a sentence, or -1 when no other sentence states its claim. */
  clusterOf(sentence: number): number {
    return sentence < this.clusterOfSentence.length ? this.clusterOfSentence[sentence]! : -1;
  }

  /** The sentences of a cluster, ascending. */
  membersOf(cluster: number): Uint32Array {
    return this.members.subarray(this.memberStart[cluster]!, this.memberStart[cluster + 1]!);
  }
}

/**
 * Checks the clusters of a prepared corpus: sentence ids in range, ascending, no sentence in two
 * clusters, two members at least. Returns a problem, or null.
 */
export function checkClaimClusters(
  clusters: readonly (readonly number[])[],
  sentenceCount: number,
): string | null {
  const seen = new Uint8Array(sentenceCount);
  for (const [i, cluster] of clusters.entries()) {
    if (cluster.length < 2) return `claim cluster ${i}: two sentences at least expected`;
    let last = -1;
    for (const s of cluster) {
      if (!Number.isInteger(s) || s <= last || s >= sentenceCount)
        return `claim cluster ${i}: bad sentence id ${s}`;
      if (seen[s]) return `claim cluster ${i}: sentence ${s} is in another cluster`;
      seen[s] = 1;
      last = s;
    }
  }
  return null;
}
