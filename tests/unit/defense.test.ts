import { describe, expect, it } from 'vitest';
import { analyze, defenseSummary } from '../../lib/engine';
import { craft } from './analysis-fixture';

const note = craft(
  [
    ['97530', 22, 'TA 22 min: sit to stand x10 to simulate toilet transfers, min A', ['to simulate toilet transfers']],
    ['97110', 7, 'Ther ex 7 min: LAQ 3x10 w/ 3# for quad strength', ['for quad strength']],
    ['97150', 30, 'Group 30 min: 3 pts circuit, therapist in attendance', ['3 pts']],
  ],
  { '97530': { cms: 2, ama: 1 }, '97110': { cms: 0, ama: 0 } },
  [{ id: 'units.tie', severity: 'info', message: 'Leftover minutes tie.', segments: [0] }],
);

describe('defenseSummary', () => {
  const cms = defenseSummary(note.analysis, note.text, 'cms');

  it('has the header: title, rule, ruleset, note hash', () => {
    expect(cms).toMatch(/^TheraCode defense summary\n/);
    expect(cms).toContain('CMS 8-minute rule');
    expect(cms).toContain('Ruleset: 2026.11.0');
    expect(cms).toContain(note.analysis.noteHash);
  });

  it('gives per code minutes and units under the chosen rule with the other in parentheses', () => {
    expect(cms).toContain('97530 Therapeutic activities: 22 min, 2 unit(s) CMS (AMA: 1)');
    expect(cms).toContain('97110 Therapeutic exercise: 7 min, 0 unit(s) CMS (AMA: 0)');
    expect(cms).toContain('97150 Group therapeutic procedure: 30 min, untimed');
    const ama = defenseSummary(note.analysis, note.text, 'ama');
    expect(ama).toContain('22 min, 1 unit(s) AMA (CMS: 2)');
  });

  it('quotes the intervention, its evidence words and the why', () => {
    expect(cms).toContain('"TA 22 min: sit to stand x10 to simulate toilet transfers, min A" (22 min)');
    // evidence is the decisive phrase (the clause around the purpose words), never a lone word
    expect(cms).toContain('Evidence: "sit to stand x10 to simulate toilet transfers"');
    expect(cms).toContain('Why: 97530: the stated purpose is to simulate toilet transfers.');
  });

  it('gives totals and flags, and nothing time-dependent', () => {
    expect(cms).toContain('Total timed minutes: 29');
    expect(cms).toContain('Total timed units: 2 CMS (AMA: 1)');
    expect(cms).toContain('[info] Leftover minutes tie. (units.tie)');
    expect(defenseSummary(note.analysis, note.text, 'cms')).toBe(cms);
    expect(cms).not.toMatch(/20\d\d-\d\d-\d\d/);
  });

  it("with 'both' gives CMS and AMA side by side, never one rule silently", () => {
    const both = defenseSummary(note.analysis, note.text, 'both');
    expect(both).toContain('Unit rules: CMS 8-minute rule (total timed minutes pooled) and AMA/CPT midpoint rule');
    expect(both).toContain('97530 Therapeutic activities: 22 min, 2 unit(s) CMS, 1 unit(s) AMA');
    expect(both).toContain('Total timed units: 2 CMS, 1 AMA');
    expect(both).not.toContain('parentheses');
  });

  it('falls back to segment text when given a different text, and works on real engine output', () => {
    expect(defenseSummary(note.analysis, 'other', 'cms')).toContain('"TA 22 min: sit to stand');
    const text = 'TA (12 min): sit to stand x10 to simulate toilet transfers, min A.';
    expect(defenseSummary(analyze(text), text, 'ama')).toContain('TheraCode defense summary');
  });
});
