import { loadCorpus } from '../lib';
import { prepareCorpus } from '../lib';
import { compareText } from '../lib';
import type { Comparison } from '../lib';
import { bundledCorpusJson } from './bundled-corpus';
import { formatComparison } from './format-comparison';
import { readCorpusDir } from './read-corpus-dir';
import { comparisonShape } from '../wording/comparison-export';
import { englishCommonStems } from './common-words';
import { InputError } from './input-error';
import { corpusWithCollections } from './read-collection';
import { readDecisions } from './read-decisions';
import { readPage } from './read-page';

const USAGE =
  'Usage: npm run compare -- [--json] [--corpus DIR] [--collection FILE]... [--decisions FILE] PAGE   (PAGE: an .html, .txt or .md file; --collection: a collection exported by the extension; --decisions: crosscheck-decisions.json exported from the options page)';

/** The command's JSON: the shape documented in README.md ("The compare command"). */
/** The JSON the panel's export gives too (wording/comparison-export.ts). */
export function toJson(comparison: Comparison): object {
  return comparisonShape(comparison);
}

interface Args {
  json: boolean;
  corpusDir: string | null;
  collections: string[];
  decisions: string | null;
  page: string;
}

function parseArgs(argv: string[]): Args {
  let json = false;
  const collections: string[] = [];
  let corpusDir: string | null = null;
  let decisions: string | null = null;
  const pages: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--corpus') {
      corpusDir = argv[++i] ?? null;
      if (!corpusDir || corpusDir.startsWith('-')) throw new InputError(`--corpus needs a folder. ${USAGE}`);
    } else if (arg === '--decisions') {
      decisions = argv[++i] ?? null;
      if (!decisions || decisions.startsWith('-')) throw new InputError(`--decisions needs a file. ${USAGE}`);
    } else if (arg === '--collection') {
      const file = argv[++i];
      if (!file || file.startsWith('-'))
        throw new InputError(`--collection needs a file (a collection exported by the extension). ${USAGE}`);
      collections.push(file);
    } else if (arg === '--help' || arg === '-h') throw new InputError(USAGE);
    // "-" (standard input) is not read either: a page is a file.
    else if (arg.startsWith('-')) throw new InputError(`Unknown option ${arg}. ${USAGE}`);
    else pages.push(arg);
  }
  if (pages.length !== 1) throw new InputError(pages.length ? `One page at a time. ${USAGE}` : USAGE);
  return { json, corpusDir, collections, decisions, page: pages[0]! };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const page = readPage(args.page);
  const base = args.corpusDir
    ? prepareCorpus(readCorpusDir(args.corpusDir), englishCommonStems())
    : bundledCorpusJson();
  // A team's collection file is compared with as the extension does: one index with the base corpus.
  const corpus = args.collections.length ? corpusWithCollections(base, args.collections) : loadCorpus(base);
  const decisions = args.decisions ? readDecisions(args.decisions) : undefined;
  const comparison = compareText(corpus, page.text, decisions ? { decisions } : {}, {
    title: page.title,
    url: page.url,
  });
  if (args.json) process.stdout.write(`${JSON.stringify(toJson(comparison), null, 2)}\n`);
  else
    process.stdout.write(
      formatComparison(comparison, corpus.reports, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR),
    );
}

// Output piped into a reader that stops early (`| head`): not an error of the comparison.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  main();
} catch (error) {
  const message =
    error instanceof InputError
      ? error.message
      : `Crosscheck could not compare this page: ${String((error as Error)?.message ?? error).split('\n')[0]}`;
  process.stderr.write(`crosscheck: ${message}\n`);
  process.exitCode = error instanceof InputError ? 2 : 1;
}
