/**
 * Everything the engine knows of one language, as data. Rules read these fields and never test a
 * language's code: adding a language is writing one more profile (DESIGN.md, "How to add a language").
 * Words are folded (lower case, no accents) unless a field says otherwise; fields named `…Patterns`
 * hold regular-expression sources (no flags), which the rules join across profiles.
 */
export interface LanguageProfile {
  /** ISO 639-1 code, as reports and comparisons carry it. */
  readonly code: string;
  /** A sentence of ordinary news prose in the language: the profile test reads it with every rule. */
  readonly example: string;
  /** Whether this is the pivot language the lexicons map onto (exactly one profile is). */
  readonly pivot: boolean;
  /** The words of the second look at a pair (clauses, event frames, participants). */
  readonly evidence: EvidenceWords;
  /** The Snowball stemmer of the language. */
  readonly stem: (word: string) => string;
  /** Which way thousands are grouped in digits: "2,700" (',') or "2.700" ('.'). */
  readonly thousandsMark: ',' | '.';
  /** Whether the head of a noun phrase comes first ("laboratorios de cocaína") or last ("cocaine labs"). */
  readonly headFirst: boolean;
  /** Endings of participles, which end a noun phrase after its head ("cocaine seized"). */
  readonly participleEndings: readonly string[];

  /** Frequent function words, counted to tell the language of a text. */
  readonly functionWords: readonly string[];
  /** Words that carry no claim: neither indexed nor counted as shared (reporting verbs included). */
  readonly stopWords: readonly string[];
  /** Words ending in a period without ending a sentence, without the period. */
  readonly abbreviations: readonly string[];
  /** Abbreviations that stand before a name ("Mr.", "Sra."). */
  readonly titleAbbreviations: readonly string[];
  /** Words that, capitalised after an ambiguous period, open a new sentence. */
  readonly sentenceStarters: readonly string[];
  /** Capitalised before a name ("President Petro") but words of the claim, not names. */
  readonly titleWords: readonly string[];
  /** Prefixes that say nothing alone once a hyphenated word is split ("anti-", "pro-"). */
  readonly barePrefixes: readonly string[];
  /** Words left out of the terms whatever their case ("so-called"). */
  readonly skippedWords: readonly string[];
  /** Adverbs of manner, which say how a thing was said: by their ending, with exceptions. */
  readonly mannerAdverbs: {
    readonly suffix: string;
    readonly minLength: number;
    readonly except: readonly string[];
  };
  /** The domain lexicon: synonym groups (pivot language), words to pivot words, calendar names. */
  readonly lexicon: {
    readonly synonyms: readonly (readonly string[])[];
    readonly toPivot: Readonly<Record<string, string>>;
    readonly calendar: Readonly<Record<string, string>>;
  };

