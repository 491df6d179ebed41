import { readFileSync } from 'node:fs';
import type { Decisions } from '../lib/match/possible-versions';
import { engineDecisions, readExportFile } from '../settings/decision-list';
import { InputError } from './input-error';

/**
 * The decisions of a file exported from the options page (crosscheck-decisions.json), for the
 * engine: `compare --decisions FILE` shows what the panel of a reader with those decisions shows.
 */
export function readDecisions(path: string): Decisions {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`Cannot read the decisions file ${path}.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError(`${path} is not JSON: export it from Crosscheck's options page.`);
  }
  const decisions = readExportFile(value);
  if (!decisions)
    throw new InputError(`${path} is not a Crosscheck decisions file (crosscheck-decisions.json).`);
  return engineDecisions(decisions);
}
