import { plural, t } from '@/wording/i18n';

// The page's sentences no other report states. Shown as "not in the corpus", never as false.

export function NotInCorpus({ sentences }: { sentences: string[] }) {
  if (sentences.length === 0) return null;
  return (
    <details class="not-in-corpus">
      <summary>{plural(sentences.length, 'notInCorpusOne', 'notInCorpusOther')}</summary>
      <p class="not-in-corpus-note">{t('notInCorpusNote')}</p>
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