  /** Numbers written out, folded, and their values. */
  readonly numbers: {
    readonly words: Readonly<Record<string, number>>;
    /** Words that multiply what comes before them ("two hundred", "un millar"). */
    readonly multipliers: Readonly<Record<string, number>>;
    /** Words that close a group ("dos mil setecientas"). */
    readonly groups: Readonly<Record<string, number>>;
    /** Scale words after a number ("2.7 million", "18 mil"). */
    readonly scales: Readonly<Record<string, number>>;
    /** Vague amounts and the range each allows ("thousands of", "decenas de"). */
    readonly vague: Readonly<Record<string, readonly [number, number]>>;
    /** Shares printed as fractions, as a percentage ("half", "tercio"). */
    readonly fractions: Readonly<Record<string, number>>;
  };
  /** Unit words, folded, and their canonical unit ("toneladas" → ton). */
  readonly units: Readonly<Record<string, string>>;
  /** Time units, in days. */
  readonly timeUnits: Readonly<Record<string, number>>;
  /** Words that make a figure a rate by themselves ("daily", "anuales"), the period in days. */
  readonly rateWords: Readonly<Record<string, number>>;
  /** Month names and abbreviations, folded, and their number. */
  readonly months: Readonly<Record<string, number>>;
  /** A month named alone after a word that makes it a time ("in September"): group 1 the month, group 2 the year. */
  readonly monthAlone: RegExp;
  /** Words before and after a figure that change what it claims ("more than", "o más"), longest first. */
  readonly qualifiers: {
    readonly before: ReadonlyArray<readonly [string, Qualifier]>;
    readonly after: ReadonlyArray<readonly [string, Qualifier]>;
  };
  /** Function words the figure readers look for around a number, folded. */
  readonly figureWords: {
    /** "of", "de": what a unit or scale word is of ("2,700 tons of cocaine"). */
    readonly of: readonly string[];
    /** "of" fused with an article ("del"). */
    readonly ofThe: readonly string[];
    /** Indefinite articles, which count one before a scale or a rate ("a thousand", "un laboratorio cada…"). */
    readonly articles: readonly string[];
    /** Determiners skipped before the counted noun ("of the drug"). */
    readonly determiners: readonly string[];
    /** "every", "cada": a rate follows. */
    readonly each: readonly string[];
    /** "one", "uno": a count of one that leaves its noun out ("one every 40 minutes"). */
    readonly one: readonly string[];
    /** "and", "y": joins number words ("ochenta y siete") and ranges ("between 80 and 90"). */
    readonly and: readonly string[];
    readonly between: readonly string[];
    /** A range from one number to another ("from 80 to 90", "de 80 a 90"). */
    readonly rangeFrom: readonly string[];
    readonly rangeTo: readonly string[];
    /** "half", before an article ("half a million") or alone before "of" ("half of"). */
    readonly half: readonly string[];
    /** "medio": half of the scale word after it ("medio millón"). */
    readonly halfFactor: readonly string[];
    /** Group words that count without a number before them ("mil millones"). */
    readonly loneGroups: readonly string[];
    /** Words that count one before a fraction ("a third", "la mitad"). */
    readonly shareOnes: readonly string[];
    /** Definite articles before a fraction ("la mitad de"). */
    readonly shareDefinite: readonly string[];
    /** Words between a fraction and its "of" ("tres cuartas partes de"). */
    readonly fractionParts: readonly string[];
    /** Words between the two numbers of a share ("one in five", "nine out of ten", "uno de cada cinco"). */
    readonly shareLinks: readonly string[];
    /** Words after which an article counts one ("nearly an hour", "casi una hora"); after "of"/"de" it does too
     * ("más de una hora", "una llamada de una hora"), unless a point in time (`timePoint`) that is no qualifier
     * comes before ("después de una hora"). */
    readonly approximatorEnds: readonly string[];
    /** Words before a time unit that make a rate ("per week", "al día"), besides "each". */
    readonly ratePrepositions: readonly string[];
    /** Articles inside a rate phrase ("a la semana"). */
    readonly rateArticles: readonly string[];
    /** Words after a time unit that make it a point in time, not a rate ("a day after"). */
    readonly timePoint: readonly string[];
    /** Endings of ordinals after digits ("47th", "2º"), as printed. */
    readonly ordinalSuffixes: readonly string[];
    /** Ordinals that make a half a period, not a share ("the first half of the match", "la segunda mitad"). */
    readonly periodOrdinals: readonly string[];
  };
  /** Page furniture: what sites print around an article in this language. */
  readonly furniture: {
    /** Words of a site's interface (apps, comments, cookies, sharing), folded to lower case only. */
    readonly interfaceWords: readonly string[];
    /** Lines a site writes about its article: credits, corrections, embed notices, bios, stamps. */
    readonly aboutTheArticle: readonly RegExp[];
    /** Teasers that open the list of links ending an article ("Read more"), fragments. */
    readonly linkListPatterns: readonly string[];
  };
  /** Contractions spelt out, so that quotations compare word for word ("won't" = "will not"). */
  readonly contractions: ReadonlyArray<readonly [RegExp, string]>;
  /** Number words (of any language) that are no figure alone in this language's text ("once"). */
  readonly numberWordsNotAlone: readonly string[];
  /** Markers of a one-event figure and of a running total. */
  readonly scopePatterns: { readonly single: readonly string[]; readonly total: readonly string[] };
  /** Words after which a number names rather than counts ("Section 230"). */
  readonly labelWords: readonly string[];
  /** Words before a four-digit number that make it a year ("in 2024"). */
  readonly yearWords: readonly string[];

