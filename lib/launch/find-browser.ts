/**
 * Find a Chromium-family browser (Chrome, Chromium, Edge, Brave) on Linux, macOS or Windows. Pure
 * over an injected "does this path exist" and environment, so the search is unit-tested with fake
 * file systems and platforms; `systemProbe()` is the real one.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/** What the finder may look at: platform, environment, and whether a file is executable. */
export interface Probe {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  isExecutable: (file: string) => boolean;
}

/** A browser found, and why this one (an environment variable, a known install path or PATH). */
export interface FoundBrowser {
  path: string;
  source: string;
}

// Chromium first: Debian's package is what CI and the e2e tests were written against.
const LINUX_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'microsoft-edge-stable',
  'brave-browser',
];
const LINUX_FIXED = ['/snap/bin/chromium', '/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge'];
const MAC_APPS = [
  'Chromium.app/Contents/MacOS/Chromium',
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'Brave Browser.app/Contents/MacOS/Brave Browser',
];
const WIN_EXES = [
  'Chromium\\Application\\chrome.exe',
  'Google\\Chrome\\Application\\chrome.exe',
  'Microsoft\\Edge\\Application\\msedge.exe',
  'BraveSoftware\\Brave-Browser\\Application\\brave.exe',
];

/** Every place to look, in order, each with the reason it is a candidate. */
export function candidates(probe: Pick<Probe, 'platform' | 'env'>): FoundBrowser[] {
  const { platform, env } = probe;
  const out: FoundBrowser[] = [];
  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH'] as const) {
    const v = env[name];
    if (v) out.push({ path: v, source: name });
  }
  if (platform === 'darwin') {
    const home = env.HOME;
    for (const app of MAC_APPS) {
      out.push({ path: `/Applications/${app}`, source: 'Applications' });
      if (home) out.push({ path: `${home}/Applications/${app}`, source: '~/Applications' });
    }
    return out;
  }
  if (platform === 'win32') {
    const roots = [
      env.LOCALAPPDATA,
      env.PROGRAMFILES,
      env['PROGRAMFILES(X86)'],
      env.ProgramFiles,
      env['ProgramFiles(x86)'],
    ];
    for (const exe of WIN_EXES)
      for (const root of new Set(roots.filter((r): r is string => Boolean(r))))
        out.push({ path: path.win32.join(root, exe), source: root });
    return out;
  }
  const dirs = (env.PATH ?? '/usr/local/bin:/usr/bin:/bin').split(':').filter(Boolean);
  for (const d of ['/usr/bin', '/usr/local/bin']) if (!dirs.includes(d)) dirs.push(d);
  for (const name of LINUX_NAMES) for (const d of dirs) out.push({ path: `${d}/${name}`, source: 'PATH' });
  for (const p of LINUX_FIXED) out.push({ path: p, source: 'known install path' });
  return out;
}

/**
 * The first executable candidate. An explicit CHROMIUM_PATH / CHROME_PATH that is not executable is
 * an error (the user asked for it), reported rather than silently replaced by another browser.
 */
export function findBrowser(probe: Probe): FoundBrowser | { error: string } | null {
  for (const c of candidates(probe)) {
    if (probe.isExecutable(c.path)) return c;
    if (c.source === 'CHROMIUM_PATH' || c.source === 'CHROME_PATH')
      return { error: `${c.source}=${c.path} is not an executable browser` };
  }
  return null;
}

/** The real machine: process.platform, process.env, and an X_OK check (existence on Windows). */
export function systemProbe(): Probe {
  return {
    platform: process.platform,
    env: process.env,
    isExecutable: (file) => {
      try {
        accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
  };
}
