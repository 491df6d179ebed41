/**
 * Where the reader's decisions are kept in extension storage. Apart from the schema so that the
 * content script can watch the item without bundling the schema library.
 */
export const DECISIONS_KEY = 'local:decisions';
