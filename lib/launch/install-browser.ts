/**
 * When no browser is found: install Debian's `chromium` if this machine can (Debian or Ubuntu, and
 * root or passwordless sudo), else tell the user the one command to run. The decision is pure (unit
 * tested over fake machines); `describeMachine()` and `runInstall()` touch the real one.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The facts the decision needs. */
export interface Machine {
  platform: NodeJS.Platform;
  /** Contents of /etc/os-release ('' when absent). */
  osRelease: string;
  isRoot: boolean;
  /** `sudo -n true` succeeds (passwordless sudo). */
  passwordlessSudo: boolean;
}

/** Install with these argv lines, or stop with a message naming the one command to run. */
export type InstallPlan = { install: true; commands: string[][]; why: string } | { install: false; message: string };

const PACKAGES = ['chromium', 'fonts-dejavu-core'];

/** True for Debian, Ubuntu and their derivatives (ID or ID_LIKE in os-release). */
export function isDebianLike(osRelease: string): boolean {
  const ids = [...osRelease.matchAll(/^(?:ID|ID_LIKE)="?([^"\n]*)"?$/gm)].flatMap((m) => (m[1] ?? '').split(/\s+/));
  return ids.some((id) => id === 'debian' || id === 'ubuntu');
}

/** What to do on a machine without a browser. */
export function installPlan(m: Machine): InstallPlan {
  const hint =
    m.platform === 'darwin'
      ? 'brew install --cask chromium   (or install Google Chrome), or set CHROMIUM_PATH'
      : m.platform === 'win32'
        ? 'winget install Google.Chrome   (or set CHROMIUM_PATH to chrome.exe / msedge.exe)'
        : isDebianLike(m.osRelease)
          ? 'sudo apt-get install chromium   (or set CHROMIUM_PATH)'
          : 'install Chromium or Google Chrome with your package manager, or set CHROMIUM_PATH';
  if (m.platform !== 'linux' || !isDebianLike(m.osRelease) || !(m.isRoot || m.passwordlessSudo))
    return { install: false, message: `no Chrome, Chromium, Edge or Brave found. Run: ${hint}` };
  const sudo = m.isRoot ? [] : ['sudo', '-n'];
  return {
    install: true,
    why: `no Chrome, Chromium, Edge or Brave found; installing Debian's ${PACKAGES.join(' and ')} with apt-get (${m.isRoot ? 'running as root' : 'passwordless sudo'}) so the extension can be loaded`,
    commands: [
      [...sudo, 'apt-get', 'update', '-qq'],
      [...sudo, 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...PACKAGES],
    ],
  };
}

/** Facts about this machine (reads /etc/os-release, runs `sudo -n true` only when not root). */
export function describeMachine(): Machine {
  let osRelease = '';
  try {
    osRelease = readFileSync('/etc/os-release', 'utf8');
  } catch {}
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const passwordlessSudo =
    !isRoot && process.platform === 'linux' && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  return { platform: process.platform, osRelease, isRoot, passwordlessSudo };
}

/** Run the plan's commands with output shown; false when one fails. */
export function runInstall(commands: readonly string[][]): boolean {
  for (const [cmd, ...args] of commands) {
    const r = spawnSync(cmd as string, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (r.status !== 0) return false;
  }
  return true;
}
