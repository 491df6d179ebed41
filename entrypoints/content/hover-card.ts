import { t } from '@/wording/i18n';

// The line shown when the pointer rests on a highlight. It lives in a closed shadow root on a host
// element added to <html> (not inside the article): page styles cannot reach it, page scripts cannot
// read or rewrite it, and the article's DOM is left as it was. It says only that Crosscheck found other
// versions and invites to open the panel: a page can draw a look-alike box, so the verdict itself (which
// outlets, what differs) is shown only in the side panel, which no page can touch.

const STYLE = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; max-width: 26rem; pointer-events: none;
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: #1b1f24; background: #fff; border: 1px solid #d5d9e0; border-radius: 6px;
  padding: 6px 9px; box-shadow: 0 4px 14px rgba(0, 0, 0, 0.15);
}
.hint { color: #555e6b; }
@media (prefers-color-scheme: dark) {
  .card { color: #e8eaed; background: #1f242b; border-color: #353c46; }
  .hint { color: #a4acb8; }
}
`;

export interface HoverCard {
  show(x: number, y: number): void;
  hide(): void;
  remove(): void;
}

export function createHoverCard(doc: Document): HoverCard {
  let host: HTMLElement | null = null;
  let card: HTMLDivElement | null = null;
  let line: HTMLSpanElement | null = null;

  function ensure(): HTMLDivElement {
    if (card) return card;
    host = doc.createElement('crosscheck-hover');
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'tooltip');
    line = doc.createElement('span');
    const hint = doc.createElement('span');
    hint.className = 'hint';
    hint.textContent = ` · ${t('hoverOpenPanel')}`;
    line.textContent = t('hoverFound');
    card.append(line, hint);
    root.append(style, card);
    return card;
  }

  return {
    show(x, y) {
      const el = ensure();
      // A page may have removed the host: put it back.
      if (!host!.isConnected) doc.documentElement.append(host!);
      el.hidden = false;
      const width = Math.min(416, doc.documentElement.clientWidth - 16);
      el.style.left = `${Math.max(8, Math.min(x + 12, doc.documentElement.clientWidth - width - 8))}px`;
      // Above the pointer, so the card does not hide the sentence being read; below when no room.
      const above = y - 14 - el.offsetHeight;
      el.style.top = `${above >= 8 ? above : y + 22}px`;
    },
    hide() {
      if (card) card.hidden = true;
    },
    remove() {
      host?.remove();
      host = card = line = null;
    },
  };
}
