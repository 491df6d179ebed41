import { stemmer } from '@orama/stemmers/spanish';
import { SPANISH_CALENDAR, SPANISH_TO_ENGLISH } from './lexicon-es';
import type { LanguageProfile } from './types';

/** Spanish: its lexicon maps words onto English pivot terms. */
// prettier-ignore
export const es = {
  code: 'es' as const,
  example: 'El presidente Gustavo Petro dijo el martes que el ejército no destruyó 200 laboratorios en 2024, según el ministerio.',
  pivot: false,
  stem: stemmer,
  thousandsMark: '.',
  headFirst: true,
  participleEndings: [],
  functionWords: ['el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'por', 'con', 'una', 'es', 'se'],
  stopWords: [
    'a', 'al', 'algo', 'algun', 'alguna', 'algunas', 'alguno', 'algunos', 'ante', 'antes', 'aqui', 'asi',
    'aun', 'bajo', 'cada', 'casi', 'como', 'con', 'contra', 'cual', 'cuales', 'cuando', 'de', 'del', 'desde',
    'donde', 'dos', 'durante', 'e', 'el', 'ella', 'ellas', 'ello', 'ellos', 'en', 'entre', 'era', 'eran',
    'es', 'esa', 'esas', 'ese', 'eso', 'esos', 'esta', 'estaba', 'estado', 'estan', 'estar', 'estas', 'este',
    'esto', 'estos', 'fue', 'fueron', 'ha', 'habia', 'han', 'hasta', 'hay', 'la', 'las', 'le', 'les', 'lo',
    'los', 'mas', 'me', 'mi', 'mis', 'mismo', 'muy', 'nada', 'ni', 'no', 'nos', 'nosotros', 'nuestra',
    'nuestro', 'o', 'os', 'otra', 'otras', 'otro', 'otros', 'para', 'pero', 'poco', 'por', 'porque', 'que',
    'quien', 'quienes', 'se', 'sea', 'segun', 'ser', 'si', 'sido', 'siempre', 'sin', 'sino', 'sobre', 'son',
    'su', 'sus', 'tambien', 'tan', 'tanto', 'te', 'tiene', 'tienen', 'todo', 'todos', 'tras', 'tu', 'un',
    'una', 'uno', 'unos', 'unas', 'y', 'ya', 'yo', 'dijo', 'afirmo', 'aseguro', 'senalo', 'indico', 'agrego',
    'explico', 'anadio', 'segun', 'sr', 'sra', 'hace', 'puede', 'pueden', 'ser', 'haber', 'sido', 'este',
    'ano', 'anos', 'dia', 'dias', 'hoy',
  ],
  abbreviations: [
    'sra', 'srta', 'dra', 'lic', 'ing', 'arq', 'abg', 'gral', 'cnel', 'tte', 'cap', 'sto', 'sta', 'dña',
    'dn', 'ud', 'uds', 'vd', 'vds', 'pág', 'págs', 'núm', 'nro', 'art', 'aprox', 'tel', 'av', 'avda', 'cía',
    'depto', 'ee', 'uu', 'ff', 'aa', 'ss', 'gob', 'pdte', 'excmo', 'excma',
  ],
  titleAbbreviations: [
    'sra', 'srta', 'dra', 'lic', 'ing', 'arq', 'abg', 'gral', 'cnel', 'tte', 'cap', 'dña', 'dn', 'excmo',
    'excma', 'ee', 'pdte',
  ],
  sentenceStarters: [
    'el', 'la', 'los', 'las', 'un', 'una', 'en', 'pero', 'y', 'por', 'para', 'con', 'según', 'este', 'esta',
    'ese', 'esa', 'su', 'sus', 'se', 'además', 'sin', 'tras',
  ],
  titleWords: ['presidente', 'ministro', 'secretario', 'senador'],
  barePrefixes: ['anti', 'pro', 'ex', 'co'],
  skippedWords: [],
  mannerAdverbs: { suffix: 'mente', minLength: 8, except: [] },
  lexicon: { synonyms: [], toPivot: SPANISH_TO_ENGLISH, calendar: SPANISH_CALENDAR },
  numberWordsNotAlone: ['uno', 'una', 'one', 'ten', 'once'],
  scopePatterns: {
    single: ['un solo', 'una sola', 'en un solo', 'de una sola vez'],
    total: [
      'hasta (la fecha|ahora)', 'en total', 'en lo que va', String.raw`desde \d{4}`,
      '(durante|en|bajo) (su|el) (gobierno|mandato|presidencia)', 'acumulad[oa]s?',
    ],
  },
  labelWords: [
    'articulo', 'resolucion', 'capitulo', 'numero', 'ruta', 'vuelo', 'modelo', 'decreto', 'ley', 'pagina', 'fase',
    'nivel', 'titulo',
  ],
  yearWords: ['en', 'desde', 'de', 'del', 'hasta', 'durante', 'para', 'entre', 'y', 'ano', 'el'],
  commentaryPatterns: ['subraya', 'evidencia', 'refleja', 'representa', 'pone de manifiesto'],
  // Folded; they reach the English terms of telling through the lexicon ("anunció" → announce).
  tellingVerbs: ['anuncio', 'anunciaron', 'declaracion', 'publicacion'],
  negation: {
    particlePatterns: ['no(?! solo| solamente| unicamente)', 'nunca', 'jamas', 'ni', 'tampoco'],
    contractionPatterns: [],
    denialVerbs: [
      'nego', 'negaron', 'niega', 'niegan', 'rechazo', 'rechaza', 'rechazaron', 'desmintio', 'desmiente',
      'desmintieron',
    ],
    deniedClausePatterns: ['que', 'haber'],
    statementStems: ['acusaci', 'invitaci', 'oferta', 'propuesta', 'vinculo'],
    purposePatterns: ['para que', 'a fin de que', 'para no', 'de modo que'],
    negativeVerbPatterns: [String.raw`descart\p{L}*`, String.raw`exclu\p{L}*`],
    questionWords: [],
    allegingPatterns: ['acus(o|a|an|aron|ado|ada|ados|adas|ar)'],
    allegationPatterns: [String.raw`acus\w*`, 'sostuvo', 'sostiene', 'insistio'],
    sayingStems: ['llam', 'calific', 'tild'],
  },
  attribution: {
    accordingToPatterns: ['[Ss]egún'],
    auxiliaryPatterns: [],
    verbsAfterSpeaker: ['dijo', 'afirmó', 'escribió', 'aseguró', 'señaló', 'acusó', 'advirtió', 'negó'],
    verbsBeforeSpeaker: ['dijo', 'afirmó', 'escribió', 'añadió'],
    nobody: ['el', 'ella', 'ellos'],
    articles: ['el', 'la', 'los', 'las'],
  },
  direction: {
    upPatterns: [
      String.raw`aument\p{L}*`, 'subio', 'subieron', String.raw`crec\p{L}*`, String.raw`dispar\p{L}*`,
      String.raw`increment\p{L}*`,
    ],
    downPatterns: [
      'cayo', 'cayeron', 'cae', 'caen', 'caida', String.raw`disminu\p{L}*`, String.raw`descend\p{L}*`,
      String.raw`retroced\p{L}*`,
    ],
  },
  titles: {
    officePatterns: ['[Pp]residente', '[Mm]inistro', '[Ss]ecretario'],
    formerPatterns: [String.raw`[Ee]x-?\s*`],
  },
} satisfies LanguageProfile;
