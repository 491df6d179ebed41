import { foldCase } from '../text/normalize';
import { STOPWORDS } from '../text/stopwords';
import type { Difference } from './types';

// Reporting verbs before or after the speaker: "Petro said", "Petro has also said", "said Petro.",
// "according to the DEA". Not "citing Al Jazeera": that names the outlet a report relays, not who
// made the claim. The speaker after the verb counts only where the clause ends there
// ("…,” said Petro."): in "Trump said Colombia was producing cocaine" Colombia is what was said about.
const SPEAKER = String.raw`((?:\p{Lu}[\p{L}.’'-]*\s?){1,3})`;
const AUXILIARY = String.raw`(?:(?:has|had|have|also|later|then|previously|recently|again|once|\p{L}+ly)\s+)*`;
const VERB_AFTER = String.raw`(?:said|says|wrote|writes|told|added|insisted|stated|claimed|reported|announced|accused|accuses|warned|warns|noted|argued|suggested|alleged|denied|denies|dijo|afirmó|escribió|aseguró|señaló|acusó|advirtió|negó)\b`;
const ATTRIBUTION = new RegExp(
  String.raw`(?:[Aa]ccording to|[Ss]egún)\s+((?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s?){1,4})` +
    String.raw`|${SPEAKER}\s+${AUXILIARY}${VERB_AFTER}` +
    String.raw`|(?:said|wrote|added|dijo|afirmó|escribió|añadió)\s+${SPEAKER}(?=\s*(?:[.,;:!?]|$))`,
  'gu',
);

// A corpus sentence is compared with many page sentences; its sources are read once.
const attributions = new Map<string, string[]>();

/** Who a sentence attributes its claim to, as printed ("Petro", "the DEA"), if anyone. */
export function findAttribution(sentence: string): string[] {
  const known = attributions.get(sentence);
  if (known) return known;
  if (attributions.size >= 5_000) attributions.clear();
  const found: string[] = [];
  attributions.set(sentence, found);
  for (const m of sentence.matchAll(ATTRIBUTION)) {
    // "said Petro." reads the full stop into the name; initials ("U.S.") keep theirs.
    const who = (m[1] ?? m[2] ?? m[3] ?? '').trim().replace(/(?<=\p{L}{3})\.$/u, '');
    // A pronoun or a capitalised opener ("The", "He") is no one in particular.
    if (who && !/^(he|she|they|it|we|i|the|this|that|el|ella|ellos)$/i.test(who)) found.push(who);
  }
  return found;
}

/**
 * An attribution difference: both sentences say who made the claim, and no one is in both.
 * "Petro said" vs "Trump said" diverge; "Petro said" vs "he said" say nothing.
 */
export function attributionDifference(page: string, report: string): Difference | null {
  const a = findAttribution(page);
  const b = findAttribution(report);
  if (a.length === 0 || b.length === 0) return null;
  const wa = nameWords(a);
  if ([...nameWords(b)].some((w) => wa.has(w))) return null;
  return { aspect: 'attribution', page: a.join(', '), report: b.join(', ') };
}

/**
 * The words that identify the named sources, with each long name's initials: "the DEA" and "Drug
 * Enforcement Administration" are one source.
 */
function nameWords(names: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const name of names) {
    const parts = name.split(/\s+/).filter((w) => !ARTICLES.has(foldCase(w)));
    for (const part of parts) words.add(foldCase(part).replace(/\./g, ''));
    const capitals = parts.filter((w) => /^\p{Lu}/u.test(w));
    if (capitals.length >= 2) words.add(foldCase(capitals.map((w) => w[0]).join('')));
  }
  return words;
}

const ARTICLES = new Set(['the', 'el', 'la', 'los', 'las']);

