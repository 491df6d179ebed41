import { readFileSync, statSync, type Stats } from 'node:fs';
import { InputError } from './input-error';

const MB = 1024 * 1024;

/**
 * Size caps of the command's inputs, from measurements (README, "The compare command"): the engine
 * analyses at most the first 200,000 characters of a page, so a longer file only costs time. A
 * 5 MB text page took 4 s to read and a 19 MB one 10 s; a 5 MB HTML page 12 s and a 20 MB one 26 s
 * and 780 MB; one 20 MB report in a corpus 18 s and 700 MB. News pages are well under these caps.
 */
export const LIMITS = {
  /** A .txt or .md page: ten times the text the engine reads. */
  textPage: 2 * MB,
  /** An .html page: markup, scripts and styles included (news pages weigh 0.2 to 3 MB). */
  htmlPage: 5 * MB,
  /** One .txt or .md report of a corpus folder (a news report is under 100 kB). */
  textReport: 1 * MB,
  /** All reports of a corpus folder together (10,000 synthetic reports are 50 MB). */
  corpus: 200 * MB,
} as const;

/** "2 MB", "2.1 MB", "640 kB": one decimal where it tells a size just over a cap from the cap. */
export const formatSize = (bytes: number) =>
  bytes >= MB ? `${Number((bytes / MB).toFixed(1))} MB` : `${Math.round(bytes / 1024)} kB`;

/** The file's status, or an InputError that says in one sentence why it cannot be read. */
export function statInput(path: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    throw new InputError(`Cannot read ${path}: ${reason(error)}.`);
  }
}

/**
 * A text file's contents, refused with one sentence when it is not a regular file, too large for
 * `maxBytes`, empty (unless allowed) or binary (a NUL byte anywhere, or many control characters).
 */
export function readTextFile(
  path: string,
  { maxBytes, what, allowEmpty = false }: { maxBytes: number; what: string; allowEmpty?: boolean },
): string {
  const stat = statInput(path);
  if (stat.isDirectory()) throw new InputError(`${path} is a folder, not ${what}.`);
  if (!stat.isFile()) throw new InputError(`${path} is not a regular file, so not ${what}.`);
  if (stat.size === 0 && !allowEmpty) throw new InputError(`${path} is empty.`);
  if (stat.size > maxBytes)
    throw new InputError(
      `${path} is ${formatSize(stat.size)}, larger than the ${formatSize(maxBytes)} Crosscheck reads as ${what}.`,
    );
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(`Cannot read ${path}: ${reason(error)}.`);
  }
  if (looksBinary(bytes)) throw new InputError(`${path} is a binary file, not ${what}.`);
  return bytes.toString('utf8');
}

// A NUL byte anywhere marks a binary file (text never holds one); control characters are counted
// in the first 4 kB, where a binary format's header shows them.
function looksBinary(bytes: Buffer): boolean {
  if (bytes.includes(0)) return true;
  const text = bytes.subarray(0, 4096).toString('utf8');
  // eslint-disable-next-line no-control-regex -- control characters are what a binary file shows
  const odd = (text.match(/[\uFFFD\u0001-\u0008\u000E-\u001A]/g) ?? []).length;
  return odd / Math.max(1, text.length) > 0.05;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  if (code === 'ENAMETOOLONG') return 'the path is too long';
  return code ?? 'unreadable';
}
