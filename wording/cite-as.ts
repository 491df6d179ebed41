import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './citation-item';
import { CHICAGO } from './csl/chicago';
import { MLA } from './csl/mla';

// Citations in a style, by citation-js and its CSL engine (citeproc-js): it handles the style's
// punctuation, quotation marks within quotation marks and each language's months. This module is
// large (the engine and the APA style): the panel loads it only when a citation is asked for.

export type CitationStyle = 'apa' | 'mla' | 'chicago' | 'bibtex' | 'ris' | 'csl-json';
export const CITATION_STYLES: readonly CitationStyle[] = [
  'apa',
  'mla',
  'chicago',
  'bibtex',
  'ris',
  'csl-json',
];

const TEMPLATES: Record<'apa' | 'mla' | 'chicago', string> = {
  apa: 'apa',
  mla: 'crosscheck-mla',
  chicago: 'crosscheck-chicago',
};
const LOCALES: Record<string, string> = { en: 'en-US', es: 'es-ES' };

let registered = false;
function register(): void {
  if (registered) return;
  const styles = plugins.config.get('@csl').styles as { add(name: string, xml: string): void };
  styles.add(TEMPLATES.mla, MLA);
  styles.add(TEMPLATES.chicago, CHICAGO);
  registered = true;
}

type RisEntry = Record<string, string | string[]>;

/**
 * One RIS record from the fields the RIS plugin maps (the tags of its RIS specification), one line a
 * value. The plugin's own text output wraps values at 70 characters, which cuts addresses and words:
 * its parser, like Zotero's, joins a wrapped line with a space ("…cocaine- lab-demolitions").
 */
function risRecord(entry: RisEntry): string {
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`;
  const fields = Object.entries(entry).filter(([tag]) => tag !== 'TY');
  return [
    line('TY', String(entry.TY)),
    ...fields.flatMap(([tag, value]) => [value].flat().map((v) => line(tag, String(v)))),
    'ER  - ',
  ].join('\n');
}

/** An outlet's name as printed: the styles would title-case "News.az" to "News.Az". */
const keepCase = (text: string) =>
  `<span class="nocase">${text.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</span>`;

/** One item cited in a style, in the interface language (`en`, `es`). Async: it may load the engine. */
export async function citeAs(item: CslItem, style: CitationStyle, language: string): Promise<string> {
  register();
  if (style === 'csl-json') return JSON.stringify([item], null, 2);
  if (style === 'bibtex') return (new Cite([item]).format('bibtex') as string).trim();
  if (style === 'ris')
    return risRecord((new Cite([item]).format('ris', { format: 'object' }) as RisEntry[])[0]!);
  const shown = item['container-title']
    ? { ...item, 'container-title': keepCase(item['container-title']) }
    : item;
  const text = new Cite([shown]).format('bibliography', {
    format: 'text',
    template: TEMPLATES[style],
    lang: LOCALES[language] ?? 'en-US',
  }) as string;
  return text.trim();
}
