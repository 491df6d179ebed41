import { stemmer } from '@orama/stemmers/english';
import { EVIDENCE_EN } from './evidence-en';
import { ENGLISH_SYNONYMS } from './lexicon-en';
import type { LanguageProfile } from './types';

/** English: the pivot language every lexicon maps onto. */
// prettier-ignore
export const en = {
  code: 'en' as const,
  example: 'Colombian President Gustavo Petro said on Tuesday that the army did not destroy 200 laboratories in 2024, according to the ministry.',
  pivot: true,
  evidence: EVIDENCE_EN,
  stem: stemmer,
  thousandsMark: ',',
  headFirst: false,
  participleEndings: ['ed', 'ing'],
  functionWords: ['the', 'of', 'and', 'to', 'is', 'was', 'that', 'with', 'for', 'has', 'have', 'his', 'he'],
  stopWords: [
    'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as',
    'at', 'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by', 'can',
    'could', 'did', 'do', 'does', 'doing', 'down', 'during', 'each', 'either', 'even', 'ever', 'few', 'for',
    'from', 'further', 'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers', 'herself', 'him',
    'himself', 'his', 'how', 'however', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'itself', 'just', 'let',
    'may', 'me', 'might', 'more', 'most', 'much', 'must', 'my', 'myself', 'neither', 'nor', 'of', 'off',
    'on', 'once', 'only', 'onto', 'or', 'other', 'ought', 'our', 'ours', 'ourselves', 'out', 'over', 'own',
    'per', 'same', 'shall', 'she', 'should', 'so', 'some', 'such', 'than', 'that', 'the', 'their', 'theirs',
    'them', 'themselves', 'then', 'there', 'these', 'they', 'this', 'those', 'through', 'thus', 'to', 'too',
    'toward', 'towards', 'under', 'until', 'up', 'upon', 'us', 'very', 'via', 'was', 'we', 'were', 'what',
    'when', 'where', 'which', 'while', 'who', 'whom', 'whose', 'why', 'will', 'with', 'within', 'without',
    'would', 'you', 'your', 'yours', 'yourself', 'yet', 'said', 'says', 'say', 'saying', 'told', 'tell',
    'according', 'added', 'adding', 'stated', 'stating', 'noted', 'noting', 'reported', 'reports',
    'reporting', 'wrote', 'writes', 'mr', 'mrs', 'ms', 'dr', 'oh', 'ok', 'okay', 'whether', 'instead',
    'since', 'among', 'amid', 'around', 'across', 'along', 'already', 'still', 'now', 'well', 'many',
    'several', 'another', 'least', 'recently', 'recent', 'new', 'one', 'ones', 'get', 'got', 'make', 'made',
    'making', 'come', 'came', 'go', 'going', 'went', 'like', 'time', 'times', 'way', 'year', 'years', 'day',
    'days', 'today', 'yesterday', 'week', 'really', 'that\'s', 'it\'s',
  ],
  abbreviations: [
    'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt',
    'adm', 'cmdr', 'gov', 'sen', 'rep', 'pres', 'rev', 'hon', 'amb', 'supt', 'insp', 'det', 'fr', 'messrs',
    'no', 'nos', 'vol', 'vols', 'p', 'pp', 'ch', 'fig', 'figs', 'ed', 'eds', 'est', 'approx', 'dept', 'univ',
    'inc', 'corp', 'co', 'ltd', 'llc', 'bros', 'vs', 'etc', 'cf', 'al', 'ca', 'ave', 'blvd', 'rd', 'mt',
    'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue',
    'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  ],
  titleAbbreviations: [
    'mr', 'mrs', 'ms', 'mx', 'dr', 'sr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm',
    'cmdr', 'gov', 'sen', 'rep', 'pres', 'rev', 'hon', 'amb', 'supt', 'insp', 'det', 'fr', 'messrs',
  ],
  sentenceStarters: [
    'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
    'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'after', 'before', 'when', 'while', 'if',
    'his', 'her', 'its', 'their', 'our', 'my', 'some', 'many', 'most', 'officials', 'however', 'meanwhile',
    'then', 'later', 'now', 'today', 'yesterday', 'earlier', 'last', 'next', 'both', 'all', 'no', 'as',
    'since',
  ],
  titleWords: [
    'president', 'minister', 'secretary', 'senator', 'governor', 'general', 'admiral', 'commander', 'defense',
    'defence', 'foreign', 'interior', 'state', 'former', 'vice', 'prime', 'chancellor', 'king', 'queen', 'pope',
    'ambassador', 'mayor', 'leader',
  ],
  barePrefixes: ['anti', 'pro', 'ex', 'non', 'co', 'self', 'so', 'cross', 'well', 'de', 're'],
  skippedWords: ['so-called'],
  // Words of six letters or more in -ly that are not adverbs of manner: adjectives that name a
  // property of the claim ("deadly strikes", "weekly flights") and nouns and verbs.
  mannerAdverbs: {
    suffix: 'ly',
    minLength: 6,
    except: [
      'family', 'supply', 'assembly', 'anomaly', 'monopoly', 'multiply', 'comply', 'homily', 'deadly', 'costly',
      'elderly', 'friendly', 'unfriendly', 'weekly', 'monthly', 'yearly', 'nightly', 'hourly', 'quarterly',
      'butterfly',
    ],
  },
  lexicon: { synonyms: ENGLISH_SYNONYMS, toPivot: {}, calendar: {} },
  numberWordsNotAlone: ['once', 'uno', 'una', 'dos', 'mil', 'cien'],
  numbers: {
    words: {
      one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
      twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
      nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
      ninety: 90, hundred: 100, dozen: 12,
    },
    multipliers: {
      hundred: 100, dozen: 12,
    },
    groups: {
      thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
    },
    scales: {
      thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mn: 1e6, bn: 1e9,
    },
    vague: {
      dozens: [24, 199], hundreds: [200, 1999], thousands: [2000, 999_999], millions: [2e6, 999e6],
      'tens of thousands': [20_000, 99_999], 'hundreds of thousands': [200_000, 999_999],
      billions: [2e9, 999e9], scores: [40, 199], numerous: [2, Infinity], many: [2, Infinity],
      multiple: [2, Infinity], several: [3, Infinity], various: [2, Infinity],
    },
    fractions: {
      half: 50, third: 100 / 3, thirds: 100 / 3, quarter: 25, quarters: 25, fifth: 20, fifths: 20,
    },
  },
  units: {
    ton: 'ton', tons: 'ton', tonne: 'ton', tonnes: 'ton', t: 'ton', 'metric tons': 'ton',
    'metric tonnes': 'ton', 'metric ton': 'ton', kilogram: 'kg', kilograms: 'kg', kilo: 'kg', kilos: 'kg',
    kg: 'kg', gram: 'g', grams: 'g', pound: 'lb', pounds: 'lb', lbs: 'lb', percent: 'percent',
    'per cent': 'percent', '%': 'percent', 'percentage points': 'pp', 'percentage point': 'pp', dollars: 'usd',
    dollar: 'usd', usd: 'usd', euros: 'eur', euro: 'eur', pounds_sterling: 'gbp', hectares: 'ha',
    hectare: 'ha', kilometres: 'km', kilometers: 'km', km: 'km', miles_distance: 'mi',
    pesos: 'cop', kilometre: 'km', kilometer: 'km',
  },
  timeUnits: {
    second: 1 / 86400, seconds: 1 / 86400, minute: 1 / 1440, minutes: 1 / 1440, hour: 1 / 24, hours: 1 / 24,
    day: 1, days: 1, week: 7, weeks: 7, month: 30.44, months: 30.44, year: 365.25, years: 365.25,
    'hour-long': 1 / 24, 'half-hour': 1 / 48, 'day-long': 1, 'week-long': 7, 'month-long': 30.44, 'year-long': 365.25,
  },
  rateWords: {
    daily: 1, weekly: 7, monthly: 30.44, annually: 365.25, yearly: 365.25, annual: 365.25,
  },
  months: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
    october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9,
    sept: 9, oct: 10, nov: 11, dec: 12,
  },
  // A month without a day, after a word that makes it a time ("in September"): English months
  // are capitalised, which keeps "may" and "march" out. Group 1 the month, group 2 the year.
  monthAlone:
    /\b(?:in|since|until|through|by|from|during|last|early|late|mid-)\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+(\d{4}))?\b/gu,
  // Words before and after a figure that change what it claims, longest first ("no more than"
  // before "more than"). RESEARCH.md: ranges from approximators.
  qualifiers: {
    before: [
      ['no more than', 'up-to'], ['not more than', 'up-to'], ['not less than', 'at-least'],
      ['in excess of', 'over'], ['more than', 'over'], ['upwards of', 'over'], ['greater than', 'over'],
      ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['at least', 'at-least'],
      ['a minimum of', 'at-least'], ['fewer than', 'under'], ['less than', 'under'], ['just under', 'nearly'],
      ['close to', 'nearly'], ['up to', 'up-to'], ['at most', 'up-to'], ['as many as', 'up-to'],
      ['as much as', 'up-to'], ['an estimated', 'about'], ['approximately', 'about'], ['roughly', 'about'],
      ['around', 'about'], ['about', 'about'], ['some', 'about'], ['estimated', 'about'], ['nearly', 'nearly'],
      ['almost', 'nearly'], ['approaching', 'nearly'], ['over', 'over'], ['above', 'over'], ['under', 'under'],
      ['below', 'under'],
    ],
    after: [['or more', 'at-least'], ['plus', 'at-least']],
  },
  figureWords: {
    of: ['of'], ofThe: [], articles: ['a', 'an'], determiners: ['the', 'a', 'an', 'this', 'that'],
    each: ['every', 'each'], one: ['one'], and: ['and'], between: ['between'], rangeFrom: ['from'], rangeTo: ['to'],
    half: ['half'], halfFactor: [], loneGroups: [], shareOnes: ['a', 'an', 'one'], shareDefinite: ['the'],
    fractionParts: [], shareLinks: ['in', 'out of'],
    approximatorEnds: ['nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'over', 'than', 'least'],
    ratePrepositions: ['per', 'a', 'an'], rateArticles: [],
    timePoint: ['after', 'before', 'ago', 'later', 'earlier', 'previously'], ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
    periodOrdinals: ['first', 'second', '1st', '2nd'],
  },
  furniture: {
    interfaceWords: [
      'app', 'apps', 'install', 'download', 'browser', 'click', 'tap', 'icon', 'screen', 'scroll', 'share', 'subscribe',
      'subscribers', 'newsletter', 'sign', 'login', 'log', 'cookie', 'cookies', 'comment', 'comments', 'reply',
      'users', 'user', 'site', 'website', 'respectful', 'privacy', 'policy', 'advertisement', 'ad', 'ads', 'sponsored',
      'follow', 'facebook', 'twitter', 'whatsapp', 'telegram', 'email', 'print', 'link', 'menu', 'search', 'pwa',
      'dock', 'ios', 'android', 'macos', 'ipad', 'iphone', 'notifications', 'font', 'px', 'top', 'register',
      'account', 'password', 'accept', 'settings', 'copyright', 'rights', 'reserved', 'loading',
      // Left in English pages by sites whose interface is in Turkish ("advertisement", "loading").
      'reklam', 'yükleniyor',
    ],
    aboutTheArticle: [
      /\b(contributed|contributing)\s+(reporting\s+)?(to\s+)?(this\s+)?(report|reporting|story|article)\b/i,
      /\b(this\s+(story|article|report)|the\s+(story|article))\s+(has\s+been|was)\s+(updated|corrected|originally\s+published|amended)\b/i,
      /^(correction)\b/i,
      /^(reporting\s+by|writing\s+by|editing\s+by)\b/i,
      /\b(not\s+responsible\s+for\s+the\s+content\s+of\s+external)\b/i,
      // Picture credits, newsletter and follow prompts, author bios, update stamps.
      /^(image\s+source|photo|credit)s?\s*[,:]/i,
      /\bnewsletter\b.*\b(sign\s+up|subscribe|inbox|start\s+your\s+day)\b|^sign\s+up\b/i,
      /^(follow)\b.*\b(google\s+news|whatsapp|telegram|twitter|facebook|instagram)\b/i,
      /^[\p{Lu}][\p{L}'’. -]{2,40}\s(covers|has\s+covered|reports\s+on|is\s+an?\s+(senior\s+)?(correspondent|reporter|writer|editor))\b/u,
      /\b(updated|published)\s*:/i,
    ],
    linkListPatterns: [String.raw`read\s+more`, String.raw`more\s+on\s+this`, 'related', 'recommended'],
  },
  contractions: [
    [/\bwon't\b/g, 'will not'], [/\bcan't\b/g, 'cannot'], [/n't\b/g, ' not'], [/'ll\b/g, ' will'],
    [/'re\b/g, ' are'], [/'ve\b/g, ' have'], [/\bi'm\b/g, 'i am'], [/\b(it|that|there|what|he|she)'s\b/g, '$1 is'],
  ],
  scopePatterns: {
    single: [
      // One occurrence named by its rank, its number or its day: "the first missile", "one boat", "on Tuesday".
      String.raw`(the|its|their|that) (first|second|third|fourth|latest|most recent|initial|earliest|last) (strike|missile|attack|raid|boat|vessel|bombing|operation|incident|blast|explosion|shooting|seizure)`,
      String.raw`one (strike|missile|attack|raid|boat|vessel|bombing|operation|incident|blast|explosion|shooting|seizure)`, String.raw`on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)`, 'yesterday','single', 'one-time', 'in one (raid|operation|haul|bust|shipment|strike|day|go)',
      // One occurrence named by its rank: "the first strike", "the largest seizure".
      '(the|its|their|his) (first|second|third|last|latest|largest|biggest) (strike|attack|bombing|operation|seizure|raid|haul|shipment)',
    ],
    total: [
      // A total still running from a month, or a toll of all so far: "since September", "have killed".
      String.raw`since (january|february|march|april|may|june|july|august|september|october|november|december)`, String.raw`(have|has) (so far |now )?(killed|died|been killed|left)`,
      'to date', 'so far', 'thus far', 'in total', 'a total of', 'altogether', 'cumulative(ly)?',
      String.raw`in all(?=\s*([,.;:—–]|$))`,
      // "since taking office", "already top 2,700 tons": a count still running.
      'since (taking|assuming|coming to) (office|power)',
      'since the (start|beginning) of (his|her|their|the) (administration|government|term|presidency|tenure|year)', String.raw`already (top|exceed|surpass|total|reach)\p{L}*`,
      String.raw`since (\d{4}|(he|she|they) took office)`,
      '(during|under) (his|her|their|the) (administration|government|tenure|term|mandate|presidency)',
      'in (his|her|their) (tenure|term|presidency)',
    ],
  },
  labelWords: [
    'section', 'article', 'resolution', 'chapter', 'number', 'no', 'route', 'interstate', 'flight', 'model',
    'decree', 'law', 'page', 'version', 'phase', 'level', 'title',
  ],
  yearWords: [
    'in', 'since', 'by', 'until', 'till', 'of', 'during', 'from', 'to', 'before', 'after', 'the', 'between', 'and',
    'early', 'late', 'mid', 'circa', 'year',
  ],
  commentaryPatterns: [
    'underscores?', 'underlines?', 'highlights?', 'signals?', 'signaling', 'signalling', 'suggests', 'represents?',
    'marks', 'reflects?', 'illustrates?', 'raises questions', 'remains to be seen',
    'could have (significant |far-reaching )?(implications|consequences)', 'paves? the way', 'will likely shape',
    'the world watches',
  ],
  tellingVerbs: [
    'say', 'said', 'says', 'tell', 'told', 'state', 'stated', 'statement', 'announce', 'announced', 'announcement',
    'report', 'reported', 'note', 'noted', 'add', 'added', 'mention', 'mentioned', 'write', 'wrote', 'written',
    'post', 'posted', 'speak', 'spoke', 'comment', 'commented', 'remark', 'remarked', 'express', 'expressed',
    'declare', 'declared', 'declaration', 'explain', 'explained', 'reveal', 'revealed', 'publish', 'published',
  ],
  negation: {
    particlePatterns: ['not(?! only| just| merely)', 'never'],
    contractionPatterns: ["n[’']t"],
    denialVerbs: ['denied', 'denies', 'deny', 'rejected', 'rejects', 'refused', 'refuses'],
    deniedClausePatterns: ['that', 'to', String.raw`\p{L}+ing`],
    statementStems: [
      'allegation', 'accusation', 'claim', 'charge', 'report', 'rumou?r', 'invitation', 'offer', 'proposal',
      'request', 'involvement', 'link', 'tie',
    ],
    purposePatterns: ['so that', 'in order'],
    negativeVerbPatterns: ['rul(e|es|ed|ing) out', String.raw`exclu\p{L}*`],
    questionWords: ['whether'],
    allegingPatterns: ['alleg(e|es|ed|ing)', 'accus(e|es|ed|ing)'],
    allegationPatterns: [
      String.raw`alleg\w*`, String.raw`accus\w*`, 'claim(s|ed|ing)?', String.raw`maintain\w*`, String.raw`insist\w*`,
      String.raw`assert\w*`, String.raw`suggest\w*`, 'impl(y|ies|ied|ying)', String.raw`slander\w*`,
    ],
    sayingStems: ['call', 'describ', 'label', 'brand', 'term', 'dub', 'claim', 'consider'],
  },
  attribution: {
    accordingToPatterns: ['[Aa]ccording to'],
    auxiliaryPatterns: ['has', 'had', 'have', 'also', 'later', 'then', 'previously', 'recently', 'again', 'once', String.raw`\p{L}+ly`],
    verbsAfterSpeaker: [
      'said', 'says', 'wrote', 'writes', 'told', 'added', 'insisted', 'stated', 'claimed', 'reported', 'announced',
      'accused', 'accuses', 'warned', 'warns', 'noted', 'argued', 'suggested', 'alleged', 'denied', 'denies',
    ],
    verbsBeforeSpeaker: ['said', 'wrote', 'added'],
    nobody: ['he', 'she', 'they', 'it', 'we', 'i', 'the', 'this', 'that'],
    articles: ['the'],
    sourceArticles: ['the'],
  },
  direction: {
    upPatterns: [
      'rose', 'rise', 'rises', 'rising', 'risen', String.raw`increas\p{L}*`, String.raw`surg\p{L}*`, 'grew', 'grow', 'grows',
      'growing', 'grown', 'growth', String.raw`climb\p{L}*`, String.raw`jump\p{L}*`, String.raw`soar\p{L}*`,
      String.raw`doubl\p{L}*`, String.raw`tripl\p{L}*`,
    ],
    downPatterns: [
      'fell', 'fall', 'falls', 'falling', 'fallen', String.raw`decreas\p{L}*`, String.raw`declin\p{L}*`, 'drop', 'drops',
      'dropped', 'dropping', 'shrank', String.raw`shrink\p{L}*`, String.raw`plung\p{L}*`, String.raw`plummet\p{L}*`,
    ],
  },
  titles: {
    officePatterns: ['[Pp]resident', '[Mm]inister', '[Ss]ecretary', '[Ll]eader'],
    formerPatterns: [String.raw`[Ff]ormer\s+`, String.raw`[Ee]x-?\s*`],
  },
} satisfies LanguageProfile;
