import type { Corpus } from '../../corpus/corpus';
import type { PreparedReport } from '../../corpus/types';
import { profileOf, type Language } from '../../lang';
import { collectNames } from '../../text/terms';
import { isNameKey, type AnalyzedText } from '../../analysis/analyze-sentence';
import { corpusWeights, type KeyWeights } from '../key-weights';
import { isTellingKey } from '../../analysis/telling-verbs';
import { bestClauseMatch, clauseUnits, type ClauseMatch, type ClauseUnit } from './clause-units';
import { compareFrames, framesOf, type Frame } from './event-frames';
import { storyEntities, type StoryEntities } from './story-entities';

/** What a closer look at a candidate pair finds beyond the bag of words. */
export interface PairLook {
  /** The best pair of clauses that each state a claim, or null when no clause does. */
  clause: ClauseMatch | null;
  /** How the event frames of the two sentences stand (invite vs call: `conflict`). */
  frames: 'shared' | 'conflict' | 'none';
  /**
   * The best pair of clauses that report one kind of act (a shared event frame) with a shared
   * participant (a place or person of the story): one event, told twice.
   */
  eventClause: ClauseMatch | null;
  /**
   * Whether the two sentences report one kind of act as the head of some clause each, with a
   * participant both name: one event, told at any length.
   */
  sameEvent: boolean;
  /** Whether the best clauses share a word of the claim, not only names and verbs of telling. */
  clauseSharesClaimWord: boolean;
  /** Whether the two sentences share a name. */
  sharesParticipant: boolean;
}

interface ReportReading {
  names: ReadonlySet<string>;
  story: StoryEntities;
  /** The clauses of the sentences looked at so far, by position. */
  units: Map<number, SentenceClauses>;
}

/**
 * A sentence's clauses and what the look reads from them alone: read once per sentence, not once
 * per pair it is in.
 */
interface SentenceClauses {
  units: ClauseUnit[];
  /** The keys of all its clauses. */
  all: ReadonlySet<string>;
  /** The event frames of those keys. */
  frames: ReadonlySet<Frame>;
  /** Its clauses' head events. */
  heads: ReadonlySet<Frame | null>;
  /** Its clauses' participants. */
  participants: ReadonlySet<string>;
}

function sentenceClauses(units: ClauseUnit[]): SentenceClauses {
  const all = new Set(units.flatMap((u) => u.keys));
  return {
    units,
    all,
    frames: framesOf(all),
    heads: new Set(units.map((u) => u.frame)),
    participants: new Set(units.flatMap((u) => u.participants)),
  };
}

// A report's names, story and clauses are read once per session: reports do not change once loaded.
const readings = new WeakMap<PreparedReport, ReportReading>();

/**
 * Looks closer at the candidates of one page: reads each sentence's clauses, head events and
 * participants. The page and each report are read only when one of their sentences is looked at.
 */
export class PairReviewer {
  private pageReading: ReportReading | undefined;
  private readonly pageUnits = new Map<number, SentenceClauses>();
  private readonly pageFrames = new Map<number, Set<Frame>>();

  constructor(
    private readonly corpus: Corpus,
    private readonly pageSentences: readonly string[],
    private readonly language: Language,
    /** Key weights for the clauses' scores: the page's story's (lib/match/story-weights.ts). */
    private readonly weights: KeyWeights = corpusWeights(corpus.index),
    // The page's analysis, when the caller has made it: its terms need not be read again.
    private readonly pageText?: AnalyzedText,
  ) {}

  /**
   * The frames of the two sentences from their index keys alone: cheap, and enough to know that
   * a pair with no act on one side has nothing for the closer look to find.
   */
  quickFrames(
    pageIndex: number,
    pageKeys: readonly string[],
    candidate: number,
  ): 'shared' | 'conflict' | 'none' {
    let mine = this.pageFrames.get(pageIndex);
    if (!mine) {
      mine = framesOf(pageKeys);
      this.pageFrames.set(pageIndex, mine);
    }
    if (mine.size === 0) return 'none';
    return compareFrames(mine, sentenceFrames(this.corpus, candidate));
  }

