// What the extension's build gives citation-js in place of node-fetch. @citation-js/core 0.8 imports
// node-fetch for Node and uses the browser's own fetch when it runs in a page, but the import alone
// pulls Node's http, stream and fs into the bundle, which then fails to build. Crosscheck never
// fetches a citation (it cites items it builds), so the browser's fetch stands in. wxt.config.ts
// aliases 'node-fetch' to this file.
export default globalThis.fetch;
export const Headers = globalThis.Headers;
