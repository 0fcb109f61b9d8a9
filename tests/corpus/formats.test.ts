/**
 * The formats batch (tests/corpus/formats), written and labelled from domain.md before the engine ran
 * on it: EHR exports, dot-phrase templates, dictation, copy-forward text, SNF, home health, paediatrics,
 * hand therapy, aquatic, seating, vestibular, pelvic floor and pulmonary notes. Held out when written;
 * a development set since its failures were read. Printed, and failing below the measured floors.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, expectFloors, loadLabelledSet, printMisses, scoreSet } from './corpus-lib';

/** Floors measured after the rules for this batch landed (raise them, never lower them). */
const FLOOR = { statements: 0.97, exactSets: 0.8, units: 0.85, precision: 0.7, recall: 0.95 };

describe('formats batch', () => {
  const { statements, notes } = loadLabelledSet(path.join(CORPUS_DIR, 'formats'));
  const r = scoreSet(statements, notes);

  it('prints statements, notes and every miss', () => {
    printMisses('Formats', r);
    console.table(r.table);
    expect(r.rows.length).toBeGreaterThan(40);
    expect(r.scores.length).toBeGreaterThan(14);
  });

  it('stays at or above the measured floors', () => {
    expectFloors(r, FLOOR);
  });
});