  /** The closer look; `withClause` also finds the best pair of clauses of any kind (for fitting). */
  look(pageIndex: number, candidate: number, withClause = false): PairLook {
    const { index } = this.corpus;
    const pageClauses = this.unitsOfPage(pageIndex);
    const reportClauses = this.unitsOfReport(candidate);
    const page = pageClauses.units;
    const report = reportClauses.units;
    const weightOf = (key: string) => this.weights.key(key, index.lookup(key));
    const clause = withClause ? bestClauseMatch(page, report, weightOf) : null;
    const pageAll = pageClauses.all;
    const reportAll = reportClauses.all;
    const eventClause = bestClauseMatch(
      page,
      report,
      weightOf,
      (_, p, r) =>
        p.frame !== null && p.frame === r.frame && p.participants.some((n) => r.participants.includes(n)),
    );
    const heads = reportClauses.heads;
    const theirs = reportClauses.participants;
    const sameEvent =
      page.some((u) => u.frame !== null && heads.has(u.frame)) &&
      page.some((u) => u.participants.some((n) => theirs.has(n)));
    return {
      clause,
      sameEvent,
      eventClause,
      // Read from the clauses, not the index keys: they skip how things are named ("la llamada …").
      frames: compareFrames(pageClauses.frames, reportClauses.frames),
      clauseSharesClaimWord: Boolean(clause?.sharedKeys.some((k) => !isNameKey(k) && !isTellingKey(k))),
      sharesParticipant: [...pageAll].some((k) => isNameKey(k) && reportAll.has(k)),
    };
  }

  private unitsOfPage(pageIndex: number): SentenceClauses {
    let units = this.pageUnits.get(pageIndex);
    if (!units) {
      const text = this.pageSentences[pageIndex]!;
      this.pageReading ??= readPage(this.pageSentences, this.language, this.pageText);
      const { names, story } = this.pageReading;
      units = sentenceClauses(clauseUnits(text, profileOf(this.language), names, story));
      this.pageUnits.set(pageIndex, units);
    }
    return units;
  }

  private unitsOfReport(candidate: number): SentenceClauses {
    const where = this.corpus.locate(candidate);
    const reading = this.readReport(where.report);
    let units = reading.units.get(where.index);
    if (!units) {
      const text = where.report.sentences[where.index]!;
      units = sentenceClauses(
        clauseUnits(text, profileOf(where.report.language), reading.names, reading.story),
      );
      reading.units.set(where.index, units);
    }
    return units;
  }

  private readReport(report: PreparedReport): ReportReading {
    let reading = readings.get(report);
    if (!reading) {
      reading = read(report.sentences, report.language);
      readings.set(report, reading);
    }
    return reading;
  }
}

// The frames of each corpus sentence's keys, read once per session: a corpus sentence is a
// candidate of many page sentences, on every page. By sentence id, which a report added later
// does not change.
const framesBySentence = new WeakMap<Corpus, Array<ReadonlySet<Frame> | undefined>>();

function sentenceFrames(corpus: Corpus, sentence: number): ReadonlySet<Frame> {
  let known = framesBySentence.get(corpus);
  if (!known) framesBySentence.set(corpus, (known = []));
  let frames = known[sentence];
  if (!frames) {
    const { index } = corpus;
    frames = framesOf(Array.from(index.sentenceTerms(sentence), (t) => index.term(t)));
    known[sentence] = frames;
  }
  return frames;
}

function read(sentences: readonly string[], language: Language): ReportReading {
  const names = collectNames(sentences);
  return { names, story: storyEntities(sentences, profileOf(language), names), units: new Map() };
}

/**
 * The page read as a report is, from its analysis when that was made with the same names (no
 * headline word added one): the same terms, without reading every sentence a second time.
 */
function readPage(sentences: readonly string[], language: Language, analysis?: AnalyzedText): ReportReading {
  const names = analysis?.ownNames;
  if (!names || analysis.sentences.length !== sentences.length) return read(sentences, language);
  const terms = (_: string, at: number) => analysis.sentences[at]!.terms;
  return { names, story: storyEntities(sentences, profileOf(language), names, terms), units: new Map() };
}
