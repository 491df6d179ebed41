import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import { PREPARED_PATH, writePreparedCorpus } from './bundled-corpus';

// Build step: prepares the bundled corpus into public/corpus/index.json, which the extension ships
// and the compare command loads. Nothing is parsed again per page.
const prepared = writePreparedCorpus();
const bytes = Buffer.byteLength(JSON.stringify(prepared));
const sentences = prepared.reports.reduce((n, r) => n + r.sentences.length, 0);
console.log(
  `Prepared ${prepared.reports.length} reports, ${sentences} sentences, ${prepared.vocabulary.length} index keys → ` +
    `${relative(process.cwd(), PREPARED_PATH)} (${(bytes / 1024).toFixed(1)} KB, ${(gzipSync(JSON.stringify(prepared)).length / 1024).toFixed(1)} KB gzipped)`,
);
