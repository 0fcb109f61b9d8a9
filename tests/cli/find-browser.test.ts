/** The browser finder and the install decision over fake file systems and platforms. */
import { describe, expect, it } from 'vitest';
import { findBrowser, type Probe } from '../../lib/launch/find-browser';
import { installPlan, isDebianLike } from '../../lib/launch/install-browser';

const fake = (platform: NodeJS.Platform, files: string[], env: Record<string, string> = {}): Probe => ({
  platform,
  env,
  isExecutable: (f) => files.includes(f),
});

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const MINT = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

describe('findBrowser', () => {
  it.each([
    ['linux', ['/usr/bin/chromium'], {}, '/usr/bin/chromium'],
    ['linux', ['/usr/bin/google-chrome-stable'], {}, '/usr/bin/google-chrome-stable'],
    ['linux', ['/opt/bin/brave-browser'], { PATH: '/opt/bin:/usr/bin' }, '/opt/bin/brave-browser'],
    ['linux', ['/usr/bin/microsoft-edge', '/snap/bin/chromium'], {}, '/usr/bin/microsoft-edge'],
    ['linux', ['/snap/bin/chromium'], {}, '/snap/bin/chromium'],
    [
      'darwin',
      ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
      { HOME: '/Users/pt' },
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    [
      'darwin',
      ['/Users/pt/Applications/Brave Browser.app/Contents/MacOS/Brave Browser'],
      { HOME: '/Users/pt' },
      '/Users/pt/Applications/Brave Browser.app/Contents/MacOS/Brave Browser',
    ],
    [
      'win32',
      ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'],
      { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' },
      'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    ],
    [
      'win32',
      ['C:\\Users\\pt\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'],
      { LOCALAPPDATA: 'C:\\Users\\pt\\AppData\\Local' },
      'C:\\Users\\pt\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
    ],
  ] as const)('%s with %j finds the browser', (platform, files, env, expected) => {
    expect(findBrowser(fake(platform, [...files], { ...env }))).toMatchObject({ path: expected });
  });

  it('prefers CHROMIUM_PATH, then CHROME_PATH, over installed browsers', () => {
    const files = ['/usr/bin/chromium', '/x/chrome', '/y/chromium'];
    expect(findBrowser(fake('linux', files, { CHROME_PATH: '/x/chrome' }))).toEqual({
      path: '/x/chrome',
      source: 'CHROME_PATH',
    });
    expect(findBrowser(fake('linux', files, { CHROME_PATH: '/x/chrome', CHROMIUM_PATH: '/y/chromium' }))).toEqual({
      path: '/y/chromium',
      source: 'CHROMIUM_PATH',
    });
  });

  it('reports a CHROMIUM_PATH that is not executable instead of picking another browser', () => {
    const r = findBrowser(fake('linux', ['/usr/bin/chromium'], { CHROMIUM_PATH: '/nope/chrome' }));
    expect(r).toEqual({ error: 'CHROMIUM_PATH=/nope/chrome is not an executable browser' });
  });

  it.each(['linux', 'darwin', 'win32'] as const)('finds nothing on a bare %s', (platform) => {
    expect(findBrowser(fake(platform, [], { HOME: '/h', PROGRAMFILES: 'C:\\P' }))).toBeNull();
  });
});

describe('installPlan', () => {
  it.each([
    [DEBIAN, true],
    [UBUNTU, true],
    [MINT, true],
    [FEDORA, false],
    ['', false],
  ])('isDebianLike(%j) is %s', (osRelease, expected) => {
    expect(isDebianLike(osRelease)).toBe(expected);
  });

  it('installs Debian chromium as root, without sudo, and says why', () => {
    const plan = installPlan({ platform: 'linux', osRelease: DEBIAN, isRoot: true, passwordlessSudo: false });
    expect(plan.install).toBe(true);
    if (!plan.install) return;
    expect(plan.commands[1]).toEqual(expect.arrayContaining(['apt-get', 'install', 'chromium']));
    expect(plan.commands.every((c) => c[0] === 'apt-get')).toBe(true);
    expect(plan.why).toMatch(/installing Debian's chromium .*running as root/);
  });

  it('uses sudo -n on Ubuntu with passwordless sudo', () => {
    const plan = installPlan({ platform: 'linux', osRelease: UBUNTU, isRoot: false, passwordlessSudo: true });
    expect(plan.install && plan.commands.map((c) => c.slice(0, 3))).toEqual([
      ['sudo', '-n', 'apt-get'],
      ['sudo', '-n', 'apt-get'],
    ]);
  });

  it.each([
    [{ platform: 'linux', osRelease: DEBIAN, isRoot: false, passwordlessSudo: false }, 'sudo apt-get install chromium'],
    [{ platform: 'linux', osRelease: FEDORA, isRoot: true, passwordlessSudo: false }, 'package manager'],
    [{ platform: 'darwin', osRelease: '', isRoot: true, passwordlessSudo: false }, 'brew install --cask chromium'],
    [{ platform: 'win32', osRelease: '', isRoot: false, passwordlessSudo: false }, 'winget install'],
  ] as const)('does not install on %j and names the command', (machine, command) => {
    const plan = installPlan(machine);
    expect(plan.install).toBe(false);
    expect(!plan.install && plan.message).toContain(command);
  });
});
