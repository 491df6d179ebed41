// The cleaning rules moved to lib/page/clean-text.ts (page reading sits below the corpus). This
// re-export keeps lib/page/extract-article.ts compiling until its import names the new place.
export { cleanText } from '../page/clean-text';
