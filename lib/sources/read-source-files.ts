import { isLanguage } from '../lang';
import { reportsListingSchema } from '../corpus/corpus-format';
import type { RawReport } from '../corpus/prepare-corpus';
import { stripMarkdown } from '../page/read-text-page';
import { isoDay } from './read-page-meta';

/** A file as picked, dropped or found in a folder: its name and text. */
export interface SourceFile {
  name: string;
  text: string;
}

type Meta = NonNullable<RawReport['meta']>;
export const SOURCE_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];
const extension = (name: string) => name.slice(name.lastIndexOf('.')).toLowerCase();

/**
 * A small front matter at the top of a text or Markdown file: `---`, `key: value` lines (title,
 * outlet, url, date, language), `---`. Returns the metadata and the text after it.
 */
export function readFrontMatter(text: string): { meta: Meta; body: string } {
  const match = text.match(/^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/);
  if (!match) return { meta: {}, body: text };
  const meta: Meta = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    const pair = line.match(/^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/);
    if (!pair) continue;
    const value = pair[2]!.replace(/^(["'])(.*)\1$/, '$2');
    if (!value) continue;
    const key = pair[1]!.toLowerCase();
    if (key === 'title') meta.title = value;
    else if (key === 'outlet' || key === 'source' || key === 'site') meta.outlet = value;
    else if (key === 'url' || key === 'link') meta.url = value;
    else if (key === 'date') meta.date = isoDay(value);
    else if ((key === 'language' || key === 'lang') && isLanguage(value)) meta.language = value;
  }
  return { meta, body: text.slice(match[0].length) };
}

/**
 * Reads a reports.json beside the files. A file that is not such a list is an error with a message,
 * not silently ignored: the reader meant it to name the reports.
 */
export function readReportsJson(text: string): Map<string, Meta> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('reports.json is not JSON.');
  }
  const parsed = reportsListingSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(`reports.json is not a list of reports: ${parsed.error.issues[0]?.message}.`);
  return new Map(
    parsed.data.reports.map(({ id, date, ...rest }) => [
      id,
      { ...rest, ...(date !== undefined ? { date: isoDay(date) } : {}) } as Meta,
    ]),
  );
}

/**
 * Turns picked files into reports to prepare. HTML is read by `readHtml` (the caller's DOM); text
 * and Markdown keep their front matter as metadata, and reports.json (by file name) wins over both.
 * Files of other kinds are skipped and named in `skipped`.
 */
export function readSourceFiles(
  files: readonly SourceFile[],
  readHtml: (html: string) => { title: string | null; text: string; meta: Meta },
): { reports: Array<RawReport & { name: string }>; skipped: string[] } {
  const base = (name: string) => name.slice(name.lastIndexOf('/') + 1);
  const listing = files.find((f) => base(f.name).toLowerCase() === 'reports.json');
  const known = listing ? readReportsJson(listing.text) : new Map<string, Meta>();
  const reports: Array<RawReport & { name: string }> = [];
  const skipped: string[] = [];
  for (const file of files) {
    if (file === listing) continue;
    const ext = extension(file.name);
    if (!SOURCE_EXTENSIONS.includes(ext)) {
      skipped.push(file.name);
      continue;
    }
    let meta: Meta;
    let text: string;
    if (ext === '.html' || ext === '.htm') {
      const page = readHtml(file.text);
      meta = { ...page.meta, title: page.meta.title ?? page.title };
      text = page.text;
    } else {
      const front = readFrontMatter(file.text);
      meta = front.meta;
      // Preparation finds the headline itself; Markdown only loses its marks here.
      text = ext === '.md' ? stripMarkdown(front.body) : front.body;
    }
    const listed = known.get(base(file.name));
    if (listed) meta = { ...meta, ...definedOnly(listed) };
    if (!text.trim()) {
      skipped.push(file.name);
      continue;
    }
    reports.push({ id: base(file.name), name: file.name, text, meta });
  }
  return { reports, skipped };
}

function definedOnly(meta: Meta): Meta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as Meta;
}
