/**
 * The engine's entry point: everything outside lib/ imports from here. Layers inside lib/ point
 * down only (DESIGN.md: lang → text → figures → analysis → page → corpus → match → this file).
 */
export { createEngine, engineOf, type Engine, type PageResult } from './engine';

// The comparison and what it is made of.
export type { Comparison, Difference, Match, Relation, SharedEvidence } from './match/types';
export { ASPECTS, type Aspect } from './match/differences';
export { DEFAULT_COMPARE_OPTIONS, type CompareOptions } from './match/defaults';
export type { PageInfo } from './match/compare-sentences';
export { compareText } from './match/compare-text';
export { NO_DECISIONS, pairKey, type Decisions } from './match/possible-versions';

// Languages.
export { detectLanguage, PROFILES, profileOf, type Language, type LanguageProfile } from './lang';

// The corpus: its format, preparation (scripts, at build time), loading and additions.
export type { PreparedReport, ReportMeta } from './corpus/types';
export { reportsListingSchema, type PreparedCorpusJson } from './corpus/corpus-format';
export { prepareCorpus, type RawReport } from './corpus/prepare-corpus';
export { loadCorpus, type Corpus } from './corpus/load-corpus';
export { addReport } from './corpus/add-report';
export { commonStems } from './text/common-stems';

// Pages: is it an article, its text, its sentences.
export { isArticlePage } from './page/is-article-page';
export { extractArticle, type Article } from './page/extract-article';
export { readTextPage } from './page/read-text-page';
export { splitSentences } from './text/split-sentences';

// The reader's own sources: stored prepared, merged with the bundled corpus, exported and imported.
export { appendSource, mergeCorpus } from './sources/merge-corpus';
export { readPageMeta } from './sources/read-page-meta';
export type { AddedSource, SourceMetaEdit } from './sources/source-meta';
export {
  COLLECTION_FORMAT,
  COLLECTION_VERSION,
  MAX_COLLECTION_BYTES,
  parseCollection,
  type CollectionFile,
  type CollectionProblem,
} from './sources/collection-format';
export { readSourceFiles, type SourceFile } from './sources/read-source-files';
export { buildSnapshot, corpusFromSnapshot, snapshotFits, type SourcesSnapshot } from './sources/snapshot';
