import { loadCorpus } from '../lib/corpus/load-corpus';
import { prepareCorpus } from '../lib/corpus/prepare-corpus';
import { compareText } from '../lib/match/compare-text';
import type { Comparison } from '../lib/match/types';
import { bundledCorpusJson } from './bundled-corpus';
import { formatComparison } from './format-comparison';
import { readCorpusDir } from './read-corpus-dir';
import { englishCommonStems } from './common-words';
import { InputError, readPage } from './read-page';
import { corpusWithCollections } from './read-collection';

const USAGE =
  'Usage: npm run compare -- [--json] [--corpus DIR] [--collection FILE]... PAGE   (PAGE: an .html, .txt or .md file)';

/** The command's JSON: the shape documented in README.md ("The compare command"). */
export function toJson(comparison: Comparison): object {
  return {
    page: { title: comparison.page.title, sentences: comparison.page.sentences, self: comparison.page.self },
    matches: comparison.matches.map((m) => ({
      pageSentence: m.pageSentence,
      report: m.report,
      reportSentence: m.reportSentence,
      relation: m.relation,
      score: m.score,
      differences: m.differences,
    })),
  };
}

function parseArgs(argv: string[]): {
  json: boolean;
  corpusDir: string | null;
  collections: string[];
  page: string;
} {
  let json = false;
  const collections: string[] = [];
  let corpusDir: string | null = null;
  const pages: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--corpus') {
      corpusDir = argv[++i] ?? null;
      if (!corpusDir) throw new InputError(`--corpus needs a folder. ${USAGE}`);
    } else if (arg === '--collection') {
      const file = argv[++i];
      if (!file)
        throw new InputError(`--collection needs a file (a collection exported by the extension). ${USAGE}`);
      collections.push(file);
    } else if (arg === '--help' || arg === '-h') throw new InputError(USAGE);
    else if (arg.startsWith('--')) throw new InputError(`Unknown option ${arg}. ${USAGE}`);
    else pages.push(arg);
  }
  if (pages.length !== 1) throw new InputError(pages.length ? `One page at a time. ${USAGE}` : USAGE);
  return { json, corpusDir, collections, page: pages[0]! };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const page = readPage(args.page);
  const base = args.corpusDir
    ? prepareCorpus(readCorpusDir(args.corpusDir), englishCommonStems())
    : bundledCorpusJson();
  // A team's collection file is compared with as the extension does: one index with the base corpus.
  const corpus = args.collections.length ? corpusWithCollections(base, args.collections) : loadCorpus(base);
  const comparison = compareText(corpus, page.text, {}, { title: page.title, url: page.url });
  if (args.json) process.stdout.write(`${JSON.stringify(toJson(comparison), null, 2)}\n`);
  else
    process.stdout.write(
      formatComparison(comparison, corpus.reports, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR),
    );
}

try {
  main();
} catch (error) {
  const message =
    error instanceof InputError
      ? error.message
      : `Crosscheck could not compare this page: ${(error as Error).message}`;
  process.stderr.write(`crosscheck: ${message}\n`);
  process.exitCode = error instanceof InputError ? 2 : 1;
}
