/** `theracode audit` on a folder of good notes: every format agrees with analyze() on the same text. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/cli/csv';
import { htmlToText } from '../../lib/cli/read/html';
import { CODES } from '../../lib/contracts/codes';
import { analyze } from '../../lib/engine';
import { cli } from './cli-harness';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tc-audit-'));
const notes: Record<string, string> = {
  'a.txt':
    'TA (12 min): sit to stand x10 to simulate toilet transfers, min A.\nTher ex 15 min: LAQ 3x10 for quad strength.\n',
  'b.md': '# Note\n\n- NMR 20 min: SLS on foam for balance, mirror feedback.\n',
  'sub/c.html':
    '<p>Ther ex 10 min: bridges for glute strength</p><script>x()</script><p>TA 9 min: lifting to simulate work</p>',
  'sub/deeper/d.htm': '<div>Gait 8 min &amp; TA 14 min: transfers, functional carry</div>',
};
for (const [name, text] of Object.entries(notes)) {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), text);
}
const textOf = (name: string) => (/\.html?$/.test(name) ? htmlToText(notes[name] as string) : (notes[name] as string));
const fileOf = (name: string) => path.join(dir, name);

describe('theracode audit', () => {
  it('csv: one row per note with the codes, minutes and units analyze() reports', async () => {
    const r = await cli(['audit', dir, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\r\n$/);
    const [header, ...rows] = parseCsv(r.stdout) as [string[], ...string[][]];
    expect(rows).toHaveLength(4);
    const col = (row: string[], name: string) => row[header.indexOf(name)] ?? '';
    for (const name of Object.keys(notes)) {
      const row = rows.find((x) => x[0] === fileOf(name));
      expect(row, name).toBeDefined();
      const a = analyze(textOf(name));
      expect(col(row!, 'suggested_code')).toBe(a.suggested ?? '');
      expect(col(row!, 'timed_minutes')).toBe(String(a.totals.timedMinutes));
      expect(col(row!, 'cms_units')).toBe(String(a.totals.units.cms));
      expect(col(row!, 'ama_units')).toBe(String(a.totals.units.ama));
      for (const code of CODES) {
        const c = a.codes.find((x) => x.code === code);
        expect(col(row!, `${code} minutes`), `${name} ${code}`).toBe(c ? String(c.minutes ?? '') : '');
        expect(col(row!, `${code} CMS units`)).toBe(c ? String(c.units.cms) : '');
        expect(col(row!, `${code} AMA units`)).toBe(c ? String(c.units.ama) : '');
      }
      expect(col(row!, 'missing_count')).toBe(String(a.missing.length));
    }
  });

  it('json: {notes, summary, skipped} with the code mix summed over the notes', async () => {
    const r = await cli(['audit', dir, '--format=json', '--rule', 'ama']);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['notes', 'summary', 'skipped']);
    expect(report.notes.map((n: { file: string }) => n.file).sort()).toEqual(Object.keys(notes).map(fileOf).sort());
    expect(report.notes[0].text).toBeUndefined();
    expect(report.summary.rule).toBe('ama');
    const analyses = Object.keys(notes).map((n) => analyze(textOf(n)));
    for (const mix of report.summary.codeMix) {
      const lines = analyses.flatMap((a) => a.codes.filter((c) => c.code === mix.code));
      expect(mix.notes).toBe(lines.length);
      expect(mix.minutes).toBe(lines.reduce((t, c) => t + (c.minutes ?? 0), 0));
    }
    expect(report.skipped).toEqual([]);
  });

  it('--billed billed.csv adds each note’s billed check; unmatched rows are reported', async () => {
    const billed = path.join(dir, 'billed.csv');
    writeFileSync(
      billed,
      'file,billed\na.txt,"97530 x5, 97110 x1 GP"\nsub/c.html,97110 x1 GP\nghost.txt,97110 x1 GP\n',
    );
    const r = await cli(['audit', dir, '--format', 'json', '--billed', billed]);
    const report = JSON.parse(r.stdout);
    const a = report.notes.find((n: { file: string }) => n.file === fileOf('a.txt'));
    expect(a.billedCheck.billed).toBe('97530 x5, 97110 x1 GP');
    expect(a.billedCheck.results).toContainEqual(expect.objectContaining({ code: '97530', status: 'over' }));
    expect(a.billedCheck.results).toContainEqual(expect.objectContaining({ code: '97530', status: 'modifier' }));
    expect(report.notes.find((n: { file: string }) => n.file === fileOf('sub/c.html')).billedCheck).toBeDefined();
    expect(report.notes.find((n: { file: string }) => n.file === fileOf('b.md')).billedCheck).toBeUndefined();
    expect(report.summary.billedWithoutNote).toEqual(['ghost.txt']);
    expect(report.skipped).toEqual([]); // billed.csv beside the notes is an input, not a skipped note
    expect(report.summary.needsLook.map((n: { file: string }) => n.file)).toContain(fileOf('a.txt'));
  });

  it('a base name shared by two notes matches neither; a relative path still does', async () => {
    const twins = mkdtempSync(path.join(os.tmpdir(), 'tc-audit-twins-'));
    for (const sub of ['mon', 'tue']) {
      mkdirSync(path.join(twins, sub));
      writeFileSync(path.join(twins, sub, 'note.txt'), notes['a.txt'] as string);
    }
    const billed = path.join(twins, 'billed.csv');
    writeFileSync(billed, 'file,billed\nnote.txt,97530 x1 GP\ntue/note.txt,97110 x1 GP\n');
    const report = JSON.parse((await cli(['audit', twins, '--format', 'json', '--billed', billed])).stdout);
    const by = (sub: string) =>
      report.notes.find((n: { file: string }) => n.file === path.join(twins, sub, 'note.txt')).billedCheck;
    expect(by('mon')).toBeUndefined();
    expect(by('tue').billed).toBe('97110 x1 GP');
    expect(report.summary.billedWithoutNote).toEqual(['note.txt']);
  });

  it('table and defense formats name every note; defense holds one summary per note', async () => {
    const table = await cli(['audit', dir]);
    for (const name of Object.keys(notes)) expect(table.stdout).toContain(fileOf(name));
    expect(table.stdout).toContain('Code mix');
    const defense = await cli(['audit', dir, '--format', 'defense']);
    expect(defense.stdout.match(/TheraCode defense summary/g)).toHaveLength(4);
    expect(defense.stdout).toContain(`==== ${fileOf('a.txt')} ====`);
  });

  it('--out writes the report atomically (no temp file left) and nothing on stdout', async () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'tc-audit-out-'));
    const out = path.join(outDir, 'report.csv');
    const r = await cli(['audit', dir, '--format', 'csv', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe((await cli(['audit', dir, '--format', 'csv'])).stdout);
    // the CSV's skipped list sits beside it: one row per file stderr names as skipped
    expect(readdirSync(outDir).sort()).toEqual(['report.csv', 'report.skipped.csv']);
    const skippedCsv = parseCsv(readFileSync(path.join(outDir, 'report.skipped.csv'), 'utf8'));
    expect(skippedCsv[0]).toEqual(['file', 'reason']);
    expect(skippedCsv).toHaveLength(1 + (r.stderr.match(/theracode: skipped /g)?.length ?? 0));
    const bad = await cli(['audit', dir, '--out', path.join(outDir, 'no/such/dir/r.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('cannot write');
  });

  it('no progress bar when stderr is not a terminal; usage errors exit 2', async () => {
    const r = await cli(['audit', dir]);
    expect(r.stderr).not.toContain('\r');
    expect((await cli(['audit'])).code).toBe(2);
    expect((await cli(['audit', dir, '--format', 'pdf'])).code).toBe(2);
    expect((await cli(['audit', dir, '--bogus'])).code).toBe(2);
    expect(existsSync(dir)).toBe(true);
  });
});

describe('theracode analyze --billed', () => {
  const note = fileOf('a.txt');

  it('inline claim lines: JSON gets an added billedCheck field', async () => {
    const r = await cli(['analyze', '--json', '--billed', '97530 x2, 97110 x1 GP', note]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.noteHash).toBe(analyze(notes['a.txt'] as string).noteHash);
    expect(out.billedCheck.results.map((x: { code: string }) => x.code)).toContain('97530');
    expect(out.billedCheck.results).toContainEqual(
      expect.objectContaining({ code: '97530', status: 'modifier', message: expect.stringMatching(/GP/) }),
    );
  });

  it('a file of claim lines, or a billed.csv table; the table output gains a Billed check block', async () => {
    const lines = path.join(dir, 'claim.txt');
    writeFileSync(lines, '97530,2,GP\n97110,1,GP\n');
    const r = await cli(['analyze', '--billed', lines, note]);
    expect(r.stdout).toMatch(/Minute ledger[\s\S]*Billed check\n {2}Billed: 97530,2,GP 97110,1,GP/);
    const table = path.join(dir, 'table.csv');
    writeFileSync(table, 'file,billed\na.txt,97110 x1 GP\n');
    const t = JSON.parse((await cli(['analyze', '--json', '--billed', table, note])).stdout);
    expect(t.billedCheck.billed).toBe('97110 x1 GP');
    const plain = await cli(['analyze', '--json', note]);
    expect(JSON.parse(plain.stdout).billedCheck).toBeUndefined();
  });
});
