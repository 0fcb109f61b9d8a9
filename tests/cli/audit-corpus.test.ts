/**
 * `audit tests/corpus/notes --format csv` against the corpus's own hand labels (not against
 * analyze()): one row per note, with the labelled codes, minutes and units; the labels' .json
 * files are skipped files, listed on stderr and, with --out, in the sibling skipped CSV. Also: the
 * progress bar ends at n/n.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../lib/cli/audit/run';
import { parseCsv } from '../../lib/cli/csv';
import { CODES } from '../../lib/contracts/codes';
import { loadNotes, NOTES_DIR } from '../corpus/corpus-lib';
import { cli } from './cli-harness';

const corpus = loadNotes();
const rel = path.relative(process.cwd(), NOTES_DIR);

describe('audit of the labelled corpus as CSV', async () => {
  const r = await cli(['audit', rel, '--format', 'csv']);
  const [header, ...rows] = parseCsv(r.stdout) as [string[], ...string[][]];
  const col = (row: string[], name: string) => {
    const i = header.indexOf(name);
    expect(i, name).toBeGreaterThanOrEqual(0);
    return row[i] ?? '';
  };
  const rowOf = (name: string) => rows.find((x) => x[0] === path.join(rel, `${name}.txt`));

  it('one row per note, nothing else', () => {
    expect(r.code).toBe(0);
    expect(rows).toHaveLength(corpus.length);
    expect(rows.map((x) => x[0]).sort()).toEqual(corpus.map((n) => path.join(rel, `${n.name}.txt`)).sort());
  });

  // The corpus marks no note as a known miss. A CMS tie note (cmsTie) leaves the per-code CMS split
  // to the provider, so only its CMS total is compared.
  it.each(corpus.map((n) => [n.name, n] as const))(
    '%s: suggested code, per-code minutes and units match the label',
    (name, note) => {
      const row = rowOf(name);
      expect(row, name).toBeDefined();
      const { label } = note;
      expect(col(row!, 'suggested_code')).toBe(label.suggested ?? '');
      expect(col(row!, 'cms_units')).toBe(String(label.totals.cms));
      expect(col(row!, 'ama_units')).toBe(String(label.totals.ama));
      for (const code of CODES) {
        const want = label.codes[code];
        const [min, cms, ama] = ['minutes', 'CMS units', 'AMA units'].map((k) => col(row!, `${code} ${k}`));
        if (want) {
          expect(min, `${name} ${code} minutes`).toBe(want.minutes === null ? '' : String(want.minutes));
          expect(ama, `${name} ${code} AMA`).toBe(String(want.ama));
          if (!label.cmsTie) expect(cms, `${name} ${code} CMS`).toBe(String(want.cms));
        } else if (min !== '' || cms !== '' || ama !== '') {
          // A code the label does not list may only appear with no minutes and no units (nothing billed
          // from it: e.g. 21-eval-modalities, where the engine names a 97112 without minutes).
          expect([min, cms, ama], `${name} ${code} not in the label`).toEqual(['', '0', '0']);
        }
      }
    },
  );

  it('the label .json files are skipped files, named on stderr with the reason', () => {
    for (const n of corpus)
      expect(r.stderr).toContain(`theracode: skipped ${path.join(rel, `${n.name}.json`)}: not a note file`);
  });

  it('with --out, the skipped files also go to the sibling <out>.skipped.csv', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tc-corpus-out-'));
    const out = path.join(dir, 'corpus.csv');
    const w = await cli(['audit', rel, '--format', 'csv', '--out', out]);
    expect(w.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['corpus.csv', 'corpus.skipped.csv']);
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);
    const [skipHeader, ...skipped] = parseCsv(readFileSync(path.join(dir, 'corpus.skipped.csv'), 'utf8')) as [
      string[],
      ...string[][],
    ];
    expect(skipHeader).toEqual(['file', 'reason']);
    expect(skipped.map((s) => s[0]).sort()).toEqual(corpus.map((n) => path.join(rel, `${n.name}.json`)).sort());
    expect(new Set(skipped.map((s) => s[1]))).toEqual(
      new Set([expect.stringMatching(/^not a note file \(.txt, .md, .html, .htm, .rtf, .docx, .pdf/)]),
    );
    expect(w.stderr).toContain(`skipped list in ${path.join(dir, 'corpus.skipped.csv')}`);
  });
});

describe('audit progress', () => {
  it('ticks 0/n before the first read and ends at n/n, then clears', async () => {
    const ticks: string[] = [];
    const code = await runAudit(
      [rel, '--format', 'csv'],
      () => {},
      () => {},
      { tick: (done, total) => ticks.push(`${done}/${total}`), done: () => ticks.push('done') },
    );
    expect(code).toBe(0);
    const n = corpus.length; // .json files are skipped by the folder walk before any read
    expect(ticks[0]).toBe(`0/${n}`);
    expect(ticks.at(-2)).toBe(`${n}/${n}`);
    expect(ticks.at(-1)).toBe('done');
    expect(ticks).toHaveLength(n + 2);
  });
});
