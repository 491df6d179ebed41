/**
 * English words the second look at a pair reads (clauses, event frames, how things are named). Kept apart
 * from the language profiles for now; they belong there.
 */
// prettier-ignore
export const STORY_WORDS_EN = {
  /** "the so-called war on drugs": how a thing is named, not a call (read apart by the terms too). */
  namingPhrases: /\bso[- ]called\s+/giu,
  /** Months and days, as name terms (Spanish ones reach these through the lexicon's calendar). */
  calendar: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  /** Words that open a new clause after a comma or on their own. */
  clauseOpeners: ['which', 'who', 'while', 'whereas', 'after', 'as', 'following', 'before', 'because', 'although',
    'though', 'since', 'when', 'where'],
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
} as const;
