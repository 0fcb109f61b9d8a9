/** Launch a Chromium-family browser with the built extension loaded (shared by `npm start`, e2e tests, benchmarks). */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { findBrowser, systemProbe } from './find-browser';

const found = findBrowser(systemProbe());
/** The browser the finder picked (CHROMIUM_PATH / CHROME_PATH, then the usual install paths); Debian's path when none. */
export const CHROMIUM_PATH = found && 'path' in found ? found.path : (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
/** The unpacked Chrome build. */
export const EXTENSION_DIR = path.resolve(process.env.THERACODE_EXT_DIR ?? '.output/chrome-mv3');

export interface LaunchOptions {
  headless: boolean;
  extensionDir?: string;
  userDataDir?: string;
  args?: string[];
  /** A browser found by ensureBrowser (npm start); CHROMIUM_PATH otherwise. */
  executablePath?: string;
}

/** Flags for a closed network (no background traffic) and running as root in CI. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--metrics-recording-only',
  '--disable-client-side-phishing-detection',
  '--disable-domain-reliability',
  '--disable-breakpad',
  '--no-pings',
  '--disable-features=AutofillServerCommunication,OptimizationHints,Translate,MediaRouter',
];

/**
 * A new profile with Developer mode on, as for anyone who loads an unpacked build. Without it,
 * Chromium (156) disables an unpacked extension that reloads a few seconds after start-up
 * (DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION): `chrome.runtime.reload()` or an update would remove it.
 */
function developerProfile(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'theracode-'));
  mkdirSync(path.join(dir, 'Default'));
  writeFileSync(
    path.join(dir, 'Default', 'Preferences'),
    JSON.stringify({ extensions: { ui: { developer_mode: true } } }),
  );
  return dir;
}

/** A persistent context with the extension loaded. */
export async function launchWithExtension(opts: LaunchOptions): Promise<BrowserContext> {
  const ext = opts.extensionDir ?? EXTENSION_DIR;
  const executablePath = opts.executablePath ?? CHROMIUM_PATH;
  if (!existsSync(executablePath))
    throw new Error(`no browser at ${executablePath}: run npx tsx lib/launch/ensure-browser.ts, or set CHROMIUM_PATH`);
  if (!existsSync(path.join(ext, 'manifest.json'))) throw new Error(`no extension build at ${ext}: run npm run build`);
  const userDataDir = opts.userDataDir ?? developerProfile();
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: opts.headless,
    viewport: { width: 1280, height: 800 },
    args: [
      ...(opts.headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      ...QUIET_FLAGS,
      ...(opts.args ?? []),
    ],
  });
}
