import { t } from '@/wording/i18n';

// The line shown when the pointer rests on a highlight. It lives in a closed shadow root on a host
// element added to <html> (not inside the article): page styles cannot reach it, page scripts cannot
// read or rewrite it, and the article's DOM is left as it was. It says only that Crosscheck found other
// versions and invites to open the panel: a page can draw a look-alike box, so the verdict itself (which
// outlets, what differs) is shown only in the side panel, which no page can touch.
//
// The keyboard reaches the same card through the extension's shortcut (keyboard-route.ts): the card then
// holds one button, focused, that opens the claim in the panel; Escape closes it and gives focus back.
// The button exists only while the card is shown that way and is never in the page's tab order
// (tabindex -1), so a page's Tab order gains nothing, and only trusted key presses and clicks act.

const STYLE = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; max-width: 26rem; pointer-events: none;
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: #1b1f24; background: #fff; border: 1px solid #d5d9e0; border-radius: 6px;
  padding: 6px 9px; box-shadow: 0 4px 14px rgba(0, 0, 0, 0.15);
}
.card.keyboard { pointer-events: auto; }
.hint { color: #555e6b; }
.keys { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; margin-top: 6px; }
button {
  font: inherit; color: #fff; background: #1f5fbf; border: 1px solid #1f5fbf; border-radius: 4px;
  padding: 3px 10px; cursor: pointer;
}
button:focus { outline: 2px solid #1f5fbf; outline-offset: 2px; }
[hidden] { display: none !important; }
@media (prefers-color-scheme: dark) {
  .card { color: #e8eaed; background: #1f242b; border-color: #353c46; }
  .hint { color: #a4acb8; }
  button { color: #10161d; background: #8ab4f8; border-color: #8ab4f8; }
  button:focus { outline-color: #8ab4f8; }
}
`;

export interface HoverCard {
  /** Shown for the pointer at (x, y). Ignored while the keyboard holds the card. */
  show(x: number, y: number): void;
  /** Hidden when the pointer leaves the highlights. Ignored while the keyboard holds the card. */
  hide(): void;
  /**
   * Shown above the sentence whose first line starts at (x, top) and ends at `bottom`, with its button
   * focused: Enter (or a click) calls `open`; Escape closes it and calls `back`, which returns focus.
   */
  focusAt(place: { x: number; top: number; bottom: number }, position: string, actions: KeyActions): void;
  /** True while the card is shown for the keyboard. */
  readonly focused: boolean;
  remove(): void;
}

export interface KeyActions {
  open(): void;
  back(): void;
}

interface Parts {
  host: HTMLElement;
  card: HTMLDivElement;
  hint: HTMLSpanElement;
  keys: HTMLDivElement;
  position: HTMLSpanElement;
  button: HTMLButtonElement;
}

export function createHoverCard(doc: Document): HoverCard {
  let parts: Parts | null = null;
  let actions: KeyActions | null = null;

  function build(): Parts {
    const host = doc.createElement('crosscheck-hover');
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    const card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'tooltip');
    const line = doc.createElement('span');
    line.id = 'found';
    line.textContent = t('hoverFound');
    const hint = doc.createElement('span');
    hint.className = 'hint';
    hint.textContent = ` · ${t('hoverOpenPanel')}`;
    const keys = doc.createElement('div');
    keys.className = 'keys';
    const button = doc.createElement('button');
    button.type = 'button';
    button.tabIndex = -1;
    button.textContent = t('hoverCompare');
    button.setAttribute('aria-describedby', 'found position');
    const position = doc.createElement('span');
    position.id = 'position';
    position.className = 'hint';
    const escape = doc.createElement('span');
    escape.className = 'hint';
    escape.textContent = t('hoverEscape');
    keys.append(button, position, escape);
    card.append(line, hint, keys);
    root.append(style, card);
    button.addEventListener('click', (event) => {
      if (!event.isTrusted || !actions) return;
      const { open } = actions;
      close();
      open();
    });
    card.addEventListener('keydown', (event) => {
      if (!event.isTrusted || !actions || event.key !== 'Escape') return;
      // The reader pressed Escape in Crosscheck's own card: the page's handlers need not see it.
      event.preventDefault();
      event.stopPropagation();
      const { back } = actions;
      close();
      back();
    });
    // Focus gone elsewhere (Tab, a click, another window): the card goes, focus stays where it went.
    card.addEventListener('focusout', (event) => {
      if (actions && !card.contains(event.relatedTarget as Node | null)) close();
    });
    return { host, card, hint, keys, position, button };
  }

  function place(p: Parts, x: number, top: number, below: number): void {
    if (!p.host.isConnected) doc.documentElement.append(p.host); // a page may have removed it
    p.card.hidden = false;
    const width = Math.min(416, doc.documentElement.clientWidth - 16);
    p.card.style.left = `${Math.max(8, Math.min(x + 12, doc.documentElement.clientWidth - width - 8))}px`;
    // Above the point, so the card does not hide the sentence being read; below when no room.
    const above = top - 14 - p.card.offsetHeight;
    p.card.style.top = `${above >= 8 ? above : below + 8}px`;
  }

  /** The keyboard holds the card; a page that removed it (no focus event tells) lets it go. */
  const holding = () => actions !== null && !!parts?.host.isConnected;

  function close(): void {
    actions = null;
    if (!parts) return;
    parts.card.hidden = true;
    parts.card.classList.remove('keyboard');
    parts.card.setAttribute('role', 'tooltip');
    parts.card.removeAttribute('aria-label');
  }

  return {
    show(x, y) {
      if (holding()) return;
      if (actions) close(); // held by the keyboard until a page removed it
      parts ??= build();
      parts.hint.hidden = false;
      parts.keys.hidden = true;
      place(parts, x, y, y + 14);
    },
    hide() {
      if (!holding() && parts) parts.card.hidden = true;
    },
    focusAt({ x, top, bottom }, position, next) {
      parts ??= build();
      actions = next;
      parts.hint.hidden = true;
      parts.keys.hidden = false;
      parts.position.textContent = position;
      parts.card.classList.add('keyboard');
      parts.card.setAttribute('role', 'group');
      parts.card.setAttribute('aria-label', t('extName'));
      place(parts, x, top, bottom);
      parts.button.focus({ preventScroll: true });
    },
    get focused() {
      return holding();
    },
    remove() {
      actions = null;
      parts?.host.remove();
      parts = null;
    },
  };
}
