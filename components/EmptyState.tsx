import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '@/wording/i18n';

// One clear message for each case where there is nothing to show, with the next step when there is one.

export type EmptyKind =
  | 'no-tab'
  | 'pending'
  | 'no-article'
  | 'no-matches'
  | 'disabled'
  | 'asking'
  | 'error'
  | 'framed'
  | 'other-language';

const MESSAGES: Record<EmptyKind, { title: MessageKey; text: MessageKey }> = {
  'no-tab': { title: 'emptyNoTabTitle', text: 'emptyNoTabText' },
  pending: { title: 'emptyPendingTitle', text: 'emptyPendingText' },
  'no-article': { title: 'emptyNoArticleTitle', text: 'emptyNoArticleText' },
  'no-matches': { title: 'emptyNoMatchesTitle', text: 'emptyNoMatchesText' },
  disabled: { title: 'emptyDisabledTitle', text: 'emptyDisabledText' },
  asking: { title: 'emptyAskingTitle', text: 'emptyAskingText' },
  error: { title: 'emptyErrorTitle', text: 'emptyErrorText' },
  framed: { title: 'emptyFramedTitle', text: 'emptyFramedText' },
  'other-language': { title: 'emptyOtherLanguageTitle', text: 'emptyOtherLanguageText' },
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
      <h2>{t(title)}</h2>
      <p>{t(text)}</p>
      {detail && <p class="empty-detail">{detail}</p>}
      {children && <div class="empty-actions">{children}</div>}
    </section>
  );
}
