import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { contentWireText } from './lib/contracts/content-wire';
import { managedSchema } from './lib/settings/managed-schema';

// The public half of TheraCode's signing key: it fixes the extension id (so managed policy and
// force-install lists can name it) for unpacked and packed builds alike. EXT_KEY overrides it
// for a clinic that signs its own build. The private key is never in the repository.
const EXTENSION_KEY = process.env.EXT_KEY ?? readFileSync('assets/extension-key.pub', 'utf8').trim();

// The manifest asks for the fewest permissions that work: `storage` for settings (and the
// managed area), `contextMenus` for review mode's "Analyse with TheraCode" (issue #7), nothing
// else. No host permissions: content scripts come from `matches`.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  publicDir: 'assets/public',
  vite: () => ({
    plugins: [preact()],
    resolve: {
      // WXT's content-script context announces itself to the page (a DOM event and a postMessage
      // carrying the extension id); ours has the same API and tells the page nothing.
      alias: { 'wxt/utils/content-script-context': resolve('lib/overlay/script-context.ts') },
    },
  }),
  hooks: {
    // The content script checks what it receives against JSON Schema generated from the zod schemas
    // (lib/contracts/content-wire.ts): regenerated before every build so it can never be stale.
    'build:before': () => {
      const file = resolve('lib/contracts/content-wire.json');
      const text = contentWireText();
      if (readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
    },
    // The content script runs in every frame of every page, so it carries no webextension-polyfill
    // (2.7 KB gzip): it uses only runtime messaging, which Chromium's MV3 `chrome` and Firefox's
    // `browser` both offer with promises (lib/messaging/native-browser.ts picks whichever the browser has). The
    // background and the extension pages keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias ?? [];
      const list = Array.isArray(alias)
        ? alias
        : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = {
        ...config.resolve,
        alias: [{ find: /^wxt\/browser$/, replacement: resolve('lib/messaging/native-browser.ts') }, ...list],
      };
    },
    // managed_schema.json is generated from the zod policy schema at build time, never hand-copied.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser === 'firefox') return;
      files.push({ relativeDest: 'managed_schema.json', contents: `${JSON.stringify(managedSchema(), null, 2)}\n` });
    },
  },
  manifest: ({ browser }) => ({
    name: 'TheraCode',
    description:
      'Suggests PT/OT CPT codes by stated intent, counts units and lists missing documentation — on this computer only.',
    permissions: ['storage', 'contextMenus'],
    // The sidebar is an extension page framed in the EHR page (design.md §3.3). Only it is web
    // accessible; Chromium then serves it under a per-session id, so a page cannot load it itself.
    web_accessible_resources: [
      {
        resources: ['sidebar.html'],
        matches: ['<all_urls>'],
        ...(browser !== 'firefox' ? { use_dynamic_url: true } : {}),
      },
    ],
    // Alt+Shift+T shows or hides the sidebar in the current tab, Alt+Shift+A analyses the selected
    // text (both rebindable at chrome://extensions/shortcuts).
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: 'Show or hide the TheraCode sidebar',
      },
      'review-selection': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: 'Analyse the selected text with TheraCode',
      },
    },
    // storage.managed_schema is Chromium-only; Firefox reads policy from enterprise policies.json.
    ...(browser !== 'firefox' ? { key: EXTENSION_KEY, storage: { managed_schema: 'managed_schema.json' } } : {}),
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
