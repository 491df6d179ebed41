import { isCitation } from './is-citation';
import { fromProfiles } from '../text/patterns';

// Analysis verbs of every profile: a sentence whose verb is one of these comments on the news ("The
// exchange highlights…", "This development underscores…") rather than reporting a checkable fact.
const COMMENTARY = new RegExp(String.raw`\b${fromProfiles((p) => p.commentaryPatterns)}\b`, 'iu');
const CHECKABLE = /\d|[“”"«»]/u;

/**
 * Whether a sentence states a claim worth comparing: a full sentence (ending in a stop, not a
 * headline or subhead, not a citation, and not a question, which asks rather than states: "How much
 * cocaine does Colombia produce?") of some length that reports rather than comments. Figures and
 * quotations are always checkable, whatever the verb.
 */
export function isClaim(sentence: string): boolean {
  // A closing quote or bracket ends a sentence only after a stop: “Trump Is Misinformed” is a subhead.
  if (!/[.!…]["”»)]?$/u.test(sentence) || sentence.split(/\s+/).length < 5) return false;
  if (isCitation(sentence)) return false;
  return CHECKABLE.test(sentence) || !COMMENTARY.test(sentence);
}
