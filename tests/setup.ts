// @webext-core-style libraries and our messaging helpers reach for the global `chrome`;
// WxtVitest fakes `browser` only, so point `chrome` at the same fake.
import { fakeBrowser } from 'wxt/testing/fake-browser';

(globalThis as Record<string, unknown>).chrome ??= fakeBrowser;
