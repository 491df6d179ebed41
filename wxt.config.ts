import { defineConfig } from 'wxt';

// The extension never talks to the network: the corpus is bundled and every permission below is
// justified in README.md ("Privacy and permissions"). Keep this list as short as the features allow.
export default defineConfig({
  imports: false,
  // The sources zip Mozilla asks for holds what git tracks: test and benchmark output (the 10,000-report
  // corpora alone are 50 MB) and the generated corpus index are rebuilt from the sources.
  zip: { excludeSources: ['tests/output/**', 'coverage/**', 'public/corpus/**', 'dist/**'] },
  // JSX is compiled by esbuild from tsconfig.json (react-jsx + jsxImportSource preact); no Vite plugin
  // is needed, and @preact/preset-vite is built for a different Vite major than WXT's.
  // citation-js 0.8 imports node-fetch, which the browser build cannot bundle: the browser's fetch
  // stands in (wording/node-fetch-in-browser.ts says why nothing is lost).
  vite: () => ({
    resolve: {
      alias: { 'node-fetch': new URL('wording/node-fetch-in-browser.ts', import.meta.url).pathname },
    },
  }),
  manifest: ({ browser, command }) => ({
    // Name, description and shortcut come from public/_locales/<locale>/messages.json, in the browser's
    // language; English when there is no translation for it.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // offscreen (Chrome): the document that starts the engine's worker, off the service worker's
    // message loop; it shows nothing and adds no install warning. Firefox's background starts it.
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    // The same sites the content script runs on (no extra install warning): lets the popup and panel
    // read the current tab's address for the per-site switch. The content script's matches do not
    // grant that: built without this line, Chromium hides every tab's URL from the extension (the
    // popup end-to-end test cannot find its tab). "tabs" would warn of reading the browsing history,
    // and activeTab would not follow the panel from tab to tab.
    host_permissions: ['http://*/*', 'https://*/*'],
    // Extension pages load only the extension's own code and fetch only its own files (the bundled
    // corpus): no network at all. WXT writes this as the MV2 string for Firefox; in development it
    // adds its dev server, whose reload socket needs connect-src as well.
    content_security_policy: {
      extension_pages: `script-src 'self'; object-src 'self'; connect-src 'self'${command === 'serve' ? ' http://localhost:* ws://localhost:*' : ''};`,
    },
    // 116: sidePanel.open (the side panel itself is 114, the CSS Custom Highlight API 105,
    // storage.session 102).
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' },
    },
    commands: {
      'crosscheck-selection': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandSelection__',
      },
      // The keyboard's way to the hover card of each highlight, and on to its claim in the panel.
      'crosscheck-next-claim': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandNextClaim__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140: the first Firefox with the CSS Custom Highlight API the page highlights use.
            gecko: {
              id: 'crosscheck@crosscheck.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