  /** Verbs by which a sentence comments on the news rather than reports it ("underscores"). */
  readonly commentaryPatterns: readonly string[];
  /** Verbs by which news tells of a statement ("said", "announced"), in the pivot language only. */
  readonly tellingVerbs: readonly string[];
  /** Negation and denial. Fields named `…Patterns` are regular-expression fragments (no flags, no
   * boundaries): each rule joins every profile's fragments into one pattern and adds the boundaries. */
  readonly negation: {
    /** Particles that negate what closely follows ("not", "nunca"). */
    readonly particlePatterns: readonly string[];
    /** Negating endings of a word ("n't"). */
    readonly contractionPatterns: readonly string[];
    /** Verbs of denial, which negate a statement or an offer ("denied", "negó"). */
    readonly denialVerbs: readonly string[];
    /** What opens the clause a denial denies ("denied that…", "negó haber…"). */
    readonly deniedClausePatterns: readonly string[];
    /** Beginnings of nouns of a statement or an offer, which a denial can deny. */
    readonly statementStems: readonly string[];
    /** A negation inside a purpose ("so that… do not") states what was prevented. */
    readonly purposePatterns: readonly string[];
    /** Negative verbs, which a negation turns into an affirmation ("refused to rule out"). */
    readonly negativeVerbPatterns: readonly string[];
    /** Words that make a clause a question ("whether"); question marks are read for every language. */
    readonly questionWords: readonly string[];
    /** Verbs of alleging (not the nouns): a version that only alleges does not conflict with a denial. */
    readonly allegingPatterns: readonly string[];
    readonly allegationPatterns: readonly string[];
    /** Beginnings of verbs of naming ("called X hostile"), over which a negation still reaches. */
    readonly sayingStems: readonly string[];
  };
  /** Who a claim is attributed to. Words as printed (accents kept), fragments as above. */
  readonly attribution: {
    /** "according to", "según" (case patterns allowed: "[Aa]ccording to"). */
    readonly accordingToPatterns: readonly string[];
    /** Words that may stand between the speaker and the verb ("has", "also", "-ly" adverbs). */
    readonly auxiliaryPatterns: readonly string[];
    /** Reporting verbs after the speaker ("Petro said"). */
    readonly verbsAfterSpeaker: readonly string[];
    /** Reporting verbs before a speaker that ends the clause ("…,” said Petro."). */
    readonly verbsBeforeSpeaker: readonly string[];
    /** Pronouns and openers that name no one ("he", "the"), folded. */
    readonly nobody: readonly string[];
    readonly articles: readonly string[];
    /** Lower-case articles that may open a source after "according to" ("the DEA"), as printed. */
    readonly sourceArticles: readonly string[];
  };
  /** Verbs and nouns of change, up and down (patterns over folded text). */
  readonly direction: { readonly upPatterns: readonly string[]; readonly downPatterns: readonly string[] };
  readonly titles: {
    /** Offices, as printed with either case of the first letter ("[Pp]resident"). */
    readonly officePatterns: readonly string[];
    /** What makes an office former ("former ", "ex-"), as printed, with the space after it. */
    readonly formerPatterns: readonly string[];
  };
}

/**
 * The words the second look at a pair reads (lib/match/evidence/): clauses, event frames, the story's
 * places and people, how things are named.
 */
export interface EvidenceWords {
  /** How a thing is named, not an act ("the so-called war on drugs", "la llamada Lista Clinton"). */
  readonly namingPhrases: RegExp;
  /** Months and days as name terms, which are neither places nor people. */
  readonly calendar: readonly string[];
  /** Words that open a new clause after a comma. */
  readonly clauseOpeners: readonly string[];
  /** Other clause breaks, as pattern sources (a participle after a comma, "and" before a new verb). */
  readonly clauseBreaks: readonly string[];
  /** What comes before a place's name ("in", "to the"), anchored at the end. */
  readonly placeBefore: RegExp;
  /** Titles before a person's name ("president"), verbs of saying before or after it ("dijo Petro", "Petro said"). */
  readonly personTitles: readonly string[];
  readonly personVerbsBefore: readonly string[];
  readonly personVerbsAfter: readonly string[];
  /** Words after a title that start a phrase, not an adjective of the title ("president of"). */
  readonly titleLinks: readonly string[];
  /** Event frames: the kind of act a clause reports, by its trigger words (the same frame names in every profile). */
  readonly frames: Readonly<Record<string, readonly string[]>>;
}

/** How the printed figure relates to the true value (after CQE's "change" field). */
export type Qualifier =
  | 'exact'
  | 'over' // over, more than, above, más de: (v, ∞)
  | 'at-least' // at least, no fewer than, al menos: [v, ∞)
  | 'under' // under, less than, fewer than, menos de: [0, v)
  | 'up-to' // up to, at most, hasta: [0, v]
  | 'nearly' // nearly, almost, approaching, casi: just below v
  | 'about' // about, around, roughly, some, unos: v ± 10 %
  | 'vague'; // thousands of, dozens, numerous: an open range
