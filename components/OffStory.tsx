import { t } from '@/wording/i18n';

// A page about another story than the corpus's gets no version (lib/match/story-gate.ts): the panel
// says so instead of "no claim found", and says it again beside a selection compared all the same.

/** The empty state of a page about another story, with the way to compare a passage anyway. */
export function OffStoryState() {
  return (
    <section class="empty-state empty-off-story" data-empty="off-story" aria-live="polite">
      <h2>{t('offStoryTitle')}</h2>
      <p>{t('offStoryText')}</p>
    </section>
  );
}

/** Beside a reader's selection on such a page: it was compared because it was asked for. */
export function SelectionOffStoryNote() {
  return (
    <p class="selection-off-story" data-selection-off-story>
      {t('selectionOffStory')}
    </p>
  );
}
