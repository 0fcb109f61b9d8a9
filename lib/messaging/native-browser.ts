/**
 * The browser's own extension API object, without webextension-polyfill: Firefox's `browser`, else
 * Chromium's `chrome` (promise-based in MV3). The content-script build resolves `wxt/browser` to this
 * file (wxt.config.ts), so the script injected into every frame stays small; it uses only runtime
 * messaging, which both offer natively.
 */
import type { browser as WxtBrowser } from 'wxt/browser';

type Api = typeof WxtBrowser;
const g = globalThis as unknown as { browser?: Api; chrome?: Api };

/** Same shape as `wxt/browser`'s export. */
export const browser: Api = (g.browser?.runtime?.id ? g.browser : g.chrome) as Api;
