/**
 * Held-out generalisation set (tests/corpus/general, written by us in shapes the main corpus lacks:
 * dictated paragraphs, colonless 24-hour ranges, pipe tables with a header row, paediatric and SNF OT
 * notes, caregiver/HEP lines, copy-forward text). Scored like the independent corpus and printed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine';
import { CORPUS_DIR } from './corpus-lib';
import { type IndNote, type IndStatement, missingTable, scoreNote } from './independent-lib';

const DIR = path.join(CORPUS_DIR, 'general');
const jsonl = <T>(file: string): T[] =>
  readFileSync(path.join(DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);

/** Floors measured after the generalisation rules landed (raise them, never lower them). */
const FLOOR = { statements: 0.95, exactSets: 0.8, units: 0.85, precision: 0.8, recall: 0.8 };

describe('general held-out set', () => {
  const statements = jsonl<IndStatement>('statements.jsonl').map((s) => {
    const got = analyze(s.text).suggested ?? 'none';
    return { ...s, got, ok: got === s.code };
  });
  const notes = jsonl<Omit<IndNote, 'text'>>('notes.jsonl').map((n) => ({
    ...n,
    text: readFileSync(path.join(DIR, n.file), 'utf8'),
  }));
  const scores = notes.map((n) => scoreNote(n, analyze(n.text)));
  const lines = scores.flatMap((s) => s.lines);
  const share = (xs: readonly boolean[]) => (xs.length ? xs.filter(Boolean).length / xs.length : 1);
  const table = missingTable(scores);

  it('prints statements, notes and every miss', () => {
    const ok = statements.filter((r) => r.ok).length;
    console.log(`\nGeneral statements: ${ok}/${statements.length}`);
    for (const r of statements.filter((x) => !x.ok))
      console.log(`  ${r.id} | want ${r.code} | got ${r.got} | ${r.text}`);
    console.log(
      `General notes (${scores.length}): exact code sets ${share(scores.map((s) => s.exactSet)).toFixed(3)} | ` +
        `units CMS ${share(lines.map((l) => l.cms)).toFixed(3)} AMA ${share(lines.map((l) => l.ama)).toFixed(3)} | ` +
        `minutes ${share(lines.map((l) => l.minutes)).toFixed(3)} | missing P ${table.ALL?.P} R ${table.ALL?.R} ` +
        `(tp ${table.ALL?.tp} fp ${table.ALL?.fp} fn ${table.ALL?.fn})`,
    );
    for (const s of scores) {
      const bad = s.lines.filter((l) => !l.cms || !l.ama || !l.minutes).map((l) => l.detail);
      const extra = s.missing.fp.length ? [`missing extra: ${s.missing.fp.join(', ')}`] : [];
      const lost = s.missing.fn.length ? [`missing not found: ${s.missing.fn.join(', ')}`] : [];
      const all = [...(s.exactSet ? [] : ['code set differs']), ...bad, ...extra, ...lost];
      if (all.length) console.log(`- ${s.id}: ${all.join(' | ')}`);
    }
    expect(statements.length).toBeGreaterThan(10);
  });

  it('stays at or above the measured floors', () => {
    expect(share(statements.map((r) => r.ok))).toBeGreaterThanOrEqual(FLOOR.statements);
    expect(share(scores.map((s) => s.exactSet))).toBeGreaterThanOrEqual(FLOOR.exactSets);
    expect(share(lines.map((l) => l.cms && l.ama))).toBeGreaterThanOrEqual(FLOOR.units);
    expect(Number(table.ALL?.P)).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(Number(table.ALL?.R)).toBeGreaterThanOrEqual(FLOOR.recall);
  });
});
