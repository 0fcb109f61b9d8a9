import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine';
import { maskSpokenPunctuation } from '../../../lib/engine/spoken-punctuation';

describe('spoken punctuation in dictated notes', () => {
  const dictated =
    'we started with the upright bike for about ten minutes to warm up the knee period then we worked on the stairs going up and down six steps twice with one rail comma she needed cues to lead with the left going up period that took about eight minutes period new paragraph she tolerated it well period';

  it('reads the words as marks without moving any offset', () => {
    const view = maskSpokenPunctuation(dictated);
    expect(view.length).toBe(dictated.length);
    expect(view).toMatch(/knee\s*\.\s+Then we worked/);
    expect(view).not.toMatch(/\bperiod\b|\bcomma\b|new paragraph/);
  });

  it('splits the dictated visit into its interventions', () => {
    const a = analyze(dictated);
    const byCode = Object.fromEntries(a.codes.map((c) => [c.code, c.minutes]));
    expect(byCode).toEqual({ '97110': 10, '97116': 8 });
    // segments still quote the therapist's words
    expect(a.segments.some((s) => s.text.includes('period'))).toBe(true);
  });

  it('leaves a typed note with a rest period alone', () => {
    const typed = 'Squats 3x10 with a 1 min rest period between sets. Pt fatigued. Comma splice here.';
    expect(maskSpokenPunctuation(typed)).toBe(typed);
  });
});
