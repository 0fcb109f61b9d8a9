/**
 * One answer to "which browser?" for `npm start`, `npm test` (e2e) and `.ci/run`: a found browser,
 * or Debian's chromium installed when the machine allows it, or the one command to run (exit 1).
 * Run directly (`tsx lib/launch/ensure-browser.ts`) it prints the path on stdout.
 */
import { type FoundBrowser, findBrowser, systemProbe } from './find-browser';
import { describeMachine, installPlan, runInstall } from './install-browser';

/** The browser to use, installing one if needed and allowed; throws with the command to run otherwise. */
export function ensureBrowser(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): FoundBrowser {
  const found = findBrowser(systemProbe());
  if (found && 'path' in found) return found;
  if (found) throw new Error(found.error);
  const plan = installPlan(describeMachine());
  if (!plan.install) throw new Error(plan.message);
  log(`theracode: ${plan.why}`);
  if (!runInstall(plan.commands)) throw new Error('apt-get failed to install chromium (see its output above)');
  const after = findBrowser(systemProbe());
  if (after && 'path' in after) return after;
  throw new Error('chromium was installed but no browser executable was found afterwards');
}

const invokedDirectly = process.argv[1]?.replace(/\\/g, '/').endsWith('lib/launch/ensure-browser.ts');
if (invokedDirectly) {
  try {
    const b = ensureBrowser();
    process.stdout.write(`${b.path}\n`);
  } catch (e) {
    process.stderr.write(`theracode: ${(e as Error).message}\n`);
    process.exit(1);
  }
}
