import type { ComponentChildren } from 'preact';

// One clear message for each case where there is nothing to show, with the next step when there is one.

export type EmptyKind = 'no-tab' | 'pending' | 'no-article' | 'no-matches' | 'disabled' | 'asking' | 'error';

const MESSAGES: Record<EmptyKind, { title: string; text: string }> = {
  'no-tab': { title: 'No page', text: 'Open a news article in this window to compare it.' },
  pending: { title: 'Comparing…', text: 'Crosscheck is reading this page and looking for its claims.' },
  'no-article': {
    title: 'No article on this page',
    text: 'Crosscheck only reads article pages, not home pages, search results or web apps. You can still select a passage and compare it.',
  },
  'no-matches': {
    title: 'No claim found in the other reports',
    text: 'None of this article’s sentences is in the bundled reports. “Not in the corpus” does not mean false: the other reports may simply not cover it.',
  },
  disabled: {
    title: 'Crosscheck is off on this site',
    text: 'Switch it on for this site in the toolbar popup, or change where it runs in the options.',
  },
  asking: {
    title: 'Crosscheck runs here only when asked',
    text: 'Compare this page now, or select a passage and compare it.',
  },
  error: { title: 'Something went wrong', text: 'Crosscheck could not compare this page.' },
};

interface Props {
  kind: EmptyKind;
  detail?: string | null;
  children?: ComponentChildren;
}

export function EmptyState({ kind, detail, children }: Props) {
  const { title, text } = MESSAGES[kind];
  return (
    <section class={`empty-state empty-${kind}`} data-empty={kind} aria-live="polite">
      <h2>{title}</h2>
      <p>{text}</p>
      {detail && <p class="empty-detail">{detail}</p>}
      {children && <div class="empty-actions">{children}</div>}
    </section>
  );
}
