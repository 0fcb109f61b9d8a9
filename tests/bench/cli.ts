/**
 * `npm run bench:cli` (also a step of `npm run bench`): the installed command's budgets, design.md §5.
 *   - one note through the bundled `theracode analyze`: median wall time vs a bare `node -e 0`
 *     (budget: within 4×), and the same through `npm run theracode` and `npx theracode` (npm's own
 *     start-up included);
 *   - `audit` throughput on typical 1–3 KB notes, all cores (budget ≥ 100,000 notes a minute),
 *     and in one thread for comparison;
 *   - HTML → text on unclosed tags: 210 KB vs 10 KB of `<a ` (budget: 21× the text ≤ 25× the time).
 * Exit 1 when a budget is missed. `--notes N` sets the audit batch (default 20,000).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { htmlToText } from '../../lib/cli/read/html';
import { typicalNote } from './lib/typical-notes';

const BIN = path.resolve('.output/cli/theracode.mjs');
const SAMPLE = path.resolve('assets/demo/sample-note.txt');
const out = (line = '') => process.stdout.write(`${line}\n`);
const failures: string[] = [];
const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1];
const N = process.argv.includes('--notes') ? Number(arg('--notes')) : 20_000;

function timed(cmd: string, args: string[]): { ms: number; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, THERACODE_STATS: '1' },
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms: performance.now() - t0, stderr: r.stderr };
}
const wall = (cmd: string, args: string[]) => timed(cmd, args).ms;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const runs = (n: number, f: () => number) => median(Array.from({ length: n }, f));

/** A child's CPU seconds (user + system) through /usr/bin/time, or NaN where there is none. */
function cpuOf(args: string[]): number {
  if (!existsSync('/usr/bin/time')) return Number.NaN;
  const r = spawnSync('/usr/bin/time', ['-f', 'tc-cpu %U %S', process.execPath, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const m = /tc-cpu ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  return m ? (Number(m[1]) + Number(m[2])) * 1000 : Number.NaN;
}

function startup(): void {
  out('== CLI start-up: one note through theracode analyze (median wall time; CPU time beside it)');
  wall(process.execPath, [BIN, 'analyze', SAMPLE]); // warm the file cache
  const bare = runs(15, () => wall(process.execPath, ['-e', '0']));
  const one = runs(15, () => wall(process.execPath, [BIN, 'analyze', SAMPLE]));
  const bareCpu = runs(9, () => cpuOf(['-e', '0']));
  const oneCpu = runs(9, () => cpuOf([BIN, 'analyze', SAMPLE]));
  const npmRun = runs(3, () => wall('npm', ['run', '--silent', 'theracode', '--', 'analyze', SAMPLE]));
  const npx = runs(3, () => wall('npx', ['theracode', 'analyze', SAMPLE]));
  const npxAlone = runs(3, () => wall('npx', ['-v']));
  const ok = one <= 4 * bare;
  out(`  node -e 0                      ${bare.toFixed(0)} ms wall, ${bareCpu.toFixed(0)} ms CPU`);
  out(
    `  theracode analyze (bundle)     ${one.toFixed(0)} ms wall, ${oneCpu.toFixed(0)} ms CPU  = ${(one / bare).toFixed(1)}× node -e 0 (CPU ${(oneCpu / bareCpu).toFixed(1)}×)  budget ≤ 4× ${ok ? 'OK' : 'OVER'}`,
  );
  out(
    `  npm run --silent theracode     ${npmRun.toFixed(0)} ms  (npm's start-up and the bundle's staleness check included)`,
  );
  // npx links the checkout into its cache and reads every package of node_modules through that link
  // on each run (its record of that tree lists only the link, so npm never trusts it).
  out(`  npx theracode analyze          ${npx.toFixed(0)} ms  (npx -v alone: ${npxAlone.toFixed(0)} ms; not budgeted)`);
  if (!ok) failures.push(`analyze start-up ${(one / bare).toFixed(1)}× node -e 0 > 4×`);
  out();
}

function throughput(): void {
  out(`== audit throughput: ${N.toLocaleString('en-US')} typical notes (1–3 KB), ${os.availableParallelism()} cores`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tc-bench-audit-'));
  try {
    let bytes = 0;
    for (let i = 0; i < N; i++) {
      const sub = path.join(dir, `p${Math.floor(i / 1000)}`);
      if (i % 1000 === 0) mkdirSync(sub);
      const text = typicalNote(i);
      bytes += text.length;
      writeFileSync(path.join(sub, `note-${i}.txt`), text);
    }
    out(`  ${(bytes / N / 1024).toFixed(1)} KB a note on average`);
    const report = path.join(dir, 'report.csv');
    for (const [label, jobs] of [
      ['all cores', []],
      ['one thread (--jobs 0)', ['--jobs', '0']],
    ] as const) {
      const { ms, stderr } = timed(process.execPath, [BIN, 'audit', dir, '--format', 'csv', '--out', report, ...jobs]);
      const cpuMs = Number(/cpu_ms=(\d+)/.exec(stderr)?.[1] ?? Number.NaN);
      const mainMs = Number(/main_ms=(\d+)/.exec(stderr)?.[1] ?? Number.NaN);
      const perMinute = (N / ms) * 60_000;
      const budget = label === 'all cores';
      const ok = perMinute >= 100_000;
      // CPU time says what the same run needs on an idle machine (wall time counts other processes' turns).
      const idle = (N / cpuMs) * 60_000 * (jobs.length ? 1 : os.availableParallelism());
      const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
      out(
        `  ${label.padEnd(22)} ${(ms / 1000).toFixed(1)} s wall = ${fmt(perMinute)} notes/minute${budget ? `  budget ≥ 100,000 ${ok ? 'OK' : 'OVER'}` : ''}`,
      );
      out(
        `  ${''.padEnd(22)} ${(cpuMs / 1000).toFixed(1)} s CPU = ${(cpuMs / N).toFixed(2)} ms a note → ${fmt(idle)} notes/minute on idle cores`,
      );
      if (jobs.length === 0 && Number.isFinite(mainMs))
        out(
          `  ${''.padEnd(22)} main thread ${(mainMs / 1000).toFixed(1)} s of it (listing, collecting results, copy-forward, report)`,
        );
      if (budget && !ok) failures.push(`audit ${Math.round(perMinute)} notes/minute < 100,000`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  out();
}

function htmlLinearity(): void {
  out('== HTML → text on unclosed tags (htmlparser2 tokenizer)');
  const doc = (kb: number) => '<a '.repeat(Math.floor((kb * 1024) / 3));
  for (let i = 0; i < 5; i++) htmlToText(doc(210)); // warm the JIT on both sizes first
  const time = (kb: number) => {
    const html = doc(kb);
    return runs(9, () => {
      const t0 = performance.now();
      htmlToText(html);
      return performance.now() - t0;
    });
  };
  const small = time(10);
  const large = time(210);
  const ratio = large / small;
  const ok = ratio <= 25;
  out(
    `  10 KB ${small.toFixed(1)} ms, 210 KB ${large.toFixed(1)} ms: 21× the text took ${ratio.toFixed(1)}× the time  budget ≤ 25× ${ok ? 'OK' : 'OVER'}`,
  );
  if (!ok) failures.push(`HTML unclosed tags: 21× the text took ${ratio.toFixed(1)}× the time`);
  out();
}

const build = spawnSync(process.execPath, ['lib/cli/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
out(
  `machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, node ${process.version}, load ${os.loadavg()[0]?.toFixed(1)}`,
);
out();
startup();
throughput();
htmlLinearity();
out(`load at the end ${os.loadavg()[0]?.toFixed(1)} (the machine may be shared: CPU times say what the runs cost)`);
out(failures.length ? 'CLI: OVER BUDGET' : 'CLI: all budgets met');
for (const f of failures) out(`  - ${f}`);
process.exitCode = failures.length ? 1 : 0;
