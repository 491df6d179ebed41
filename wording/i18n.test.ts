import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { countClaims, summaryLine } from './claim-summary';
import { formatCitation, formatDate } from './format-citation';
import { formatMessage, plural, t, tParts, type Messages } from './i18n';

// The message files agree with each other and with the code, and t() fills messages in as
// chrome.i18n.getMessage does.

const root = fileURLToPath(new URL('..', import.meta.url));
const locales: Record<string, Messages> = { en, es };

/** `$NAME$` placeholders a message uses, lower-cased as chrome.i18n reads them. */
const used = (message: string) =>
  new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()));
const declared = (entry: Messages[string]) =>
  new Set(Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase()));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}
const sources = ['components', 'entrypoints', 'wording']
  .flatMap((dir) => sourceFiles(join(root, dir)))
  .map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
const manifest = readFileSync(join(root, 'wxt.config.ts'), 'utf8');

describe('the message files', () => {
  it('have the same keys in English and Spanish, each a valid, case-unique message name', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    const lower = Object.keys(en).map((k) => k.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });

  it.each(Object.keys(en))('declare the same placeholders for %s, and use them', (key) => {
    const english = (en as Messages)[key]!;
    const spanish = (es as Messages)[key]!;
    expect(declared(spanish)).toEqual(declared(english));
    for (const [name, messages] of Object.entries(locales)) {
      const entry = messages[key]!;
      expect(entry.message.trim(), `${name} ${key}`).not.toBe('');
      for (const p of Object.values(entry.placeholders ?? {})) expect(p.content).toMatch(/^\$[1-9]$/);
      // Every placeholder used is declared; each declared one is used, except that the singular of a
      // count may leave the number out ("otra noticia").
      expect(
        [...used(entry.message)].filter((p) => !declared(entry).has(p)),
        `${name} ${key}`,
      ).toEqual([]);
      if (name === 'en' || !key.endsWith('One')) expect(used(entry.message)).toEqual(declared(entry));
    }
  });

  it('keep the extension name and a store-sized description', () => {
    for (const messages of Object.values(locales)) {
      expect(messages.extName!.message).toBe('Crosscheck');
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });

  it('have every key the code asks for', () => {
    const asked = sources.flatMap(({ path, text }) =>
      [...text.matchAll(/\b(?:t|plural|tParts)\(\s*'([^']+)'/g)].map((m) => ({ path, key: m[1]! })),
    );
    asked.push(
      ...[...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => ({ path: 'wxt.config.ts', key: m[1]! })),
    );
    expect(asked.length).toBeGreaterThan(50);
    expect(asked.filter(({ key }) => !(key in en))).toEqual([]);
  });

  it('have no key the code never uses', () => {
    const all = sources.map((s) => s.text).join('\n') + manifest;
    const unused = Object.keys(en).filter(
      (key) => !all.includes(`'${key}'`) && !all.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });
});

describe('formatMessage', () => {
  const messages: Messages = {
    two: {
      message: '$FIRST$ and $Second$ cost $$5',
      placeholders: { first: { content: '$1' }, second: { content: '$2' } },
    },
  };

  it('fills named placeholders from the substitutions, as chrome.i18n does', () => {
    expect(formatMessage(messages, 'two', ['A', 'B'])).toBe('A and B cost $5');
    expect(formatMessage(messages, 'two', ['$1', '$$'])).toBe('$1 and $$ cost $5');
    expect(formatMessage(messages, 'missing', ['A'])).toBe('');
  });
});

describe('t', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the English file when there is no extension API', () => {
    expect(t('filterAll', 12)).toBe('All (12)');
    expect(plural(1, 'otherVersionsOne', 'otherVersionsOther')).toBe('1 other version');
    expect(plural(4, 'otherVersionsOne', 'otherVersionsOther')).toBe('4 other versions');
    expect(tParts('siteSwitch', { site: true })).toEqual(['Crosscheck on ', { site: true }]);
  });

  it('asks the browser when it can, and falls back to English for an unknown key', () => {
    const getMessage = vi.fn((key: string, subs?: string[]) => formatMessage(es, key, subs));
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    expect(t('filterAll', 12)).toBe('Todas (12)');
    expect(getMessage).toHaveBeenCalledWith('filterAll', ['12']);
    expect(tParts('similarityScore', 'X')).toEqual(['Similitud: ', 'X', ' de 1']);
    getMessage.mockReturnValue('');
    expect(t('filterAll', 3)).toBe('All (3)');
  });

  it('gives Spanish counts, dates and citations in a Spanish browser', () => {
    vi.stubGlobal('chrome', {
      i18n: { getMessage: (key: string, subs?: string[]) => formatMessage(es, key, subs) },
    });
    const match = (pageIndex: number, report: string) => ({
      pageSentence: 's',
      pageIndex,
      report,
      reportSentence: 'r',
      reportIndex: 0,
      relation: 'corroborates' as const,
      score: 0.5,
      differences: [],
      shared: { words: [], names: [], figures: [] },
    });
    const page = { title: null, sentences: 10, self: null, language: 'es' as const };
    expect(summaryLine(countClaims({ page, matches: [match(0, 'a')] }))).toBe(
      '1 afirmación encontrada en otra noticia',
    );
    expect(summaryLine(countClaims({ page, matches: [match(0, 'a'), match(1, 'b'), match(1, 'c')] }))).toBe(
      '2 afirmaciones encontradas en otras 3 noticias',
    );
    expect(formatDate('2025-12-03')).toBe('3 dic 2025');
    expect(formatDate('2026-01-08', true)).toBe('hacia el 8 ene 2026');
    expect(formatCitation(undefined, '002_x.txt', 'S.')).toBe(
      'Noticia sin medio conocido, sin fecha. Cita: “S.”',
    );
  });
});
