import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The manifest asks for the fewest permissions that work: `storage` for settings (and the
// managed area), nothing else. No host permissions: content scripts come from `matches`.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  publicDir: 'assets/public',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'TheraCode',
    description:
      'Suggests PT/OT CPT codes by stated intent, counts units and lists missing documentation — on this computer only.',
    permissions: ['storage'],
    // Alt+Shift+T shows or hides the sidebar in the current tab (rebindable at chrome://extensions/shortcuts).
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: 'Show or hide the TheraCode sidebar',
      },
    },
    ...(browser !== 'firefox' && process.env.EXT_KEY ? { key: process.env.EXT_KEY } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'theracode@theracode.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
