import { loadCorpus } from '../lib/corpus/load-corpus';
import { prepareCorpus } from '../lib/corpus/prepare-corpus';
import { compareText } from '../lib/match/compare-text';
import type { Comparison } from '../lib/match/types';
import { bundledCorpusJson } from './bundled-corpus';
import { formatComparison } from './format-comparison';
import { readCorpusDir } from './read-corpus-dir';
import { comparisonShape } from '../wording/comparison-export';
import { englishCommonStems } from './common-words';
import { InputError, readPage } from './read-page';

const USAGE = 'Usage: npm run compare -- [--json] [--corpus DIR] PAGE   (PAGE: an .html, .txt or .md file)';

/** The command's JSON: the shape documented in README.md ("The compare command"). */
/** The JSON the panel's export gives too (wording/comparison-export.ts). */
export function toJson(comparison: Comparison): object {
  return comparisonShape(comparison);
}

function parseArgs(argv: string[]): { json: boolean; corpusDir: string | null; page: string } {
  let json = false;
  let corpusDir: string | null = null;
  const pages: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--corpus') {
      corpusDir = argv[++i] ?? null;
      if (!corpusDir) throw new InputError(`--corpus needs a folder. ${USAGE}`);
    } else if (arg === '--help' || arg === '-h') throw new InputError(USAGE);
    else if (arg.startsWith('--')) throw new InputError(`Unknown option ${arg}. ${USAGE}`);
    else pages.push(arg);
  }
  if (pages.length !== 1) throw new InputError(pages.length ? `One page at a time. ${USAGE}` : USAGE);
  return { json, corpusDir, page: pages[0]! };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const page = readPage(args.page);
  const corpus = loadCorpus(
    args.corpusDir ? prepareCorpus(readCorpusDir(args.corpusDir), englishCommonStems()) : bundledCorpusJson(),
  );
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
