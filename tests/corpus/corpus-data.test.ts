/** Validates the labelled corpus itself: schema, counts, and label arithmetic against domain.md §3–4. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  amaUnits,
  CODES,
  type Code,
  cmsAllocate,
  ELEMENTS,
  loadNotes,
  loadStatements,
  NOTES_DIR,
  noteNames,
  STATUSES,
  TIMED,
} from './corpus-lib';

const statements = loadStatements();
const notes = loadNotes();
const isCode = (c: unknown): c is Code => typeof c === 'string' && (CODES as readonly string[]).includes(c);

describe('unit helper (domain.md §3–4 worked examples)', () => {
  it.each([
    ['Ex 1', { '97112': 24, '97110': 23 }, { '97112': 2, '97110': 1 }, 3, false],
    ['Ex 3', { '97110': 33, '97140': 7 }, { '97110': 2, '97140': 1 }, 3, false],
    [
      'Ex 4 (97035 excluded)',
      { '97110': 18, '97140': 13, '97116': 10 },
      { '97110': 1, '97140': 1, '97116': 1 },
      3,
      false,
    ],
    ['two codes under 8', { '97110': 7, '97140': 6 }, { '97110': 1, '97140': 0 }, 1, false],
    ['under 8 total', { '97110': 7 }, { '97110': 0 }, 0, false],
  ] as const)('%s', (_n, minutes, units, total, tie) => {
    const a = cmsAllocate(minutes);
    expect(a.units).toEqual(units);
    expect(a.total).toBe(total);
    expect(a.tie).toBe(tie);
  });

  it.each([
    ['Ex 2', { '97112': 20, '97110': 20 }, 3],
    ['Ex 5', { '97112': 7, '97110': 7, '97140': 7 }, 1],
    ['10+10+10', { '97530': 10, '97110': 10, '97112': 10 }, 2],
    ['23+23', { '97530': 23, '97110': 23 }, 3],
  ] as const)('%s is a tie', (_n, minutes, total) => {
    const a = cmsAllocate(minutes);
    expect(a.tie).toBe(true);
    expect(a.total).toBe(total);
  });

  it('AMA per code', () => {
    expect([7, 8, 22, 23, 33, 37, 38].map(amaUnits)).toEqual([0, 1, 1, 2, 2, 2, 3]);
    expect(amaUnits(null)).toBe(0);
  });
});

describe('statements.jsonl', () => {
  it('has at least 330 statements with unique ids and texts', () => {
    expect(statements.length).toBeGreaterThanOrEqual(330);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    expect(new Set(statements.map((s) => s.text.trim().toLowerCase())).size).toBe(statements.length);
  });

  it.each(statements.map((s) => [s.id, s] as const))('%s matches the schema', (_id, s) => {
    expect(Object.keys(s).sort()).toEqual(['code', 'id', 'status', 'tags', 'text', 'why']);
    expect(s.id).toMatch(/^s\d{3,}$/);
    expect(typeof s.text).toBe('string');
    expect(s.text.trim().length).toBeGreaterThan(5);
    expect(s.code === null || isCode(s.code)).toBe(true);
    expect(STATUSES).toContain(s.status);
    expect(Array.isArray(s.tags)).toBe(true);
    for (const t of s.tags) expect(t).toMatch(/^[A-Za-z0-9/-]+$/);
    expect(s.why.trim().length).toBeGreaterThan(3);
    // A billable label is always performed today; anything not performed has no code (domain.md §11).
    if (s.code !== null) expect(s.status).toBe('performed');
    else expect(s.status).not.toBe('performed');
    if (s.tags.includes('ambiguous')) expect(s.code).not.toBeNull();
  });

  it('has the intended mix per code (accuracy set, ambiguous excluded)', () => {
    const count = (c: Code | null) => statements.filter((s) => s.code === c && !s.tags.includes('ambiguous')).length;
    for (const c of ['97530', '97110', '97112'] as const) expect(count(c), c).toBeGreaterThanOrEqual(55);
    for (const c of ['97535', '97116', '97140', '97150'] as const) expect(count(c), c).toBeGreaterThanOrEqual(25);
    expect(count(null), 'non-billable').toBeGreaterThanOrEqual(40);
  });

  it('covers intent flips for the same movement across 97110/97530/97112', () => {
    const flips = statements.filter((s) => s.tags.includes('intent-flip'));
    const codesFor = (tag: string) => new Set(flips.filter((s) => s.tags.includes(tag)).map((s) => s.code));
    for (const movement of ['squat', 'step-up', 'bridge', 'reach', 'ball-toss', 'sit-to-stand', 'lunge']) {
      const got = codesFor(movement);
      expect(got.size, `${movement}: ${[...got].join(',')}`).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('notes/', () => {
  it('has a really long pasted note (>= 8 KB of history, meds and prior visits before today)', () => {
    expect(notes.some((n) => new TextEncoder().encode(n.text).length >= 8192)).toBe(true);
  });

  it('has at least 22 notes, each with a label file', () => {
    expect(notes.length).toBeGreaterThanOrEqual(22);
    for (const n of noteNames()) {
      expect(n).toMatch(/^\d{2}-[a-z0-9-]+$/);
      expect(existsSync(path.join(NOTES_DIR, `${n}.json`)), n).toBe(true);
    }
  });

  it.each(notes.map((n) => [n.name, n] as const))('%s label matches the schema', (_name, { label, text }) => {
    expect(text.trim().length).toBeGreaterThan(20);
    expect(label.suggested === null || isCode(label.suggested)).toBe(true);
    expect(typeof label.notes).toBe('string');
    expect(label.notes.length).toBeGreaterThan(10);
    if (label.cmsTie !== undefined) expect(typeof label.cmsTie).toBe('boolean');
    for (const [code, v] of Object.entries(label.codes)) {
      expect(isCode(code), code).toBe(true);
      expect(v.minutes === null || (Number.isInteger(v.minutes) && v.minutes > 0)).toBe(true);
      expect(Number.isInteger(v.ama) && v.ama >= 0).toBe(true);
      if (v.cms === null) expect(label.cmsTie, `${code} cms null needs cmsTie`).toBe(true);
      else expect(Number.isInteger(v.cms) && v.cms >= 0).toBe(true);
    }
    if (label.suggested !== null) expect(Object.keys(label.codes)).toContain(label.suggested);
    const keys = new Set<string>();
    for (const m of label.missing) {
      expect(Object.keys(m).sort()).toEqual(['code', 'element']);
      expect(Object.keys(label.codes), `missing names a code not performed: ${m.code}`).toContain(m.code);
      expect(ELEMENTS).toContain(m.element);
      const key = `${m.code}:${m.element}`;
      expect(keys.has(key), `duplicate ${key}`).toBe(false);
      keys.add(key);
      // Element applicability (task brief / domain.md §7).
      if (m.element === 'body-region') expect(['97110', '97140']).toContain(m.code);
      if (m.element === 'dosage') expect(m.code).not.toBe('97150');
      if (m.element === 'skilled-input') expect(m.code).not.toBe('97140');
    }
  });

  it.each(notes.map((n) => [n.name, n] as const))('%s units agree with the labelled minutes', (_name, { label }) => {
    const minutes: Partial<Record<Code, number | null>> = {};
    for (const [c, v] of Object.entries(label.codes)) minutes[c as Code] = v.minutes;
    const alloc = cmsAllocate(minutes);
    expect(Boolean(label.cmsTie), 'cmsTie flag must match an actual allocation tie').toBe(alloc.tie);
    let t = 0;
    let ama = 0;
    for (const [c, v] of Object.entries(label.codes)) {
      const code = c as Code;
      if (!TIMED.includes(code)) {
        // 97150: untimed, one unit per session under both rules.
        expect(v.cms, `${code} cms`).toBe(1);
        expect(v.ama, `${code} ama`).toBe(1);
        continue;
      }
      t += v.minutes ?? 0;
      ama += amaUnits(v.minutes);
      expect(v.ama, `${code} ama`).toBe(amaUnits(v.minutes));
      if (!label.cmsTie) expect(v.cms, `${code} cms`).toBe(alloc.units[code]);
    }
    expect(label.totals.timedMinutes, 'totals.timedMinutes').toBe(t);
    expect(label.totals.cms, 'totals.cms').toBe(alloc.total);
    expect(label.totals.ama, 'totals.ama').toBe(ama);
  });

  it('suggested is the code with the most minutes when minutes are stated', () => {
    for (const { name, label } of notes) {
      const withMin = Object.entries(label.codes).filter(([, v]) => v.minutes !== null);
      if (withMin.length === 0) continue;
      const max = Math.max(...withMin.map(([, v]) => v.minutes ?? 0));
      const top = withMin.filter(([, v]) => v.minutes === max).map(([c]) => c);
      expect(top.length, `${name}: suggested must not rest on a minutes tie`).toBe(1);
      expect(label.suggested, name).toBe(top[0]);
    }
  });

  it('covers both CMS/AMA disagreement and a CMS tie', () => {
    const differ = notes.filter((n) => n.label.totals.cms !== n.label.totals.ama);
    expect(differ.length).toBeGreaterThanOrEqual(3);
    expect(notes.some((n) => n.label.cmsTie)).toBe(true);
  });
});