// Particles negate whatever follows them closely ("did not accept the invitation"); "not only" and
// "not just", "no solo" add rather than deny. Sentences are accent-folded before these run: "jamás"
// is read as "jamas", "negó" as "nego".
const NEGATION =
  /\b(not(?! only| just| merely)|never|no(?! solo| solamente| unicamente)|nunca|jamas|ni|tampoco)\b|n[’']t\b/iu;
// Verbs of denial negate a statement or an offer ("denied the allegations", "rejected the
// invitation", "denied that…", "denied inviting…", "refused to…", "negó haber…"), not an event:
// "Petro rejected the strikes" is an opinion of the strikes, which still happened.
const DENIAL =
  /\b(denied|denies|deny|rejected|rejects|refused|refuses|nego|negaron|niega|niegan|rechazo|rechaza|rechazaron|desmintio|desmiente|desmintieron)\b/iu;
const CLAUSE_AFTER_DENIAL = /^\s*(that|to|que|haber|\p{L}+ing)\b/iu;
const STATEMENT =
  /^(allegation|accusation|claim|charge|report|rumou?r|invitation|offer|proposal|request|involvement|link|tie|acusaci|invitaci|oferta|propuesta|vinculo)/iu;
const PURPOSE = /\b(so that|in order|para que|a fin de que|para no|de modo que)\b/iu;
// A negative verb under a negation affirms: "refused to rule out", "no descartó".
const NEGATIVE_VERB = /\b(rul(e|es|ed|ing) out|descart\p{L}*|exclu\p{L}*)\b/iu;

/**
 * A negation difference: one sentence negates a word both share and the other does not
 * ("Petro accepted the invitation" vs "Petro did not accept the invitation"). Each side's shared
 * words are looked for as that side prints them ("negó la invitación" / "denied the invitation").
 */
export function negationDifference(
  page: string,
  report: string,
  sharedWords: readonly string[],
  reportWords: readonly string[] = sharedWords,
): Difference | null {
  const shared = new Set([...sharedWords, ...reportWords].map(foldCase));
  const negation = (sentence: string, words: readonly string[]): string | null => {
    const folded = foldCase(sentence);
    for (const word of words) {
      const at = folded.indexOf(foldCase(word));
      if (at < 0) continue;
      // Negation reaches back within the clause only: "did not accept the invitation", but not
      // "no se pronunció sobre la llamada" (what is negated there is speaking, not the call).
      const before = clauseBefore(folded, at);
      const near = before.split(/\s+/).slice(-4).join(' ');
      const particle = NEGATION.exec(near);
      // The particle negates the shared word only when nothing else the two do not share stands
      // between them: "will not accept threats" negates accepting, not the threats.
      const afterParticle = particle ? near.slice(particle.index + particle[0].length) : '';
      // A negation inside a purpose ("so that North Americans do not consume it", "para que no
      // llegue") states what was prevented, which the other side may say without a "not".
      if (
        particle &&
        !PURPOSE.test(before) &&
        !NEGATIVE_VERB.test(afterParticle) &&
        reaches(afterParticle, shared, namesIn(sentence))
      )
        return printed(sentence, folded, particle[0], at);
      const denial = DENIAL.exec(before);
      if (!denial) continue;
      // What is denied: a clause ("denied that…", "refused to…"), or a statement named on the way
      // to the shared word ("denied the allegations of drug trafficking", "denies any links to…").
      const between = before.slice(denial.index + denial[0].length);
      if (NEGATIVE_VERB.test(between)) continue;
      // The denied clause may start at the shared word itself: "denied inviting Trump".
      const clause = `${between}${foldCase(word)}`;
      if (CLAUSE_AFTER_DENIAL.test(clause) || [word, ...between.split(/\s+/)].some((w) => STATEMENT.test(w)))
        return printed(sentence, folded, denial[0], at);
    }
    return null;
  };
  // A question ("Whether Trump will accept the invitation remains unclear") affirms nothing, so it
  // cannot conflict with a negation; an allegation ("Washington has cast a shadow… by alleging his
  // involvement", "Trump has maintained that…") only reports a claim, which a denial answers
  // without conflict.
  const asks = (sentence: string, words: readonly string[], denied: boolean): boolean => {
    const folded = foldCase(sentence);
    return words.some((word) => {
      const at = folded.indexOf(foldCase(word));
      if (at < 0) return false;
      // An allegation is looked for further back: "Trump has maintained that Petro has been hostile".
      const before = clauseBefore(folded, at, 60);
      // The shared word may be the alleging verb itself: "Trump had accused Petro…".
      return QUESTION.test(before) || (denied && (ALLEGATION.test(before) || ALLEGING.test(foldCase(word))));
    });
  };
  if (!mayNegate(page) && !mayNegate(report)) return null;
  const a = negation(page, sharedWords);
  const b = negation(report, reportWords);
  if (Boolean(a) === Boolean(b)) return null;
  const denied = DENIAL.test(foldCase(a ?? b ?? ''));
  if (a ? asks(report, reportWords, denied) : asks(page, sharedWords, denied)) return null;
  return { aspect: 'negation', page: a ?? '(affirmed)', report: b ?? '(affirmed)' };
}

// A corpus sentence meets many page sentences: whether it negates is read once (bounded memo).
const negates = new Map<string, boolean>();

/** Whether a sentence has any negating word at all: most have none, and need no closer look. */
export function mayNegate(sentence: string): boolean {
  let known = negates.get(sentence);
  if (known === undefined) {
    if (negates.size >= 5_000) negates.clear();
    const folded = foldCase(sentence);
    known = NEGATION.test(folded) || DENIAL.test(folded);
    negates.set(sentence, known);
  }
  return known;
}

/**
 * Whether a negation difference rests on a verb of denial ("denied", "rechazó") rather than a
 * particle: what is denied is a statement, so it is a difference only between versions known to
 * state the same claim ("Trump rejected Petro's invitation" does not deny that Petro issued one).
 */
export function isDenial(difference: Difference): boolean {
  return DENIAL.test(foldCase(`${difference.page} ${difference.report}`));
}

/** A negating word as the sentence prints it, accents and all ("negó", not "nego"). */
function printed(sentence: string, folded: string, word: string, before: number): string {
  const at = folded.lastIndexOf(word, before);
  return at < 0 ? word : sentence.slice(at, at + word.length);
}

const QUESTION = /\bwhether\b|[¿?]/iu;
// The verbs of alleging, not the nouns: "The allegations were confirmed" affirms.
const ALLEGING = /^(alleg(e|es|ed|ing)|accus(e|es|ed|ing)|acus(o|a|an|aron|ado|ada|ados|adas|ar))$/u;
const ALLEGATION =
  /\b(alleg\w*|accus\w*|acus\w*|claim(s|ed|ing)?|maintain\w*|insist\w*|assert\w*|suggest\w*|impl(y|ies|ied|ying)|slander\w*|sostuvo|sostiene|insistio)\b/iu;

/**
 * Whether a negation reaches a shared word: every word between them is a function word, a name, a
 * verb of saying ("never called Petro hostile" denies the calling, so the claim) or shared itself.
 */
function reaches(between: string, shared: ReadonlySet<string>, names: ReadonlySet<string>): boolean {
  return between
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter((w) => w && !STOPWORDS.has(w) && !names.has(w) && !SAYING.test(w))
    .every((w) => [...shared].some((s) => w.startsWith(s) || s.startsWith(w)));
}

const SAYING = /^(call|describ|label|brand|term|dub|claim|consider|llam|calific|tild)/u;

/** The capitalised words of a sentence, folded: its names. */
function namesIn(sentence: string): Set<string> {
  return new Set((sentence.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).map(foldCase));
}

/** The text of a clause up to `at`, at most `reach` characters back. */
function clauseBefore(folded: string, at: number, reach = 30): string {
  return folded
    .slice(Math.max(0, at - reach), at)
    .split(/[,;:—–]/)
    .pop()!;
}

// Verbs and nouns of change, up and down, English and Spanish, accent-folded.
const UP =
  /\b(rose|rise|rises|rising|risen|increas\p{L}*|surg\p{L}*|grew|grow|grows|growing|grown|growth|climb\p{L}*|jump\p{L}*|soar\p{L}*|doubl\p{L}*|tripl\p{L}*|aument\p{L}*|subio|subieron|crec\p{L}*|dispar\p{L}*|increment\p{L}*)\b/iu;
const DOWN =
  /\b(fell|fall|falls|falling|fallen|decreas\p{L}*|declin\p{L}*|drop|drops|dropped|dropping|shrank|shrink\p{L}*|plung\p{L}*|plummet\p{L}*|cayo|cayeron|cae|caen|caida|disminu\p{L}*|descend\p{L}*|retroced\p{L}*)\b/iu;

/**
 * A direction difference: one sentence says a quantity went up ("surged by over 50 %", "aumentó")
 * and the other that it went down ("fell", "cayó"). Checked only between versions known to state
 * the same claim: "prices rose" and "deaths fell" are two claims.
 */
export function directionDifference(page: string, report: string): Difference | null {
  const way = (sentence: string) => {
    const folded = foldCase(sentence);
    const up = UP.exec(folded);
    const down = DOWN.exec(folded);
    if (Boolean(up) === Boolean(down)) return null;
    const m = (up ?? down)!;
    return { up: Boolean(up), word: sentence.slice(m.index, m.index + m[0].length) };
  };
  const a = way(page);
  const b = way(report);
  if (!a || !b || a.up === b.up) return null;
  return { aspect: 'direction', page: a.word, report: b.word };
}

// Case is spelled out rather than flagged: under the i flag \p{Lu} matches any letter, and names
// would run on into the verb ("Donald Trump called").
const TITLE = '([Pp]resident|[Pp]residente|[Mm]inister|[Mm]inistro|[Ss]ecretary|[Ss]ecretario|[Ll]eader)';
// "former President Trump", "ex-president", and the Spanish "expresidente Trump" in one word.
const FORMER = new RegExp(
  String.raw`\b(?:[Ff]ormer\s+|[Ee]x-?\s*)(?:US\s|U\.S\.\s)?${TITLE}\s+((?:\p{Lu}\p{L}+\s?){1,3})`,
  'u',
);

/**
 * A title difference: one sentence calls someone "former President" where the other gives the
 * same person the title as current ("U.S. President Donald Trump").
 */
export function titleDifference(page: string, report: string): Difference | null {
  const formerPage = FORMER.exec(page);
  const formerReport = FORMER.exec(report);
  if (Boolean(formerPage) === Boolean(formerReport)) return null;
  const former = (formerPage ?? formerReport)!;
  const other = formerPage ? report : page;
  const name = former[2]!.trim().split(/\s+/).pop()!;
  const current = new RegExp(
    String.raw`(?:(?:US|U\.S\.|\p{Lu}\p{L}+)\s+)?${TITLE}\s+(?:\p{Lu}\p{L}+\s+){0,2}${name}`,
    'u',
  ).exec(other);
  if (!current || /former|ex-?$/i.test(other.slice(Math.max(0, current.index - 8), current.index)))
    return null;
  return formerPage
    ? { aspect: 'title', page: former[0].trim(), report: current[0] }
    : { aspect: 'title', page: current[0], report: former[0].trim() };
}
