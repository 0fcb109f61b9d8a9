/** Copy-forward in `audit`: a 50-note folder with two cloned visits → exactly those two pairs, in every format. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fingerprint, jaccard, patientFromFile } from '../../lib/cli/audit/copy-forward';
import { parseCsv } from '../../lib/cli/csv';
import { analyze } from '../../lib/engine';
import { cli } from './cli-harness';
import { clinicMonth, visitNote } from './fixtures/visits';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tc-copy-'));
const { notes, copies } = clinicMonth();
for (const [name, text] of Object.entries(notes)) writeFileSync(path.join(dir, name), text);
const at = (name: string) => path.join(dir, name);

describe('copy-forward', () => {
  it('names the patient from the file name without dates or visit numbers, else the folder', () => {
    expect(patientFromFile('/x/lee_k_2026-03-05.txt')).toBe('lee k');
    expect(patientFromFile('/x/Smith J 03.05.2026 visit 3.docx')).toBe('smith j');
    expect(patientFromFile('/x/patients/0042/note1.txt')).toBe('/x/patients/0042');
    expect(patientFromFile('/x/visits.pdf#page 2')).toBe('visits');
  });

  it('fingerprint = the sorted unique FNV-1a hashes of every "w1 w2 w3" of the performed interventions', () => {
    // The plain definition, which the fast version (no 3-gram strings) must match exactly.
    const fnv = (s: string) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
      return h >>> 0;
    };
    const byDefinition = (a: ReturnType<typeof analyze>) => {
      const words = a.segments
        .filter((s) => s.status === 'performed' && s.code !== null)
        .flatMap((s) => s.text.toLowerCase().match(/[a-z0-9#%/.]+/g) ?? []);
      const set = new Set(words.slice(2).map((w, i) => fnv(`${words[i]} ${words[i + 1]} ${w}`)));
      return [...set].sort((x, y) => x - y);
    };
    const texts = [
      visitNote(2, 3),
      // Non-ASCII letters split words (İ lower-cases to two code units), repeats dedupe, a declined line drops out.
      'Ther ex 12 min: LAQ 3x10 w/ 2# İzmir-style naïve café drills, LAQ 3x10 w/ 2# again.\nTA 10 min: sit–to–stand ×8 50% of the time.\nPt declined gait training.',
      'Gait 8 min',
      '',
    ];
    for (const t of texts) expect(fingerprint(analyze(t))).toEqual(byDefinition(analyze(t)));
    expect(fingerprint(analyze(texts[0] as string)).length).toBeGreaterThan(20);
  });

  it('progressed repeat visits stay well under the threshold; a verbatim copy is 1', () => {
    const print = (p: number, v: number) => fingerprint(analyze(visitNote(p, v)));
    expect(jaccard(print(3, 1), print(3, 2))).toBeLessThan(0.5);
    expect(jaccard(print(3, 1), print(3, 1))).toBe(1);
  });

  it('50 notes: exactly the two cloned pairs, with similarity, in json, table, csv, html and xlsx', async () => {
    expect(Object.keys(notes)).toHaveLength(50);
    const json = JSON.parse((await cli(['audit', dir, '--format', 'json'])).stdout);
    expect(json.summary.notes).toBe(50);
    const pairs = json.summary.copyForward.map((p: { later: string; earlier: string }) => [p.later, p.earlier]);
    expect(pairs).toEqual(copies.map(([later, earlier]) => [at(later), at(earlier)]));
    for (const p of json.summary.copyForward) expect(p.similarity).toBeGreaterThanOrEqual(0.85);
    expect(json.summary.needsLook.find((l: { file: string }) => l.file === at(copies[0]![0])).reasons).toContain(
      'copy-forward of an earlier visit',
    );

    const table = (await cli(['audit', dir])).stdout;
    expect(table).toContain(`100%  ${at(copies[0]![0])}  repeats  ${at(copies[0]![1])}  (patient lee k)`);

    const [header, ...rows] = parseCsv((await cli(['audit', dir, '--format', 'csv'])).stdout) as [
      string[],
      ...string[][],
    ];
    const of = header.indexOf('copy_forward_of');
    expect(rows.filter((r) => r[of] !== '').map((r) => [r[0], r[of]])).toEqual(copies.map(([l, e]) => [at(l), at(e)]));

    const html = (await cli(['audit', dir, '--format', 'html'])).stdout;
    const anchor = (name: string) => {
      const i = json.notes.findIndex((n: { file: string }) => n.file === at(name));
      return `<a href="#note-${i}">${at(name)}</a>`;
    };
    expect(html).toContain(`<td>${anchor(copies[1]![0])}</td><td>${anchor(copies[1]![1])}</td>`);

    const xlsx = path.join(dir, 'report.xlsx');
    expect((await cli(['audit', dir, '--format', 'xlsx', '--out', xlsx])).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'notes',
      'codes',
      'missing',
      'flags',
      'billed lines',
      'copy-forward',
      'worklist',
    ]);
    const sheet = book.getWorksheet('copy-forward')!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(2).getCell(2).text).toBe(at(copies[0]![0]));
  });

  it('worklist: totals per therapist and per week from the notes’ own lines', async () => {
    const json = JSON.parse((await cli(['audit', dir, '--format', 'json'])).stdout);
    const w = json.summary.worklist;
    expect(w.byTherapist.map((t: { key: string; notes: number }) => [t.key, t.notes])).toEqual([
      ['Ana Ruiz, PT', 25],
      ['Ben Cho, DPT', 25],
    ]);
    expect(w.byWeek.map((t: { key: string; notes: number }) => [t.key, t.notes])).toEqual([
      ['2026-03-02', 20],
      ['2026-03-09', 20],
      ['2026-03-16', 10],
    ]);
    const minutes = Object.values(notes).reduce((t, n) => t + analyze(n).totals.timedMinutes, 0);
    expect(w.byWeek.reduce((t: number, x: { timedMinutes: number }) => t + x.timedMinutes, 0)).toBe(minutes);
  });
});
