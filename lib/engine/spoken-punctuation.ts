/**
 * Dictation software writes punctuation the clinician speaks when it is not set to convert it:
 * "… four out of ten period new paragraph we started with …". In a dictated note the engine's view gets
 * those words as the marks they stand for ("period" → ".", "comma" → ",", "colon" → ":", "new paragraph"
 * → a line break), padded with spaces so every offset still points into the original text.
 */
import { type Pattern, pattern } from './pattern';

/** A note dictated with spoken punctuation: a spoken line break, or spoken commas and periods together. */
export const DICTATED: Pattern = pattern({
  id: 'spoken.dictated',
  re: /\b(?:period|comma)\s+(?:new\s+paragraph|next\s+line|new\s+line)\b|\bcomma\b[^\n]{1,200}\b(?:comma|period)\b/i,
  examples: {
    positive: [
      'pt walked with the cane comma min assist period next line',
      'bridges two sets of ten comma then clamshells comma cues for form period',
    ],
    negative: ['Rest period of 2 min between sets.', 'Hx of colon cancer, comma 2019 per chart.'],
  },
});

/**
 * One spoken mark: the word(s) with the space before them (and after, for a line break). A "period" that
 * is a span of time ("rest period", "a period of") and a "colon" that is the organ ("the colon") stay words.
 */
export const SPOKEN_MARK: Pattern = pattern({
  id: 'spoken.mark',
  re: /(?<!\b(?:rest|time|a|the|this|that|each|grace|trial|waiting|treatment|sigmoid|ascending|descending|transverse|of|\d))[ \t]+(period|full stop|comma|semicolon|colon|new paragraph|next line|new line)\b(?![ \t]+of\b)[ \t]?/gi,
  examples: {
    positive: ['ankle pumps two sets of ten period new paragraph', 'cues for step length comma contact guard'],
    negative: ['a rest period of two minutes', 'history of cancer of the colon'],
  },
});

const MARK: Readonly<Record<string, string>> = {
  period: '.',
  'full stop': '.',
  comma: ',',
  semicolon: ';',
  colon: ':',
};

/** The text with spoken punctuation written as marks (same length), when the note is dictated; else the text. */
export function maskSpokenPunctuation(text: string): string {
  if (!DICTATED.re.test(text)) return text;
  let out = '';
  let last = 0;
  let upper = false;
  for (const m of text.matchAll(SPOKEN_MARK.re)) {
    const at = m.index ?? 0;
    const word = (m[1] as string).toLowerCase().replace(/\s+/g, ' ');
    out += upper ? capital(text.slice(last, at)) : text.slice(last, at);
    const mark = MARK[word];
    // A line break goes last, so the next line starts on its first word (not indented).
    out += mark === undefined ? `${' '.repeat(m[0].length - 1)}\n` : mark + ' '.repeat(m[0].length - 1);
    upper = mark === '.' || mark === undefined;
    last = at + m[0].length;
  }
  return out + (upper ? capital(text.slice(last)) : text.slice(last));
}

/** The text with its first letter upper-cased: a spoken sentence end starts the next sentence. */
function capital(s: string): string {
  const i = s.search(/[a-z]/i);
  return i < 0 || /\S/.test(s.slice(0, i)) ? s : s.slice(0, i) + (s[i] as string).toUpperCase() + s.slice(i + 1);
}
