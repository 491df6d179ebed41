import type { Language } from '../../text/language';
import { foldCase } from '../../text/normalize';
import { collectNames, sentenceTerms } from '../../text/terms';
import { STORY_WORDS_EN } from './story-words-en';
import { STORY_WORDS_ES } from './story-words-es';

/** The story's places and people, most mentioned first, as name keys (`@colombia`). */
export interface StoryEntities {
  places: string[];
  persons: string[];
}

const WORDS = { en: STORY_WORDS_EN, es: STORY_WORDS_ES } as const;
// A name after these words is a place ("in Colombia", "to Bogotá"); after a title, a person.
const PLACE_BEFORE: Record<Language, RegExp> = {
  en: /\b(?:in|into|to|from|across|toward|towards|visit)\s+$/iu,
  es: /\b(?:en|desde|hacia|visitar)\s+$/iu,
};
const PERSON_BEFORE =
  /\b(?:president|presidente|secretary|secretario|minister|ministro|leader|mandatario)\s+$/iu;
const PERSON_AFTER = /^\s*(?:said|says|told|dijo|afirmó|aseguró)\b/iu;

/**
 * The places and people a text (a page, a report) is about: its names counted over its
 * sentences, each read as a place or a person by the words around its mentions.
 */
export function storyEntities(sentences: readonly string[], language: Language): StoryEntities {
  const known = collectNames(sentences);
  const count = new Map<string, { n: number; place: number; person: number }>();
  for (const sentence of sentences) {
    const names = sentenceTerms(sentence, language, known).filter((t) => t.isName);
    for (const t of names) {
      const at = sentence.indexOf(t.surface);
      const entry = count.get(t.term) ?? { n: 0, place: 0, person: 0 };
      entry.n++;
      if (at >= 0) {
        const before = sentence.slice(Math.max(0, at - 14), at);
        const after = sentence.slice(at + t.surface.length, at + t.surface.length + 10);
        if (PLACE_BEFORE[language].test(before)) entry.place++;
        if (PERSON_BEFORE.test(before) || PERSON_AFTER.test(after)) entry.person++;
      }
      count.set(t.term, entry);
    }
  }
  const ranked = [...count].sort((a, b) => b[1].n - a[1].n);
  return {
    places: ranked.filter(([, e]) => e.place > e.person).map(([term]) => `@${term}`),
    persons: ranked.filter(([, e]) => e.person > e.place).map(([term]) => `@${term}`),
  };
}

/**
 * The names a sentence's anaphors stand for: "the country" is the story's most mentioned place
 * the sentence does not name, "the US leader" its most mentioned person it does not name. A
 * sentence that names them already gains nothing.
 */
export function resolveAnaphors(
  sentence: string,
  language: Language,
  story: StoryEntities,
  sentenceKeys: ReadonlySet<string>,
): string[] {
  const text = ` ${foldCase(sentence)} `;
  const resolved: string[] = [];
  const { anaphors } = WORDS[language];
  const pick = (kind: 'place' | 'person', names: readonly string[]) => {
    if (!anaphors[kind].some((phrase) => text.includes(` ${foldCase(phrase)} `))) return;
    const name = names.find((n) => !sentenceKeys.has(n));
    if (name) resolved.push(name);
  };
  pick('place', story.places);
  pick('person', story.persons);
  return resolved;
}
