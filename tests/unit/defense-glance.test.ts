import { describe, expect, test } from 'vitest';
import type { Analysis } from '../../lib/contracts/analysis';
import { analyze } from '../../lib/engine';
import { defenseSummary, evidencePhrases } from '../../lib/engine/defense';
import { dateOfService, therapistOf } from '../../lib/engine/note-header';

const NOTE = [
  'Date of service: 03/02/2026',
  'Therex 15 min: LAQ 3x10 3# for quad strength.',
  'Gait training 10 min on the floor with RW to improve community ambulation.',
  'Therapist: Dana Moss, PT',
].join('\n');

describe('note header (pure, shared with the CLI)', () => {
  test.each([
    ['Date of service: 03/02/2026\nGait 10 min', '2026-03-02'],
    ['Daily Note — 2026-11-30\nGait 10 min', '2026-11-30'],
    ['DOS: Nov 3, 2026', '2026-11-03'],
  ])('date written in %j', (text, iso) => expect(dateOfService(text)).toBe(iso));
  test.each(['Pt reports pain 3/10 after 2/3 sets', 'Date of service: 02/30/2026', 'Follow up in 2 weeks'])(
    'no date guessed from %j',
    (text) => expect(dateOfService(text)).toBeNull(),
  );
  test('therapist from a labelled line or a signature with credentials; never a lower-case phrase', () => {
    expect(therapistOf('Therapist: Ana Ruiz, PT')).toBe('Ana Ruiz, PT');
    expect(therapistOf('Electronically signed by Lee Chan, OTR/L 03/02/2026')).toBe('Lee Chan, OTR/L');
    expect(therapistOf('pt signed consent for treatment')).toBeNull();
    expect(therapistOf('Signed by Lee Chan')).toBeNull();
  });
});

describe('defense summary for an appeal', () => {
  const analysis: Analysis = analyze(NOTE);

  test('date of service, therapist and billed lines with modifiers from what was written', () => {
    const s = defenseSummary(analysis, NOTE, 'cms', { billed: '97110 x1 GP, 97116 x1 GP 59' });
    expect(s).toContain('Date of service: 2026-03-02');
    expect(s).toContain('Therapist/credentials: Dana Moss, PT');
    expect(s).toContain('Billed: 97110 x1 GP; 97116 x1 GP 59');
  });

  test('blanks to fill when the note names no date or therapist; no billed line when none entered', () => {
    const bare = 'Therex 15 min: LAQ 3x10 for quad strength.';
    const s = defenseSummary(analyze(bare), bare, 'cms');
    expect(s).toMatch(/Date of service: _{5,}/);
    expect(s).toMatch(/Therapist\/credentials: _{5,}/);
    expect(s).not.toContain('Billed:');
  });

  test('evidence is phrases, never a lone function word', () => {
    const s = defenseSummary(analysis, NOTE, 'cms');
    const evidence = s
      .split('\n')
      .filter((l) => l.trim().startsWith('Evidence:'))
      .flatMap((l) => [...l.matchAll(/"([^"]+)"/g)].map((m) => m[1] as string));
    expect(evidence.length).toBeGreaterThan(0);
    for (const phrase of evidence) expect(phrase.split(' ').length).toBeGreaterThan(1);
    expect(evidence).not.toContain('for');
    expect(evidence).not.toContain('floor');
  });

  test('a hit on "for" or "floor" is widened to its clause; hits in one clause are shown once', () => {
    const text = 'Gait 10 min on level floor, LAQ 3x10 for quad strength; ok';
    const ev = (w: string, kind: 'purpose' | 'context') => {
      const start = text.indexOf(w);
      return { start, end: start + w.length, ruleId: 'r', kind };
    };
    const phrases = evidencePhrases(text, {
      start: 0,
      end: text.length,
      evidence: [ev('floor', 'context'), ev('for', 'purpose'), ev('quad strength', 'purpose')],
    });
    expect(phrases).toEqual(['10 min on level floor', 'LAQ 3x10 for quad strength']);
  });
});
