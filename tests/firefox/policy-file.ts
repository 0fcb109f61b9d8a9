/**
 * The Firefox enterprise policy file the managed-policy tests write: `/etc/firefox/policies/policies.json`,
 * where Firefox on Linux reads it (SysConfD is /etc/firefox, also for Debian's firefox-esr). The file
 * carries a marker so a run that was killed before cleaning up is recognised and its file removed,
 * instead of steering every later Firefox on the machine.
 */
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the tests write the policy (FIREFOX_POLICY_FILE overrides, e.g. a distribution/ folder). */
export const POLICY_FILE = process.env.FIREFOX_POLICY_FILE ?? '/etc/firefox/policies/policies.json';
/** Top-level key Firefox ignores; marks the file as the tests' own. */
const MARKER = 'theracodeTestFile';

/** Write `policy` for the add-on id as `3rdparty.Extensions` (Firefox reads it at start-up). */
export function writeTestPolicy(addonId: string, policy: Record<string, unknown>): void {
  mkdirSync(path.dirname(POLICY_FILE), { recursive: true });
  const file = {
    [MARKER]: 'written by tests/firefox',
    policies: { '3rdparty': { Extensions: { [addonId]: policy } } },
  };
  writeFileSync(POLICY_FILE, JSON.stringify(file, null, 2));
}

/** Remove the tests' policy file, and its folders when they are empty again. */
export function removeTestPolicy(): void {
  rmSync(POLICY_FILE, { force: true });
  for (const dir of [path.dirname(POLICY_FILE), path.dirname(path.dirname(POLICY_FILE))]) {
    try {
      rmdirSync(dir); // fails (and stays) when not empty
    } catch {}
  }
}

/** Remove a policy file an interrupted test run left behind (never an administrator's file). */
export function clearLeftoverTestPolicy(): void {
  try {
    if (MARKER in JSON.parse(readFileSync(POLICY_FILE, 'utf8'))) removeTestPolicy();
  } catch {}
}

/** Why the managed-policy tests cannot run here (an administrator's file is in place, or not root). */
export function policySkipReason(): string | undefined {
  clearLeftoverTestPolicy();
  if (existsSync(POLICY_FILE)) return `${POLICY_FILE} exists (not ours): managed-policy tests skipped`;
  let dir = path.dirname(POLICY_FILE);
  while (!existsSync(dir)) dir = path.dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
    return undefined;
  } catch {
    return `cannot write ${POLICY_FILE} (needs root): managed-policy tests skipped`;
  }
}
