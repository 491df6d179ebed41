import type { RawReport } from '@/lib';
import { capitalise, castReport, fillTemplate } from './fill-template';
import type { NewsTopic } from './news-topic';
import { leadIns, outlets, tailOuts } from './news-vocabulary';
import { createSeededRandom, type SeededRandom } from './seeded-random';
import { colombiaStoryTopic } from './topic-colombia-story';
import { publicLifeTopics } from './topics-public-life';
import { societyTopics } from './topics-society';
import { worldTopics } from './topics-world';

/** A report as the engine's prepareCorpus takes it. */
export type SyntheticReport = RawReport;

export interface SyntheticCorpusOptions {
  /** Total number of reports, the bundled ones included. */
  reports: number;
  /** The bundled reports, put first and kept verbatim. */
  bundled: readonly SyntheticReport[];
  seed?: number;
  /** Share of synthetic reports retelling the bundled corpus's story with other figures. */
  storyShare?: number;
}

const topics: readonly NewsTopic[] = [...publicLifeTopics, ...worldTopics, ...societyTopics];
const storyNeighbours = topics.filter((topic) => ['crime', 'diplomacy', 'elections'].includes(topic.name));
const totalWeight = topics.reduce((sum, topic) => sum + topic.weight, 0);

function pickTopic(random: SeededRandom): NewsTopic {
  let ticket = random.next() * totalWeight;
  for (const topic of topics) {
    ticket -= topic.weight;
    if (ticket < 0) return topic;
  }
  return topics[topics.length - 1] as NewsTopic;
}

/** Briefs, standard stories and features, in roughly the proportions of a news wire. */
function sentenceCount(random: SeededRandom): number {
  const kind = random.next();
  if (kind < 0.4) return random.int(6, 10);
  if (kind < 0.85) return random.int(11, 20);
  return random.int(21, 32);
}

/** Real reporting wraps facts in openers ("On Monday, ...") and attributions ("..., officials said"). */
function dress(
  sentence: string,
  topic: NewsTopic,
  cast: ReturnType<typeof castReport>,
  random: SeededRandom,
) {
  let dressed = sentence;
  if (/^(The|A|An) /.test(dressed) && random.chance(0.2)) {
    dressed =
      fillTemplate(random.pick(leadIns), topic, cast, random) +
      dressed.charAt(0).toLowerCase() +
      dressed.slice(1);
  }
  if (/[^"”]\.$/.test(dressed) && !/\b(said|according|says)\b/.test(dressed) && random.chance(0.15)) {
    dressed = dressed.slice(0, -1) + fillTemplate(random.pick(tailOuts), topic, cast, random) + '.';
  }
  return dressed;
}

function writeReport(index: number, topic: NewsTopic, random: SeededRandom): SyntheticReport {
  const cast = castReport(random);
  // A second topic supplies the rest when a long report exhausts the first topic's templates.
  const other = topic === colombiaStoryTopic ? random.pick(storyNeighbours) : pickTopic(random);
  const count = sentenceCount(random);
  const pools = [[...topic.sentences], [...other.sentences]];
  const sentences: string[] = [];
  while (sentences.length < count && (pools[0]!.length > 0 || pools[1]!.length > 0)) {
    const fromMain = pools[0]!.length > 0 && (random.chance(0.8) || pools[1]!.length === 0);
    const pool = fromMain ? pools[0]! : pools[1]!;
    const [template] = pool.splice(random.int(0, pool.length - 1), 1);
    const source = fromMain ? topic : other;
    sentences.push(
      dress(capitalise(fillTemplate(template as string, source, cast, random)), source, cast, random),
    );
  }
  const title = capitalise(fillTemplate(random.pick(topic.headlines), topic, cast, random));
  const paragraphs: string[] = [];
  for (let at = 0; at < sentences.length;) {
    const size = random.int(1, 4);
    paragraphs.push(sentences.slice(at, at + size).join(' '));
    at += size;
  }
  if (random.chance(0.3)) paragraphs[0] = `${cast.city.toUpperCase()} — ${paragraphs[0]}`;
  const month = String(random.int(1, 12)).padStart(2, '0');
  const day = String(random.int(1, 28)).padStart(2, '0');
  return {
    id: `syn_${String(index).padStart(5, '0')}_${topic.name}.txt`,
    text: `${title}\n\n${paragraphs.join('\n\n')}\n`,
    meta: {
      title,
      outlet: random.pick(outlets),
      date: `${random.int(2019, 2025)}-${month}-${day}`,
      language: 'en',
    },
  };
}

/**
 * A deterministic synthetic news corpus: the bundled reports plus recombined news sentences on many topics
 * (with a small share retelling the bundled story), so that retrieval meets realistic term statistics.
 */
export function generateSyntheticCorpus(options: SyntheticCorpusOptions): SyntheticReport[] {
  const { reports, bundled, seed = 20251204, storyShare = 0.01 } = options;
  if (!Number.isInteger(reports) || reports < bundled.length) {
    throw new Error(`a corpus of ${reports} reports cannot hold the ${bundled.length} bundled reports`);
  }
  const random = createSeededRandom(seed);
  const corpus: SyntheticReport[] = [...bundled];
  for (let index = 1; corpus.length < reports; index++) {
    const topic = random.chance(storyShare) ? colombiaStoryTopic : pickTopic(random);
    corpus.push(writeReport(index, topic, random));
  }
  return corpus;
}
