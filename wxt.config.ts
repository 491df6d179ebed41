import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The extension never talks to the network: the corpus is bundled and every permission below is
// justified in README.md ("Permissions"). Keep this list as short as the features allow.
export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description:
      'See which claims of the article you are reading other reports corroborate or contradict. Works offline.',
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    commands: {
      'crosscheck-selection': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Crosscheck the selected text',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'crosscheck@crosscheck.example', strict_min_version: '115.0' },
          },
        }
      : {}),
  }),
});
