/**
 * Accuracy of the engine against the independent labelled corpus (labels come from domain.md, not from
 * the engine). Prints per-code tables and every mismatch so an engineer can see what failed.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../lib/contracts/analysis';
import { analyze } from '../../lib/engine';
import { type Code, loadNotes, loadStatements, type NoteCase, TIMED } from './corpus-lib';

type Outcome = { analysis: Analysis } | { error: string };

function run(text: string): Outcome {
  try {
    return { analysis: analyze(text) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

// ---------------------------------------------------------------- statements

const statements = loadStatements().filter((s) => !s.tags.includes('ambiguous'));
const stmtResults = statements.map((s) => {
  const out = run(s.text);
  const predicted = 'analysis' in out ? out.analysis.suggested : `error: ${out.error}`;
  return { ...s, predicted, ok: predicted === s.code };
});

function statementTable() {
  const rows: Record<string, { n: number; correct: number; recall: string }> = {};
  for (const r of stmtResults) {
    const key = r.code ?? 'none';
    rows[key] ??= { n: 0, correct: 0, recall: '' };
    rows[key].n++;
    if (r.ok) rows[key].correct++;
  }
  for (const v of Object.values(rows)) v.recall = (v.correct / v.n).toFixed(3);
  return rows;
}

const recall = (code: Code | null) => {
  const rs = stmtResults.filter((r) => r.code === code);
  return rs.filter((r) => r.ok).length / rs.length;
};

describe('corpus: statements', () => {
  it('reports per-code accuracy and mismatches', () => {
    const correct = stmtResults.filter((r) => r.ok).length;
    console.log(
      `\nStatements: ${correct}/${stmtResults.length} correct (${(correct / stmtResults.length).toFixed(3)})`,
    );
    console.table(statementTable());
    const bad = stmtResults.filter((r) => !r.ok);
    if (bad.length > 0) {
      console.log('Statement mismatches (id | expected | predicted | text):');
      for (const r of bad) console.log(`  ${r.id} | ${r.code ?? 'none'} | ${r.predicted ?? 'none'} | ${r.text}`);
    }
    expect(stmtResults.length).toBeGreaterThan(0);
  });

  it('overall accuracy >= 0.95', () => {
    const acc = stmtResults.filter((r) => r.ok).length / stmtResults.length;
    expect(acc).toBeGreaterThanOrEqual(0.95);
  });

  it.each(['97530', '97110', '97112'] as const)('recall for %s >= 0.95', (code) => {
    expect(recall(code)).toBeGreaterThanOrEqual(0.95);
  });

  it('non-billable statements get suggested null', () => {
    const wrong = stmtResults.filter((r) => r.code === null && r.predicted !== null);
    expect(wrong.map((r) => `${r.id} -> ${r.predicted}: ${r.text}`)).toEqual([]);
  });
});

// ---------------------------------------------------------------- notes

interface NoteResult {
  name: string;
  suggestedOk: boolean;
  minutesOk: boolean;
  unitsExact: boolean;
  tp: number;
  fp: number;
  fn: number;
  problems: string[];
}

function checkNote({ name, text, label }: NoteCase): NoteResult {
  const out = run(text);
  const problems: string[] = [];
  if (!('analysis' in out)) {
    const fn = label.missing.length;
    return { name, suggestedOk: false, minutesOk: false, unitsExact: false, tp: 0, fp: 0, fn, problems: [out.error] };
  }
  const a = out.analysis;
  const suggestedOk = a.suggested === label.suggested;
  if (!suggestedOk) problems.push(`suggested: expected ${label.suggested ?? 'none'}, got ${a.suggested ?? 'none'}`);

  let minutesOk = true;
  let unitsExact = true;
  const got = new Map(a.codes.map((c) => [c.code, c]));
  for (const [code, want] of Object.entries(label.codes)) {
    const line = got.get(code as Code);
    if (!line) {
      minutesOk = false;
      unitsExact = false;
      problems.push(`${code}: not detected (expected ${want.minutes ?? 'null'} min)`);
      continue;
    }
    if (line.minutes !== want.minutes) {
      minutesOk = false;
      problems.push(`${code} minutes: expected ${want.minutes ?? 'null'}, got ${line.minutes ?? 'null'}`);
    }
    if (line.units.ama !== want.ama) {
      unitsExact = false;
      problems.push(`${code} AMA units: expected ${want.ama}, got ${line.units.ama}`);
    }
    if (!label.cmsTie && line.units.cms !== want.cms) {
      unitsExact = false;
      problems.push(`${code} CMS units: expected ${want.cms}, got ${line.units.cms}`);
    }
  }
  for (const line of a.codes) {
    if (!(line.code in label.codes)) {
      minutesOk = false;
      if (line.units.cms > 0 || line.units.ama > 0) unitsExact = false;
      problems.push(
        `${line.code}: not expected (got ${line.minutes ?? 'null'} min, ${line.units.cms}/${line.units.ama} units)`,
      );
    }
  }
  if (label.cmsTie && a.totals.units.cms !== label.totals.cms) {
    unitsExact = false;
    problems.push(`CMS tie note: total CMS units expected ${label.totals.cms}, got ${a.totals.units.cms}`);
  }
  const timedTotalExpected = label.totals.timedMinutes;
  if (a.totals.timedMinutes !== timedTotalExpected) {
    problems.push(`(info) totals.timedMinutes: expected ${timedTotalExpected}, got ${a.totals.timedMinutes}`);
  }

  const want = new Set(label.missing.map((m) => `${m.code}:${m.element}`));
  const have = new Set(a.missing.map((m) => `${m.code}:${m.element}`));
  let tp = 0;
  for (const k of have) if (want.has(k)) tp++;
  const fpKeys = [...have].filter((k) => !want.has(k));
  const fnKeys = [...want].filter((k) => !have.has(k));
  if (fpKeys.length > 0) problems.push(`missing (extra): ${fpKeys.join(', ')}`);
  if (fnKeys.length > 0) problems.push(`missing (not reported): ${fnKeys.join(', ')}`);
  return { name, suggestedOk, minutesOk, unitsExact, tp, fp: fpKeys.length, fn: fnKeys.length, problems };
}

const noteResults = loadNotes().map(checkNote);
const microF1 = () => {
  const tp = noteResults.reduce((s, r) => s + r.tp, 0);
  const fp = noteResults.reduce((s, r) => s + r.fp, 0);
  const fn = noteResults.reduce((s, r) => s + r.fn, 0);
  return tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
};
const rate = (pick: (r: NoteResult) => boolean) => noteResults.filter(pick).length / noteResults.length;

describe('corpus: whole notes', () => {
  it('reports per-note results and mismatches', () => {
    console.log(`\nNotes (${noteResults.length}); timed codes: ${TIMED.join(', ')}; 97150 untimed`);
    console.table(
      noteResults.map((r) => ({
        note: r.name,
        suggested: r.suggestedOk ? 'ok' : 'X',
        minutes: r.minutesOk ? 'ok' : 'X',
        units: r.unitsExact ? 'ok' : 'X',
        missingTP: r.tp,
        missingFP: r.fp,
        missingFN: r.fn,
      })),
    );
    console.log(
      `suggested ${rate((r) => r.suggestedOk).toFixed(3)} | minutes ${rate((r) => r.minutesOk).toFixed(3)} | ` +
        `exact units ${rate((r) => r.unitsExact).toFixed(3)} | missing micro-F1 ${microF1().toFixed(3)}`,
    );
    for (const r of noteResults.filter((x) => x.problems.length > 0)) {
      console.log(`- ${r.name}`);
      for (const p of r.problems) console.log(`    ${p}`);
    }
    expect(noteResults.length).toBeGreaterThan(0);
  });

  it('exact-units rate >= 0.95 (all per-code CMS and AMA units match)', () => {
    expect(rate((r) => r.unitsExact)).toBeGreaterThanOrEqual(0.95);
  });

  it('missing-element micro-F1 >= 0.85', () => {
    expect(microF1()).toBeGreaterThanOrEqual(0.85);
  });

  it('suggested code matches on >= 0.95 of notes', () => {
    expect(rate((r) => r.suggestedOk)).toBeGreaterThanOrEqual(0.95);
  });

  it('per-code minutes match on >= 0.95 of notes', () => {
    expect(rate((r) => r.minutesOk)).toBeGreaterThanOrEqual(0.95);
  });
});
