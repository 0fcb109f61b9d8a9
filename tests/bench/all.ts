/**
 * `npm run bench`: every benchmark, one report, non-zero exit when a budget (design.md §5) is
 * exceeded. Steps: the engine bench (tests/bench/run.ts, its own process, its own budgets), then a
 * build check (`npx wxt build` when .output/chrome-mv3 is missing or older than the sources), the
 * content-script bundle size, and the browser benches: latency on a textarea, in a 40 KB note and
 * on the demo page's whole form, then load (50 fields on a page, 20 tabs). `--browser` skips the engine step (`npm run bench:latency`);
 * `--only=textarea,whole-form` runs just the browser benches named (textarea, 40k, whole-form, fields, tabs);
 * `--steps` builds with the step marks and prints where each edit's time went (textarea and 40k).
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { EXTENSION_DIR } from '../../lib/launch/chromium';
import { note40kBench, textareaBench } from './latency';
import { ensureFreshBuild } from './lib/build';
import { BUNDLE_BUDGET_BYTES, contentScriptSizes } from './lib/bundle';
import { type BenchResult, breaches, formatResult } from './lib/result';
import { serveFixtures } from './lib/session';
import { fieldsBench, tabsBench } from './load';
import { wholeFormBench } from './whole-form';

const out = (line = '') => process.stdout.write(`${line}\n`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const failures: string[] = [];

function engineStep(): void {
  out('== engine (tests/bench/run.ts)');
  const res = spawnSync('npx', ['tsx', 'tests/bench/run.ts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  process.stdout.write(res.stdout ?? '');
  process.stderr.write(res.stderr ?? '');
  if (res.status !== 0)
    failures.push(`engine bench exited ${res.status ?? res.signal} (a budget is OVER or it failed)`);
  out();
}

/** The CLI's budgets (tests/bench/cli.ts, its own process): start-up, audit throughput, HTML linearity. */
function cliStep(): void {
  out('== CLI (tests/bench/cli.ts)');
  const res = spawnSync('npx', ['tsx', 'tests/bench/cli.ts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  process.stdout.write(res.stdout ?? '');
  process.stderr.write(res.stderr ?? '');
  if (res.status !== 0) failures.push(`CLI bench exited ${res.status ?? res.signal} (a budget is OVER or it failed)`);
  out();
}

function bundleStep(): void {
  out('== content script bundle (gzip -9, node zlib)');
  const { js, css } = contentScriptSizes(EXTENSION_DIR);
  if (!js) {
    failures.push('no content-scripts/editor.js in the build');
    return;
  }
  const ok = js.gzip < BUNDLE_BUDGET_BYTES;
  out(
    `  editor.js   ${kb(js.raw)} raw, ${kb(js.gzip)} gzip  budget < ${kb(BUNDLE_BUDGET_BYTES)} ${ok ? 'OK' : 'OVER'}`,
  );
  if (css) out(`  editor.css  ${kb(css.raw)} raw, ${kb(css.gzip)} gzip  (loaded into the shadow root; not budgeted)`);
  if (!ok) failures.push(`content script ${kb(js.gzip)} gzip ≥ ${kb(BUNDLE_BUDGET_BYTES)}`);
  out();
}

async function browserSteps(): Promise<void> {
  const server = await serveFixtures();
  const results: BenchResult[] = [];
  const only = process.argv
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const run = async (id: string, title: string, bench: () => Promise<BenchResult | BenchResult[]>) => {
    if (only && !only.includes(id)) return;
    const t0 = performance.now();
    out(
      `== load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (${os.availableParallelism()} cores)`,
    );
    out(`== ${title}`);
    try {
      const r = await bench();
      for (const one of Array.isArray(r) ? r : [r]) {
        results.push(one);
        for (const line of formatResult(one)) out(line);
      }
    } catch (err) {
      failures.push(`${title}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      out(`  FAILED: ${failures.at(-1)}`);
    }
    out(
      `  (${((performance.now() - t0) / 1000).toFixed(0)} s; load average at the end ${(os.loadavg()[0] ?? 0).toFixed(1)})`,
    );
    out();
  };
  try {
    await run('textarea', 'latency: plain textarea', () => textareaBench(server));
    await run('40k', 'latency and long tasks: 40 KB note', () => note40kBench(server));
    await run('whole-form', 'latency: whole-form reading on the demo EHR page', () => wholeFormBench(server));
    await run('fields', 'load: one page with 50 editable fields', () => fieldsBench(server));
    await run('tabs', 'load: 20 tabs', () => tabsBench(server));
  } finally {
    await server.close();
  }
  for (const r of results) for (const b of breaches(r)) failures.push(`${r.name}: ${b}`);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  if (!process.argv.includes('--browser')) {
    engineStep();
    cliStep();
  }
  // --steps: a build that marks each step of a note's trip, and a profile of them under each latency row
  out(`== build: ${ensureFreshBuild(EXTENSION_DIR, process.argv.includes('--steps'))}`);
  out();
  bundleStep();
  await browserSteps();
  out(`== ${failures.length ? 'OVER BUDGET' : 'all budgets met'} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  for (const f of failures) out(`  - ${f}`);
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
