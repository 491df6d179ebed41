import en from '@/public/_locales/en/messages.json';

// The user interface's words, from public/_locales/<locale>/messages.json through the browser's i18n
// API, which picks the translation from the browser's language (English by default). Where there is no
// extension API (unit tests in Node or jsdom, the panel preview) the English file is read directly,
// with the same substitution rules. chrome.i18n has no plurals: counts use one key per form
// (`…One` / `…Other`, see `plural`).

export type MessageKey = keyof typeof en;

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Messages = Record<string, MessageEntry>;

type GetMessage = (key: string, substitutions?: string | string[]) => string;

interface I18nGlobals {
  browser?: { runtime?: { id?: string }; i18n?: { getMessage?: GetMessage } };
  chrome?: { i18n?: { getMessage?: GetMessage } };
}

/** The browser's getMessage, looked up at each call (as WXT's `browser`: Firefox's, else Chrome's). */
function browserGetMessage(): GetMessage | null {
  const g = globalThis as I18nGlobals;
  const i18n = g.browser?.runtime?.id ? g.browser.i18n : g.chrome?.i18n;
  const getMessage = i18n?.getMessage;
  return typeof getMessage === 'function' ? (key, subs) => getMessage.call(i18n, key, subs) : null;
}

/**
 * A message with its substitutions, by the rules of chrome.i18n.getMessage: `$name$` is replaced by the
 * named placeholder's content, in which `$1`…`$9` are the substitutions; `$$` is a dollar sign.
 */
export function formatMessage(
  messages: Messages,
  key: string,
  substitutions: readonly string[] = [],
): string {
  const entry = messages[key];
  if (!entry) return '';
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  const fill = (content: string) =>
    content.replace(/\$\$|\$([1-9])/g, (_whole, n: string | undefined) =>
      n === undefined ? '$' : (substitutions[Number(n) - 1] ?? ''),
    );
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$([1-9])/g, (whole, name?: string, n?: string) => {
    if (whole === '$$') return '$';
    if (n !== undefined) return substitutions[Number(n) - 1] ?? '';
    const content = placeholders.get(name!.toLowerCase());
    return content === undefined ? whole : fill(content);
  });
}

/** The user interface text for `key` in the browser's language, with its substitutions filled in. */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const subs = substitutions.map(String);
  const getMessage = browserGetMessage();
  if (getMessage) {
    try {
      const text = getMessage(key, subs);
      if (text) return text;
    } catch {
      // An extension context that has gone away (a content script after an update): use English.
    }
  }
  return formatMessage(en as Messages, key, subs);
}

/**
 * The plural form of a count in a language, by its rules (Intl.PluralRules): chrome.i18n's messages
 * have a `…One` and a `…Other` form, so every category but "one" reads the `…Other` form.
 */
export function pluralForm(count: number, language: string): 'one' | 'other' {
  try {
    return new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other';
  } catch {
    return count === 1 ? 'one' : 'other';
  }
}

/** The `one` or `other` message by the interface language's plural rules; the count is its first substitution. */
export function plural(count: number, one: MessageKey, other: MessageKey): string {
  return t(pluralForm(count, uiLanguage()) === 'one' ? one : other, count);
}

/**
 * A message with elements in it (a link, <strong>, <code>): the text split around its substitutions,
 * with each substitution replaced by the matching part, ready to be rendered as children.
 */
export function tParts<T>(key: MessageKey, ...parts: T[]): Array<string | T> {
  // Private-use characters stand for the parts: they go through getMessage untouched.
  const text = t(key, ...parts.map((_, i) => String.fromCharCode(0xe000 + i)));
  const out: Array<string | T> = [];
  let run = '';
  for (const ch of text) {
    const i = ch.charCodeAt(0) - 0xe000;
    if (i >= 0 && i < parts.length) {
      if (run) out.push(run);
      out.push(parts[i]!);
      run = '';
    } else run += ch;
  }
  if (run) out.push(run);
  return out;
}

/** The language of the messages in use ("en", "es"), for `lang` attributes and number formats. */
export function uiLanguage(): string {
  return t('htmlLang');
}

/** Sets an extension page's `lang` and, when given, its title, in the interface language. */
export function localizeDocument(doc: Document, title?: string): void {
  doc.documentElement.lang = uiLanguage();
  if (title !== undefined) doc.title = title;
}
