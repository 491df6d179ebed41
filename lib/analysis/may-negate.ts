import { foldCase } from '../text/normalize';
import { fromProfiles } from '../text/patterns';
import { SentenceMemo } from './sentence-memo';

// Particles negate whatever follows them closely ("did not accept the invitation"); verbs of denial
// negate a statement ("denied the allegations", "negó haber…"). Every profile's words, over
// accent-folded sentences ("negó" is read as "nego").
const NEGATION = new RegExp(
  String.raw`\b${fromProfiles((p) => p.negation.particlePatterns)}\b|${fromProfiles((p) => p.negation.contractionPatterns)}\b`,
  'iu',
);
const DENIAL = new RegExp(String.raw`\b${fromProfiles((p) => p.negation.denialVerbs)}\b`, 'iu');

// A corpus sentence meets many page sentences: whether it negates is read once.
const negates = new SentenceMemo((sentence) => {
  const folded = foldCase(sentence);
  return NEGATION.test(folded) || DENIAL.test(folded);
});

/**
 * Whether a sentence has any negating word at all: most have none, and need no closer look (the
 * negation difference, lib/match/differences/negation.ts; claim clusters, which never join a denial
 * to what it denies).
 */
export function mayNegate(sentence: string): boolean {
  return negates.get(sentence);
}
