import type { Corpus } from '@/lib/corpus/load-corpus';
import { analyzeSentences, isNameKey } from '@/lib/analysis/analyze-sentence';
import { DEFAULT_COMPARE_OPTIONS } from '@/lib/match/defaults';
import { findCandidates, type QueryKey } from '@/lib/match/find-candidates';
import { isClaim } from '@/lib/analysis/is-claim';
import { detectLanguage, profileOf } from '@/lib/lang';
import { candidateGroups, spreadCandidates } from '@/lib/match/spread-candidates';
import { storyWeights } from '@/lib/match/story-weights';
import { splitSentences } from '@/lib/text/split-sentences';
import type { BaselineSentence } from './baseline-minisearch';

/**
 * Crosscheck's retrieval step alone, as compareSentences runs it (page analysis, key weights within the
 * page's story, index lookup of the claim sentences, the story's reports only, spread over claim clusters
 * and reports), so that it can be timed and its recall checked beside the baselines'.
 * Returns, per page sentence, the candidate corpus sentences (none for a sentence that states no claim).
 */
export function crosscheckCandidates(corpus: Corpus, pageText: string): Map<string, BaselineSentence[]> {
  const { index } = corpus;
  const { queryKeys, candidates, maxPerReport } = DEFAULT_COMPARE_OPTIONS;
  const groups = candidateGroups(corpus);
  const sentences = splitSentences(pageText);
  const analyzed = analyzeSentences(sentences, profileOf(detectLanguage(sentences.join(' '))));
  const { weights, inStory } = storyWeights(
    corpus,
    analyzed.flatMap((s) => s.keys),
  );
  const result = new Map<string, BaselineSentence[]>();
  for (const sentence of analyzed) {
    if (!isClaim(sentence.text)) {
      result.set(sentence.text, []);
      continue;
    }
    const query: QueryKey[] = sentence.keys.map((key) => {
      const termId = index.lookup(key);
      return { key, termId, weight: weights.key(key, termId), isName: isNameKey(key) };
    });
    const ids = findCandidates(index, query, queryKeys, candidates, (ranked, limit) =>
      spreadCandidates(ranked.filter(inStory), limit, groups, maxPerReport),
    );
    result.set(
      sentence.text,
      ids.map((id) => {
        const where = corpus.locate(id);
        return { report: where.report.id, text: where.report.sentences[where.index]! };
      }),
    );
  }
  return result;
}

/** How many candidates Crosscheck scores per page sentence: the k at which retrieval recall is compared. */
export const CANDIDATES_PER_SENTENCE = DEFAULT_COMPARE_OPTIONS.candidates;
