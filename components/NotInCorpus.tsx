// The page's sentences no other report states. Shown as "not in the corpus", never as false.

export function NotInCorpus({ sentences }: { sentences: string[] }) {
  if (sentences.length === 0) return null;
  return (
    <details class="not-in-corpus">
      <summary>
        {sentences.length} {sentences.length === 1 ? 'sentence' : 'sentences'} not in the corpus
      </summary>
      <p class="not-in-corpus-note">
        No bundled report states these. That does not make them false — the other reports may not cover them.
      </p>
      <ol>
        {sentences.map((s, i) => (
          <li key={i} data-unmatched-sentence>
            {s}
          </li>
        ))}
      </ol>
    </details>
  );
}
