/**
 * A vocabulary being built: `keyId(key)` is the key's number, appended when new. Starts from
 * `initial` (a prepared corpus's vocabulary, kept in its order) so that its keys keep their numbers;
 * the prepared corpus, a reader's source and the merged corpus and snapshot all number keys this way.
 */
export function vocabularyBuilder(initial: readonly string[] = []): {
  vocabulary: string[];
  keyId: (key: string) => number;
} {
  const vocabulary = [...initial];
  const ids = new Map(vocabulary.map((key, i) => [key, i]));
  const keyId = (key: string) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = vocabulary.push(key) - 1;
      ids.set(key, id);
    }
    return id;
  };
  return { vocabulary, keyId };
}
