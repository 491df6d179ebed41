import { stemmer } from '@orama/stemmers/spanish';
import { EVIDENCE_ES } from './evidence-es';
import { SPANISH_CALENDAR, SPANISH_TO_ENGLISH } from './lexicon-es';
import type { LanguageProfile } from './types';

/** Spanish: its lexicon maps words onto English pivot terms. */
// prettier-ignore
export const es = {
  code: 'es' as const,
  example: 'El presidente Gustavo Petro dijo el martes que el ejército no destruyó 200 laboratorios en 2024, según el ministerio.',
  pivot: false,
  evidence: EVIDENCE_ES,
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
  numbers: {
    words: {
      uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
      once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18,
      diecinueve: 19, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70,
      ochenta: 80, noventa: 90, cien: 100, ciento: 100, docena: 12, veintiuno: 21, veintiun: 21, veintiuna: 21,
      veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27,
      veintiocho: 28, veintinueve: 29, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300,
      cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600,
      seiscientas: 600, setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800,
      novecientos: 900, novecientas: 900,
    },
    multipliers: {
      docena: 12, centenar: 100, millar: 1000,
    },
    groups: {
      mil: 1e3, millon: 1e6, millones: 1e6, billon: 1e12, billones: 1e12,
    },
    scales: {
      mil: 1e3, millon: 1e6, millones: 1e6, 'mil millones': 1e9, billon: 1e12, billones: 1e12,
    },
    vague: {
      decenas: [20, 199], cientos: [200, 1999], centenares: [200, 1999], miles: [2000, 999_999],
      millones: [2e6, 999e6], 'decenas de miles': [20_000, 99_999], 'cientos de miles': [200_000, 999_999],
      'miles de millones': [2e9, 999e9], numerosos: [2, Infinity], numerosas: [2, Infinity],
      muchos: [2, Infinity], muchas: [2, Infinity], varios: [2, Infinity], varias: [2, Infinity],
    },
    fractions: {
      mitad: 50, tercio: 100 / 3, tercios: 100 / 3, cuarta: 25, cuartas: 25, quinta: 20, quintas: 20,
      cuarto: 25, cuartos: 25,
    },
  },
  units: {
    tonelada: 'ton', toneladas: 'ton', 'toneladas metricas': 'ton', 'tonelada metrica': 'ton', kilogramo: 'kg',
    kilogramos: 'kg', gramos: 'g', libras: 'lb', 'por ciento': 'percent', porcentaje: 'percent',
    'puntos porcentuales': 'pp', dólares: 'usd', dolares: 'usd', pesos: 'cop', hectareas: 'ha',
    hectáreas: 'ha', kilometros: 'km', kilómetros: 'km',
    euros: 'eur', euro: 'eur', 'libras esterlinas': 'gbp', millas: 'mi', kilometro: 'km', hectarea: 'ha',
  },
  timeUnits: {
    segundo: 1 / 86400, segundos: 1 / 86400, minuto: 1 / 1440, minutos: 1 / 1440, hora: 1 / 24, horas: 1 / 24,
    dia: 1, dias: 1, día: 1, días: 1, semana: 7, semanas: 7, mes: 30.44, meses: 30.44, año: 365.25,
    años: 365.25, ano: 365.25, anos: 365.25,
  },
  rateWords: {
    diarios: 1, diarias: 1, diario: 1, diaria: 1, semanales: 7, semanal: 7, mensuales: 30.44, mensual: 30.44,
    anuales: 365.25, anual: 365.25, anualmente: 365.25,
  },
  months: {
    enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9,
    setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  },
  // A month without a day, after a word that makes it a time ("en septiembre", "finales de
  // octubre"). Group 1 the month, group 2 the year.
  monthAlone:
    /\b(?:en|desde|hasta|durante|de)\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?:\s+(?:de|del)\s+(\d{4}))?\b/giu,
  // Words before and after a figure that change what it claims, longest first ("no more than"
  // before "more than"). RESEARCH.md: ranges from approximators.
  qualifiers: {
    before: [
      // "del" fuses "de" with the article of a share: "alrededor del 84 %".
      ['no mas del', 'up-to'], ['mas del', 'over'], ['menos del', 'under'], ['cerca del', 'nearly'],
      ['alrededor del', 'about'], ['por encima del', 'over'], ['se acercan', 'nearly'], ['se acerca', 'nearly'],
      ['no mas de', 'up-to'], ['no menos de', 'at-least'], ['mas de', 'over'], ['por encima de', 'over'],
      ['al menos', 'at-least'], ['por lo menos', 'at-least'], ['menos de', 'under'], ['cerca de', 'nearly'],
      ['casi', 'nearly'], ['hasta', 'up-to'], ['alrededor de', 'about'], ['aproximadamente', 'about'],
      ['unos', 'about'], ['unas', 'about'], ['un estimado de', 'about'], ['superior a', 'over'],
      ['mas de un', 'over'],
    ],
    after: [['o mas', 'at-least']],
  },
  figureWords: {
    of: ['de'], ofThe: ['del'], articles: ['un', 'una'], determiners: ['la', 'el', 'los', 'las'], each: ['cada'],
    one: ['uno', 'una'], and: ['y'], between: ['entre'], rangeFrom: ['de', 'desde'], rangeTo: ['a', 'hasta'],
    half: [], halfFactor: ['medio', 'media'], loneGroups: ['mil'], shareOnes: ['una', 'un', 'la', 'las'],
    shareDefinite: ['la'], fractionParts: ['partes', 'parte'], shareLinks: ['de cada'],
    approximatorEnds: ['casi', 'aproximadamente'],
    ratePrepositions: ['al', 'por'], rateArticles: ['la', 'el'],
    timePoint: ['siguiente', 'despues', 'antes', 'anterior', 'atras', 'mas', 'tarde'], ordinalSuffixes: ['º', 'ª'],
    periodOrdinals: ['primera', 'segunda', 'primer', 'segundo'],
  },
  furniture: {
    interfaceWords: [
      'publicidad', 'suscríbete', 'comentarios', 'compartir', 'anuncio', 'aplicación', 'notificaciones', 'descarga',
      'descargue', 'suscríbase', 'regístrate', 'síguenos', 'síganos', 'privacidad', 'aceptar', 'permiso',
    ],
    aboutTheArticle: [
      /^(corrección|aclaración|fe de erratas)\b/i,
      /^(con\s+información\s+de|con\s+reporte\s+de)\b/i,
      /\b(colaboró|contribuyó)\s+(con|en|a)\s+(este|esta)\s+(informe|nota|reportaje|artículo)\b/i,
      /\b(no\s+se\s+hace\s+responsable\s+del\s+contenido)\b/i,
      /^(fuente\s+de\s+la\s+imagen|foto|crédito)s?\s*[,:]/i,
      /^(siga|sigue|síganos|síguenos)\b.*\b(google\s+news|whatsapp|telegram|twitter|facebook|instagram)\b/i,
      /\b(actualizado|publicado)\s*:/i,
    ],
    linkListPatterns: [
      String.raw`seguir\s+leyendo`, String.raw`sigue\s+leyendo`, String.raw`lea\s+también`, String.raw`leer\s+más`,
      String.raw`más\s+noticias`, String.raw`te\s+puede\s+interesar`, String.raw`le\s+puede\s+interesar`,
    ],
  },
  contractions: [],
  scopePatterns: {
    single: [
      // One occurrence named by its rank, its number or its day: "el primer misil", "una lancha", "el martes".
      String.raw`(el|la|su) (primer|primera|segundo|segunda|tercer|tercera|[uú]ltimo|[uú]ltima) (ataque|misil|bombardeo|lancha|barco|embarcaci[oó]n|operaci[oó]n|incidente|explosi[oó]n|incautaci[oó]n)`,
      String.raw`un (ataque|misil|bombardeo|lancha|barco|embarcaci[oó]n|operaci[oó]n|incidente|explosi[oó]n|incautaci[oó]n)|una (lancha|embarcaci[oó]n|operaci[oó]n|explosi[oó]n)`, String.raw`(el|este|ese) (lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)`, 'ayer','un solo', 'una sola', 'en un solo', 'de una sola vez',
      // One occurrence named by its rank: "el primer ataque", "la mayor incautación".
      String.raw`(el|la) (primer|primera|segundo|segunda|tercer|tercera|ultimo|ultima|último|última|mayor) (ataque|bombardeo|operaci[oó]n|incautaci[oó]n|redada|cargamento)`,
    ],
    total: [
      String.raw`desde (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)`, 'hasta el momento', String.raw`(han|ha) (matado|muerto|dejado)`,
      'hasta (la fecha|ahora)', 'en total', 'un total de', 'en lo que va', String.raw`desde \d{4}`,
      '(durante|en|bajo) (su|el) (gobierno|mandato|presidencia)', 'acumulad[oa]s?',
      // "desde que asumió", "ya superan las 2.700 toneladas": a count still running.
      String.raw`desde que (asum|lleg|tom)\p{L}*`, 'en lo corrido',
      '(desde|a lo largo de) (el|su) (inicio|comienzo|principio) (de|del) (su|el)? ?(gobierno|mandato|presidencia|año)',
      String.raw`ya (super|sum|ascend|ascien|alcanz|rebas)\p{L}*`,
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
    sourceArticles: [],
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
