import type { EvidenceWords } from './types';

/** English words the second look at a pair reads (clauses, event frames, how things are named). */
// prettier-ignore
export const EVIDENCE_EN: EvidenceWords = {
  /** "the so-called war on drugs": how a thing is named, not a call (read apart by the terms too). */
  namingPhrases: /\bso[- ]called\s+/giu,
  /** Months and days, as name terms (Spanish ones reach these through the lexicon's calendar). */
  calendar: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  /** Words that open a new clause after a comma or on their own. */
  clauseOpeners: ['which', 'who', 'while', 'whereas', 'after', 'as', 'following', 'before', 'because', 'although',
    'though', 'since', 'when', 'where'],
  /** Breaks that open a clause besides punctuation and the openers: the patterns' sources. */
  clauseBreaks: [
    String.raw`\s+(?=(?:while|whereas|after|following)\s)`,
    String.raw`,\s+(?=\p{Ll}+(?:ing|ed)\s)`,
    String.raw`,?\s+(?=(?:and|but)\s+(?:(?:has|have|had|was|were|is|will)\s+)?\p{Ll}+(?:ing|ed)\s)`,
  ],
  /** A name after these is a place ("in Colombia", "to the United States"). */
  placeBefore: /\b(?:(?:in|into|from|across|toward|towards|visit|visiting)\s+(?:the\s+)?|to\s+the\s+)$/iu,
  /** Titles and verbs of saying before a person's name, and verbs after it (patterns' sources). */
  personTitles: ['president', 'secretary', 'minister', 'leader'],
  personVerbsBefore: [],
  personVerbsAfter: ['said', 'says', 'told', 'wrote'],
  /** Words that keep a title from taking the next word as its adjective ("president of"). */
  titleLinks: ['of'],
  /** Event frames: the kind of act a clause reports, by its trigger words. */
  frames: {
    invite: ['invite', 'invited', 'invitation', 'invites'],
    // Calls and meetings are one kind of act, as the lexicon has them: talks between the parties.
    meet: ['call', 'phone', 'phoned', 'conversation', 'talks', 'dialogue', 'discussion', 'meet', 'meeting', 'met',
      'summit', 'encounter', 'face-to-face'],
    threaten: ['threaten', 'threatened', 'threat', 'warn', 'warned', 'warning', 'ultimatum'],
    accuse: ['accuse', 'accused', 'accusation', 'allege', 'alleged', 'alleging', 'allegation', 'slander', 'blame'],
    deny: ['deny', 'denied', 'denial', 'reject', 'rejected', 'rebuff', 'refute'],
    condemn: ['condemn', 'condemned', 'denounce', 'denounced', 'criticize', 'criticized', 'criticism'],
    seize: ['seize', 'seized', 'seizure', 'confiscate', 'confiscated', 'haul', 'interdiction'],
    destroy: ['destroy', 'destroyed', 'destruction', 'dismantle', 'dismantled'],
    strike: ['strike', 'strikes', 'attack', 'attacked', 'bomb', 'bombing', 'bombardment', 'airstrike', 'missile'],
    sanction: ['sanction', 'sanctioned', 'sanctions'],
    decertify: ['decertify', 'decertified', 'decertification'],
    revoke: ['revoke', 'revoked', 'revocation'],
    kill: ['kill', 'killed', 'killing', 'dead', 'death', 'deaths'],
    produce: ['produce', 'produced', 'producing', 'production', 'manufacture', 'manufacturing'],
  },
};
