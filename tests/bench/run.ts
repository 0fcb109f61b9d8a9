/**
 * `npm run bench`: engine speed on a 2 KB and a 40 KB note (median of many runs), the engine against a
 * floor measured in the same run (one lower-casing word-regex pass over the same text; design.md §5:
 * within 15× on 40 KB), and two 10× linearity ratios whose sizes both stay under the engine's
 * 200,000-character input bound (a larger note is truncated, so a ratio against it would measure the
 * cut, not the engine): 20K→200K chars gates (≤ 11), 2K→20K chars is shown.
 *
 * The machine is shared, so ratios are taken from interleaved rounds: each round times a batch of the
 * engine and a batch of the floor (or the small and the large note) back to back, in CPU time
 * (`process.cpuUsage`, which other processes' turns do not inflate) and in wall time; the gate is the
 * median over rounds of the CPU ratio, after warm-up. Both sides are measured the same way.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { analyze } from '../../lib/engine';

function noteOfSize(bytes: number): string {
  const base = readFileSync('assets/demo/sample-note.txt', 'utf8');
  let text = '';
  while (text.length < bytes) text += `${base}\n`;
  return text.slice(0, bytes);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** The floor: one lower-casing word-regex pass over the text (what any reader of the note must do). */
let sink = 0;
function floorPass(text: string): void {
  for (const m of text.toLowerCase().matchAll(/[a-z0-9]+/g)) sink += m[0].length;
}

function samples(text: string, runs: number, fn: (t: string) => unknown = analyze): number[] {
  for (let i = 0; i < 20; i++) fn(text); // warm-up (JIT)
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(text);
    out.push(performance.now() - t0);
  }
  return out;
}

function time(text: string, runs: number): number {
  return median(samples(text, runs));
}

/** Fastest run: the ratio uses it because on a shared, loaded machine the median mostly measures the load. */
function fastest(text: string, runs: number, fn?: (t: string) => unknown): number {
  return Math.min(...samples(text, runs, fn));
}

const rows = [
  { name: '2 KB note', bytes: 2 * 1024, runs: 500, budgetMs: 1 },
  { name: '40 KB note', bytes: 40 * 1024, runs: 100, budgetMs: 10 },
];
let failed = false;
console.log('engine benchmark (per-size rows: median and fastest; ratios: see the file comment)');
for (const row of rows) {
  const text = noteOfSize(row.bytes);
  const ms = time(text, row.runs);
  const best = fastest(text, row.runs);
  const mbps = row.bytes / 1024 / 1024 / (ms / 1000);
  const ok = ms < row.budgetMs;
  failed ||= !ok;
  console.log(
    `  ${row.name.padEnd(11)} ${ms.toFixed(3).padStart(8)} ms  ${mbps.toFixed(1).padStart(7)} MB/s  budget ${row.budgetMs} ms ${ok ? 'OK' : 'OVER'}  (fastest ${best.toFixed(3)} ms)`,
  );
}
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** CPU and wall ms per call of `fn` over a batch of `n` calls. */
function batch(fn: () => unknown, n: number): { cpu: number; wall: number } {
  const c0 = cpuMs();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn();
  return { cpu: (cpuMs() - c0) / n, wall: (performance.now() - t0) / n };
}

/**
 * `a` against `b` in interleaved rounds (batches sized to about `ms` each): the median of the
 * per-round CPU ratios and of the wall ratios, and the median per-call times.
 */
function compare(a: () => unknown, b: () => unknown, rounds: number, ms = 40) {
  const size = (fn: () => unknown) => {
    const t0 = performance.now();
    fn();
    return Math.max(1, Math.round(ms / Math.max(0.01, performance.now() - t0)));
  };
  // Warm-up (JIT) on both sides.
  for (let i = 0; i < 3; i++) {
    batch(a, size(a));
    batch(b, size(b));
  }
  const na = size(a);
  const nb = size(b);
  const rows = Array.from({ length: rounds }, () => ({ a: batch(a, na), b: batch(b, nb) }));
  return {
    cpuRatio: median(rows.map((r) => r.a.cpu / r.b.cpu)),
    wallRatio: median(rows.map((r) => r.a.wall / r.b.wall)),
    a: { cpu: median(rows.map((r) => r.a.cpu)), wall: median(rows.map((r) => r.a.wall)) },
    b: { cpu: median(rows.map((r) => r.b.cpu)), wall: median(rows.map((r) => r.b.wall)) },
  };
}

console.log(
  `  machine: ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} (ratios: median of interleaved rounds)`,
);
{
  // Engine against the floor on the same 40 KB note (same run, same load, same way of timing).
  const text = noteOfSize(40 * 1024);
  const r = compare(
    () => analyze(text),
    () => floorPass(text),
    25,
  );
  const ok = r.cpuRatio <= 15;
  failed ||= !ok;
  console.log(
    `  vs floor    40 KB     ${r.cpuRatio.toFixed(1).padStart(6)}x CPU, ${r.wallRatio.toFixed(1)}x wall  (engine ${r.a.cpu.toFixed(3)} ms CPU / floor ${r.b.cpu.toFixed(3)} ms CPU, one lower-casing word-regex pass)  budget <= 15x ${ok ? 'OK' : 'OVER'}`,
  );
}
for (const { big, small, gate } of [
  { big: 200_000, small: 20_000, gate: true },
  { big: 20_000, small: 2_000, gate: false },
]) {
  const large = noteOfSize(big);
  const little = noteOfSize(small);
  const r = compare(
    () => analyze(large),
    () => analyze(little),
    gate ? 15 : 9,
    gate ? 120 : 40,
  );
  const ok = r.cpuRatio <= 11;
  if (gate) failed ||= !ok;
  const label = `${small / 1000}K→${big / 1000}K chars`;
  console.log(
    `  10x ratio ${label.padEnd(16)} ${r.cpuRatio.toFixed(2).padStart(6)} CPU, ${r.wallRatio.toFixed(2)} wall  (${r.a.cpu.toFixed(2)} ms / ${r.b.cpu.toFixed(2)} ms CPU)  ${gate ? `budget <= 11 ${ok ? 'OK' : 'OVER'}` : '(shown, not gated)'}`,
  );
}
// Hostile markup (issue #12): 10x the text must cost about 10x the time, not 100x. A page full of
// unclosed `<style` openers once made masking quadratic (100 KB took 0.8 s).
// (the CLI's HTML-to-text has its own bench; `<a` through the engine is shown, not gated)
for (const { name, unit, gate } of [
  { name: 'unclosed <style', unit: '<style ', gate: true },
  { name: 'unclosed <a', unit: '<a ', gate: false },
]) {
  const of = (chars: number) => `${unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars)}</style> Ther ex 15 min`;
  const big = of(100_000);
  const small = of(10_000);
  const r = compare(
    () => analyze(big),
    () => analyze(small),
    9,
  );
  const ok = r.cpuRatio < 15;
  if (gate) failed ||= !ok;
  console.log(
    `  10x ratio ${`${name} 10K→100K`.padEnd(24)} ${r.cpuRatio.toFixed(2).padStart(6)} CPU, ${r.wallRatio.toFixed(2)} wall  (${r.a.cpu.toFixed(2)} ms / ${r.b.cpu.toFixed(2)} ms CPU)  ${gate ? `budget < 15 ${ok ? 'OK' : 'OVER'}` : '(shown, not gated)'}`,
  );
}
process.exitCode = failed || sink < 0 ? 1 : 0;
