// The attribute that scopes the highlight rules to the elements holding marks (highlights.ts): a
// random name per painting, so a page cannot claim it in advance. It is Crosscheck's own, not the
// page's, so the page's HTML is read without it (serialize-page.ts): otherwise every re-check after
// a painting would see a changed page and match it again. Where a content script cannot adopt a
// stylesheet (Firefox), the rules are a `<style>` carrying the same attribute, left out whole.

const SCOPE = / data-x[0-9a-z]{24}=""/g;
const SCOPE_STYLE = /<style data-x[0-9a-z]{24}="">[^<]*<\/style>/g;

/** A new scope attribute's name: `data-x` and 24 random characters in [0-9a-z]. */
export function newScopeAttribute(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `data-x${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

/** Markup without the scope attributes Crosscheck added. */
export function withoutScopes(html: string): string {
  return html.includes(' data-x') ? html.replace(SCOPE_STYLE, '').replace(SCOPE, '') : html;
}
