/**
 * English synonym groups of the news domain this corpus covers (drugs, security, diplomacy), after
 * the CAMEO event codes: the words of a group meet on one pivot term. English is the pivot language.
 */

/** English words that count as one concept; the first word names it. Keep groups narrow. */
// prettier-ignore
export const ENGLISH_SYNONYMS: readonly (readonly string[])[] = [
  // Event kinds of political news (after the CAMEO event codes), then things counted.
  ['invitation', 'invite', 'invited', 'inviting', 'invitations'],
  ['consultation', 'meeting', 'meet', 'met', 'meetings', 'encounter', 'summit', 'conversation', 'conversations', 'call',
    'calls', 'phone', 'talk', 'talks', 'talked', 'dialogue', 'discussion', 'discussions', 'discussed'],
  ['warning', 'warn', 'warned', 'warnings', 'threat', 'threats', 'threaten', 'threatened', 'threatening', 'consequences',
    'ultimatum'],
  ['allegation', 'allegations', 'allege', 'alleged', 'alleging', 'accusation', 'accusations', 'accuse', 'accused',
    'accusing', 'slander', 'slandered', 'implicate', 'implicated', 'implying', 'imply', 'implied', 'blame', 'blamed'],
  ['criticism', 'criticize', 'criticized', 'criticise', 'criticised', 'condemn', 'condemned', 'condemnation',
    'denounce', 'denounced', 'rebuke', 'rebuked', 'decry', 'decried'],
  ['denial', 'deny', 'denied', 'denies', 'rebuff', 'rebuffed', 'refute', 'refuted'],
  ['seizure', 'seizures', 'seize', 'seized', 'confiscate', 'confiscated', 'confiscation', 'confiscating', 'interdiction',
    'haul'],
  ['destroy', 'destroyed', 'destruction', 'dismantle', 'dismantled', 'dismantling', 'demolish', 'demolition',
    'demolitions'],
  ['production', 'produce', 'produced', 'producing', 'produces', 'manufacture', 'manufacturing', 'manufactured'],
  ['bombing', 'bombings', 'bombardment', 'bombardments', 'airstrike', 'airstrikes'],
  ['laboratory', 'laboratories', 'lab', 'labs'],
  ['killed', 'kill', 'killing', 'killings', 'dead', 'death', 'deaths'],
  ['vessel', 'vessels', 'boat', 'boats', 'ship', 'ships', 'speedboat', 'speedboats'],
  ['drug', 'drugs', 'narcotic', 'narcotics'],
  ['trafficking', 'traffic', 'trafficker', 'traffickers', 'smuggling', 'smuggler', 'smugglers'],
  ['tons', 'ton', 'tonnes', 'tonne'],
  ['military', 'army', 'armed', 'troops'],
  ['revoke', 'revoked', 'revokes', 'revocation', 'cancel', 'canceled', 'cancelled', 'cancels'],
  ['sell', 'sells', 'selling', 'sold', 'sale', 'sales'],
  ['observe', 'observed', 'observing', 'watch', 'watched', 'watching', 'witness', 'witnessed', 'witnessing'],
  ['weapons', 'weapon', 'arms'],
  ['end', 'ended', 'ends', 'conclude', 'concluded', 'concludes'],
];
