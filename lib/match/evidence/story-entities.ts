import { PROFILES, type LanguageProfile } from '../../lang';
import { collectNames, sentenceTerms, type Term } from '../../text/terms';

/** The story's places and people, most mentioned first, as name keys (`@colombia`). */
export interface StoryEntities {
  places: string[];
  persons: string[];
}

// A name after the profile's place words is a place ("in Colombia", "to the United States"); after a
// title (maybe with an adjective: "presidente colombiano") or a verb of saying ("dijo Petro", "según
// Trump"), a person; so is a name before a verb of saying ("Petro said"). Titles and verbs of every
// profile at once: a page quotes people in either language.
const words = (pick: (p: LanguageProfile) => readonly string[]) => PROFILES.flatMap(pick).join('|');
const PERSON_BEFORE = new RegExp(
  String.raw`\b(?:(?:${words((p) => p.evidence.personTitles)})(?:\s+(?!(?:${words((p) => p.evidence.titleLinks)})\b)\p{Ll}+)?|${words((p) => p.evidence.personVerbsBefore)})\s+$`,
  'iu',
);
const PERSON_AFTER = new RegExp(String.raw`^\s*(?:${words((p) => p.evidence.personVerbsAfter)})\b`, 'iu');
// Months and days are names to the terms ("@september"), but neither places nor people.
const CALENDAR: ReadonlySet<string> = new Set(PROFILES.flatMap((p) => p.evidence.calendar));

/**
 * The places and people a text (a page, a report) is about: its names counted over its
 * sentences, each read as a place or a person by the words around its mentions.
 */
export function storyEntities(
  sentences: readonly string[],
  profile: LanguageProfile,
  // The text's names, when the caller has read them already (the pair reviewer keeps them too).
  known: ReadonlySet<string> = collectNames(sentences),
  // Each sentence's terms read with those names, when the caller has them (the page's analysis).
  termsOf: (sentence: string, at: number) => readonly Term[] = (sentence) =>
    sentenceTerms(sentence, profile, known),
): StoryEntities {
  const count = new Map<string, { n: number; place: number; person: number }>();
  for (const [at, sentence] of sentences.entries()) {
    const names = termsOf(sentence, at).filter((t) => t.isName && !CALENDAR.has(t.term));
    let from = 0;
    // A run of names ("President Gustavo Petro", "in Latin America") takes its reading from the
    // words before its first name and after its last.
    let runStart = -1;
    let runCue: 'place' | 'person' | null = null;
    let run: string[] = [];
    const close = (end: number) => {
      const after = sentence.slice(end, end + 10);
      const cue = runCue ?? (PERSON_AFTER.test(after) ? 'person' : null);
      for (const term of run) {
        const entry = count.get(term) ?? { n: 0, place: 0, person: 0 };
        entry.n++;
        if (cue) entry[cue]++;
        count.set(term, entry);
      }
      run = [];
    };
    let lastEnd = 0;
    for (const t of names) {
      const at = sentence.indexOf(t.surface, from);
      if (at < 0) continue;
      const gap = sentence.slice(lastEnd, at);
      if (run.length === 0 || !/^[\s.]*$/u.test(gap)) {
        if (run.length) close(lastEnd);
        runStart = at;
        const before = sentence.slice(Math.max(0, runStart - 16), runStart);
        runCue = PERSON_BEFORE.test(before)
          ? 'person'
          : profile.evidence.placeBefore.test(before)
            ? 'place'
            : null;
      }
      run.push(t.term);
      lastEnd = at + t.surface.length;
      from = lastEnd;
    }
    if (run.length) close(lastEnd);
  }
  const ranked = [...count].sort((a, b) => b[1].n - a[1].n);
  return {
    places: ranked.filter(([, e]) => e.place > e.person).map(([term]) => `@${term}`),
    persons: ranked.filter(([, e]) => e.person > e.place).map(([term]) => `@${term}`),
  };
}
