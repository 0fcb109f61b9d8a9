/**
 * Same output before and after a CLI speed change: `tsx tests/bench/cli-golden.ts BUNDLE OUTDIR`
 * writes a fixed 500-note folder (typical notes by patient, the clinic month with its two cloned
 * visits, the demo sample with billed.csv, and PDF/DOCX/RTF/CSV/XLSX exports) and runs BUNDLE's
 * `audit` over it in every format, with worker threads and in one thread, plus `analyze` on a few
 * files. xlsx workbooks are unzipped (their timestamps dropped). Compare two OUTDIRs with `diff -r`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { writeExports } from '../cli/fixtures/make-exports';
import { clinicMonth, PATIENTS } from '../cli/fixtures/visits';
import { typicalNote } from './lib/typical-notes';

if (process.argv.length < 4) throw new Error('usage: cli-golden.ts BUNDLE OUTDIR');
const bundle = path.resolve(process.argv[2] as string);
const outDir = path.resolve(process.argv[3] as string);
// A fixed folder: the reports name the files, so both runs must read the same paths.
const notes = path.join(os.tmpdir(), 'tc-golden-notes');
rmSync(notes, { recursive: true, force: true });
mkdirSync(path.join(notes, 'typical'), { recursive: true });
for (let i = 0; i < 430; i++) {
  const patient = PATIENTS[i % PATIENTS.length] as string;
  writeFileSync(
    path.join(notes, 'typical', `${patient}_visit${String(Math.floor(i / 10)).padStart(2, '0')}.txt`),
    typicalNote(i),
  );
}
mkdirSync(path.join(notes, 'month'));
for (const [name, text] of Object.entries(clinicMonth().notes)) writeFileSync(path.join(notes, 'month', name), text);
mkdirSync(path.join(notes, 'sample'));
for (const f of readdirSync('assets/demo/audit-sample'))
  copyFileSync(path.join('assets/demo/audit-sample', f), path.join(notes, 'sample', f));
mkdirSync(path.join(notes, 'exports'));
await writeExports(path.join(notes, 'exports'));

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const billed = path.join(notes, 'sample', 'billed.csv');

function run(name: string, args: string[]): void {
  const r = spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  writeFileSync(path.join(outDir, `${name}.stdout`), r.stdout);
  writeFileSync(path.join(outDir, `${name}.stderr`), `${r.stderr}exit ${r.status}\n`);
}

async function unzip(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const dir = `${file}.d`;
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    // exceljs stamps the workbook with the time it was written.
    const text = (await entry.async('string')).replace(/<dcterms:(created|modified)[^<]*<\/dcterms:\1>/g, '');
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  rmSync(file);
}

for (const jobs of [[], ['--jobs', '0']]) {
  const tag = jobs.length ? 'one' : 'pool';
  for (const format of ['table', 'csv', 'json', 'html', 'defense']) {
    run(`audit-${tag}-${format}`, ['audit', notes, '--billed', billed, '--format', format, ...jobs]);
    run(`audit-${tag}-${format}-plain`, ['audit', notes, '--format', format, '--rule', 'ama', ...jobs]);
  }
  const csv = path.join(outDir, `audit-${tag}-file.csv`);
  run(`audit-${tag}-csvout`, ['audit', notes, '--billed', billed, '--format', 'csv', '--out', csv, ...jobs]);
  const xlsx = path.join(outDir, `audit-${tag}.xlsx`);
  run(`audit-${tag}-xlsx`, ['audit', notes, '--billed', billed, '--format', 'xlsx', '--out', xlsx, ...jobs]);
  await unzip(xlsx);
}
const one = path.join(notes, 'sample', 'pt-knee-tka.txt');
run('analyze-table', ['analyze', one]);
run('analyze-json', ['analyze', '--json', one, path.join(notes, 'sample', 'pt-low-back-lifting.html')]);
run('analyze-billed', ['analyze', '--billed', '97110 x2, 97530 x1 GP', '--discipline', 'ot', one]);
for (const f of readdirSync(path.join(notes, 'exports')))
  run(`analyze-export-${f}`, ['analyze', '--json', path.join(notes, 'exports', f)]);
// Paths of the output folder differ between runs: keep only their base names.
for (const f of readdirSync(outDir)) {
  if (!f.endsWith('.stderr')) continue;
  const p = path.join(outDir, f);
  writeFileSync(p, readFileSync(p, 'utf8').replaceAll(outDir, 'OUT'));
}
process.stdout.write(`wrote ${readdirSync(outDir).length} outputs to ${outDir}\n`);
