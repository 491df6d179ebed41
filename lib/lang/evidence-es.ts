import type { EvidenceWords } from './types';

/** Spanish words the second look at a pair reads (clauses, event frames, how things are named). */
// prettier-ignore
export const EVIDENCE_ES: EvidenceWords = {
  /** "la llamada Lista Clinton": how a thing is named ("so-called"), not a call. */
  namingPhrases: /\b(?:el|la|los|las)\s+llamad[oa]s?\s+(?=\p{Lu}|["“«])/gu,
  clauseOpeners: ['que', 'quien', 'quienes', 'mientras', 'tras', 'después', 'antes', 'porque', 'aunque', 'cuando',
    'donde', 'luego'],
  /** Months and days reach the English names through the lexicon's calendar. */
  calendar: [],
  clauseBreaks: [
    String.raw`\s+(?=(?:mientras|tras)\s)`,
    String.raw`,\s+(?=\p{Ll}+(?:[aá]ndo|i[eé]ndo)(?:l[aeo]s?|se|me|nos)?\s)`,
    String.raw`,?\s+(?=(?:y|pero)\s+\p{Ll}+(?:ó|aron|ieron|ando|iendo)\s)`,
  ],
  placeBefore: /\b(?:en|desde|hacia|visitar)\s+$/iu,
  personTitles: ['presidente', 'secretario', 'ministro', 'líder', 'mandatario'],
  personVerbsBefore: ['dijo', 'afirmó', 'aseguró', 'escribió', 'según', 'señaló', 'agregó'],
  personVerbsAfter: ['dijo', 'afirmó', 'aseguró', 'escribió'],
  titleLinks: ['de', 'del'],
  frames: {
    invite: ['invitar', 'invitó', 'invita', 'invitación'],
    meet: ['llamada', 'conversación', 'conversaron', 'telefónica', 'diálogo', 'reunión', 'reunirse', 'reunirá',
      'encuentro', 'cumbre'],
    threaten: ['amenaza', 'amenazó', 'amenazas', 'advertencia', 'advirtió', 'advierte'],
    accuse: ['acusar', 'acusó', 'acusa', 'acusación', 'acusaciones', 'señalamientos'],
    deny: ['negar', 'negó', 'niega', 'rechazó', 'rechaza', 'desmintió'],
    condemn: ['condenar', 'condenó', 'criticó', 'critica', 'denunció'],
    seize: ['incautar', 'incautó', 'incautación', 'incautaciones', 'decomiso', 'decomisó'],
    destroy: ['destruir', 'destruyó', 'destrucción', 'destruimos', 'desmantelar'],
    strike: ['ataque', 'ataques', 'bombardeo', 'bombardeos', 'misil', 'misiles', 'atacó'],
    sanction: ['sanción', 'sanciones', 'sancionó'],
    decertify: ['descertificar', 'descertificó', 'descertificación'],
    revoke: ['revocar', 'revocó', 'retiró'],
    kill: ['matar', 'mató', 'muertos', 'muerte', 'muertes', 'murieron'],
    produce: ['producir', 'produce', 'producción', 'fabrica', 'fabricación'],
  },
};
