/** `npm run bench`: engine speed on a 2 KB and a 40 KB note (median of many runs) and throughput. */
import { readFileSync } from 'node:fs';
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

function time(text: string, runs: number): number {
  for (let i = 0; i < 20; i++) analyze(text); // warm-up (JIT)
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    analyze(text);
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const rows = [
  { name: '2 KB note', bytes: 2 * 1024, runs: 500, budgetMs: 1 },
  { name: '40 KB note', bytes: 40 * 1024, runs: 100, budgetMs: 10 },
];
let failed = false;
console.log('engine benchmark (median)');
for (const row of rows) {
  const ms = time(noteOfSize(row.bytes), row.runs);
  const mbps = row.bytes / 1024 / 1024 / (ms / 1000);
  const ok = ms < row.budgetMs;
  failed ||= !ok;
  console.log(
    `  ${row.name.padEnd(11)} ${ms.toFixed(3).padStart(8)} ms  ${mbps.toFixed(1).padStart(7)} MB/s  budget ${row.budgetMs} ms ${ok ? 'OK' : 'OVER'}`,
  );
}
process.exitCode = failed ? 1 : 0;
