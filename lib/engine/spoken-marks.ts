/**
 * Dictation software run without voice commands leaves the punctuation as words: "… warm up period then
 * we did quad sets …", "new paragraph", "comma". In a note dictated that way the words are read as the
 * marks they stand for, in the masked view only (same length, so every offset into the note holds and
 * the segments still quote the therapist's words).
 */
import { pattern } from './pattern';

/** A spoken punctuation word; "rest period", "period of immobilisation" and the like are not ("colon" is
 * left out: in a medical note it is more often the bowel). */
export const SPOKEN_MARK = pattern({
  id: 'dictation.spoken-mark',
  re: /(?<!\b(?:rest|recovery|waiting|the|a|this|that|grace|refractory|trial|time|same|post-?op|postoperative|healing|menstrual|each|per|one|two|three|\d+)\s)\b(?:period|full stop|comma|semicolon|(?:new|next) (?:paragraph|line))\b(?!\s+of\b)[ \t]?/gi,
  examples: {
    positive: ['warm up period then we did quad sets', 'contact guard comma she needed cues', 'new paragraph next we'],
    negative: ['a 2 min rest period between sets', 'after a period of immobilization', 'colon cancer hx'],
  },
});

/** What each spoken mark becomes: a paragraph or line break starts a new block, the rest are marks. */
function markFor(word: string): string {
  const w = word.trim().toLowerCase();
  if (w === 'period' || w === 'full stop') return '.';
  if (w === 'comma') return ',';
  if (w === 'semicolon') return ';';
  return w.endsWith('paragraph') ? '\n\n' : '\n';
}

/**
 * The view with spoken marks written as marks, when the text reads as dictated: at least three spoken
 * marks, more than the written sentence marks. Each replacement keeps the word's length; after a
 * spoken period the next word is capitalised (the view is matched lower-cased anyway) so the sentence
 * reader ends the sentence there.
 */
export function maskSpokenMarks(view: string): string {
  if (!/\b(?:period|comma|paragraph)\b/i.test(view)) return view;
  const found = view.match(SPOKEN_MARK.re);
  if (!found || found.length < 3) return view;
  const written = view.match(/[.!?](?:\s|$)/g)?.length ?? 0;
  if (written >= found.length) return view;
  let out = '';
  let at = 0;
  let capital = false;
  for (const m of view.matchAll(SPOKEN_MARK.re)) {
    const i = m.index ?? 0;
    out += capital ? upperFirst(view.slice(at, i)) : view.slice(at, i);
    const mark = markFor(m[0]);
    // the mark where the word ends (a segment then quotes the whole word); a break goes after the
    // trailing space, so the next line is not indented
    const word = m[0].trimEnd().length;
    out += mark.startsWith('\n')
      ? ' '.repeat(m[0].length - mark.length) + mark
      : mark.padStart(word, ' ') + ' '.repeat(m[0].length - word);
    capital = mark === '.';
    at = i + m[0].length;
  }
  return out + (capital ? upperFirst(view.slice(at)) : view.slice(at));
}

/** The text with its first letter (after any spaces) in upper case. */
function upperFirst(s: string): string {
  const i = s.search(/\S/);
  return i < 0 ? s : s.slice(0, i) + s.charAt(i).toUpperCase() + s.slice(i + 1);
}
