/**
 * Real export files (made by real writers in tests/cli/fixtures/make-exports.ts): each reads to the
 * same codes and minutes as the note it was made from; multi-visit exports split per visit; a scan
 * is refused with its reason; table columns carry date, therapist and id.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine';
import { cli } from './cli-harness';
import { DEMO, writeExports } from './fixtures/make-exports';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tc-exports-'));
let files: Awaited<ReturnType<typeof writeExports>>;
beforeAll(async () => {
  files = await writeExports(dir);
}, 60_000);

type Line = { file: string; codes: { code: string; minutes: number | null }[]; suggested: string | null };
const lines = (stdout: string): Line[] =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
const ledger = (codes: Line['codes']) => codes.map((c) => [c.code, c.minutes]);
const expected = DEMO.map((n) => ledger(analyze(n).codes));

describe('theracode analyze on real exports', () => {
  it('PDF (pdf-lib, one dated visit per page): one note per visit, same codes and minutes as the source notes', async () => {
    const r = await cli(['analyze', '--json', files.pdf]);
    expect(r.code, r.stderr).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((l) => l.file)).toEqual(
      ['2026-03-02', '2026-03-04', '2026-03-06'].map((d) => `${files.pdf}#visit ${d}`),
    );
    expect(out.map((l) => ledger(l.codes))).toEqual(expected);
    expect(expected[0]).toContainEqual(['97530', 23]);
  });

  it('a scanned PDF (an image, no text layer) exits 2 naming the reason', async () => {
    const r = await cli(['analyze', files.scanned]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`theracode: ${files.scanned}: scanned PDF: no text layer (run OCR first)\n`);
  });

  it('DOCX with "Daily Note — date" headings: one note per visit, named by its date', async () => {
    const out = lines((await cli(['analyze', '--json', files.docx])).stdout);
    expect(out.map((l) => l.file)).toEqual(
      ['2026-03-02', '2026-03-04', '2026-03-06'].map((d) => `${files.docx}#visit ${d}`),
    );
    expect(out.map((l) => ledger(l.codes))).toEqual(expected);
  });

  it('RTF reads to the exact text it was written from (same note hash)', async () => {
    const r = await cli(['analyze', '--json', files.rtf]);
    expect(JSON.parse(r.stdout).noteHash).toBe(analyze(DEMO[0] as string).noteHash);
  });

  it.each(['csv', 'xlsx'] as const)(
    '%s export: one note per row, quoted multi-line notes intact, named by --id-column',
    async (kind) => {
      const r = await cli(['analyze', '--json', '--id-column', 'Visit ID', files[kind]]);
      const out = lines(r.stdout) as (Line & { noteHash: string })[];
      expect(out.map((l) => l.file)).toEqual(['V-100', 'V-101', 'V-102'].map((id) => `${files[kind]}#${id}`));
      expect(out.map((l) => l.noteHash)).toEqual(DEMO.map((n) => analyze(n).noteHash));
    },
  );

  it('a note column that is not there is a one-line error naming it', async () => {
    const r = await cli(['analyze', '--note-column', 'Narrative', files.csv]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^theracode: .*export\.csv: no column "Narrative" \(columns: Visit ID, Patient, Date of Service, Therapist, Note\)\n$/,
    );
  });
});

describe('a typed note holding several dated visits (a pasted chart)', () => {
  const chart = [
    'Date of service: 03/02/2026',
    'Ther ex 15 min: LAQ 3x10 w/ 3# for quad strength.',
    'Date of service: 03/04/2026',
    'TA 12 min: sit to stand x10 to simulate toilet transfers, CGA.',
  ].join('\n');

  it('analyze and audit report each visit on its own (the engine finds them: findVisits)', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'tc-chart-')), 'chart.txt');
    writeFileSync(file, chart);
    const out = lines((await cli(['analyze', '--json', file])).stdout);
    expect(out.map((l) => [l.file, ledger(l.codes)])).toEqual([
      [`${file}#visit 2026-03-02`, [['97110', 15]]],
      [`${file}#visit 2026-03-04`, [['97530', 12]]],
    ]);
    const report = JSON.parse((await cli(['audit', file, '--format', 'json'])).stdout);
    expect(report.notes.map((n: { file: string; date: string }) => [n.file, n.date])).toEqual([
      [`${file}#visit 2026-03-02`, '2026-03-02'],
      [`${file}#visit 2026-03-04`, '2026-03-04'],
    ]);
  });
});

describe('theracode audit on a folder of exports', () => {
  it('reads every kind, skips the scan with its reason, and fills date and therapist from text or columns', async () => {
    const r = await cli(['audit', dir, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    const names = report.notes.map((n: { file: string }) => path.basename(n.file));
    expect(names).toHaveLength(3 + 3 + 1 + 3 + 3);
    expect(report.skipped).toEqual([{ file: files.scanned, reason: 'scanned PDF: no text layer (run OCR first)' }]);
    const byName = (name: string) => report.notes.find((n: { file: string }) => path.basename(n.file) === name);
    expect(byName('visits.pdf#visit 2026-03-04')).toMatchObject({ date: '2026-03-04', therapist: 'Ana Ruiz, PT' });
    expect(byName('export.csv#V-102')).toMatchObject({ date: '2026-03-06', therapist: 'Ana Ruiz, PT', patient: 'P-7' });
    expect(byName('visits.docx#visit 2026-03-04')).toMatchObject({ date: '2026-03-04' });
    const weeks = report.summary.worklist.byWeek.map((w: { key: string; notes: number }) => [w.key, w.notes]);
    expect(weeks).toEqual([
      ['2026-03-02', 12],
      ['(not stated)', 1],
    ]);
  });
});
