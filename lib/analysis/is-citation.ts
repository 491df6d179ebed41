import { anyCase, guardedTest } from '../text/any-case';

// A line of a reference list or a citation ("Gootenberg, P. (2008). Andean Cocaine. University of
// North Carolina Press. p. 84.") names a source; it states no claim, and its page numbers and years
// are no figures of the story. Each pattern is the mark of a citation style (APA, Chicago, MLA,
// Wikipedia's templates) that running news prose does not use.
const CITATION_MARKS: readonly RegExp[] = [
  // Page numbers: "p. 84", "pp. 11–38", "pág. 84", "págs. 12-15".
  /(?:^|[\s(,;])(?:pp?|págs?)\.\s?\d+/u,
  /\bISBN\b|\bISSN\b/u,
  /\bUniversity (?:of [\p{L} ]+ )?Press\b|\bEditorial Universitaria\b/u,
  // An author as "Surname, I." or "Surname, I. P., and": news prose names people in full.
  /^\p{Lu}[\p{L}'’-]+,\s(?:\p{Lu}\.\s?){1,3}(?:,|\(|and\b|y\b|&|$)/u,
  // Author–year: "(2008).", "(ed.) (2009)", "et al. (2016)", "et al., 2016".
  /\(\d{4}[a-z]?\)\.(?:\s|$)/u,
  /\(eds?\.\)/u,
  /\bet al\.,?\s\(?\d{4}/u,
  // A journal's volume(issue), pages: "39(1), 213–271".
  /\b\d+\(\d+\),\s?\d+[–-]\d+/u,
];

// The marks in any case ("DOI:", "retrieved from"), each behind a guard that finds its words first.
const ANY_CASE_MARKS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [anyCase(['doi']), /\bdoi\s?:|\bdoi\.org\//iu],
  [
    anyCase(['retrieved', 'consultado', 'recuperado']),
    /\bRetrieved\b[^.]*\d{4}|\bRetrieved (?:from|on)\b|\b(?:Consultado|Recuperado) (?:el|de)\b/iu,
  ],
];

/** Whether a sentence is a citation or a line of a reference list rather than a statement. */
export function isCitation(sentence: string): boolean {
  return (
    CITATION_MARKS.some((mark) => mark.test(sentence)) ||
    ANY_CASE_MARKS.some(([guard, mark]) => guardedTest(guard, mark, sentence))
  );
}
