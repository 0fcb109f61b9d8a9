/**
 * Dictated notes write counts and times in words ("three sets of ten", "for about eighteen minutes").
 * The engine's view of the note gets those words as digits, right-padded with spaces so every offset
 * still points into the original text. Only numbers that count something are rewritten: "one-hand
 * support" and "no one present" stay words.
 */
import { type Pattern, pattern } from './pattern';

const UNITS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  // distances dictated in feet: "about eighty feet times three"
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const ONES = '(?:one|two|three|four|five|six|seven|eight|nine)';
const NUMBER = `(?:${TENS}[- ]${ONES}|${Object.keys(UNITS).join('|')})`;
/** What a counted number is followed by, or what a dose number follows ("sets of ten", "x ten"). */
const COUNTED = String.raw`(?:sets?|reps?|repetitions?|minutes?|mins?|trials?|rounds?|laps?|bouts?|times|passes|ft|feet|steps|seconds?|secs?)\b`;

/** A number word that counts sets, reps, minutes, trials or distance. */
export const NUMBER_WORD: Pattern = pattern({
  id: 'number.word',
  // Every match starts with a number word's first letter: the lookahead lets the regex engine skip other
  // positions without trying the lookbehind at each (3× faster over a whole note, same matches).
  re: new RegExp(
    String.raw`(?=[eftnos])(?:\b${NUMBER}(?=\s+(?:more\s+)?${COUNTED})|(?<=\b(?:sets?|rounds?|bouts?|reps?) of\s+|\b[x×]\s?|\btimes\s+|\bgrade\s+)${NUMBER}\b)`,
    'gi',
  ),
  examples: {
    positive: [
      'three sets of ten each',
      'for about eighteen minutes',
      'twenty-five feet',
      'grade two glides',
      'seventy feet times two',
    ],
    negative: ['one-hand support on the rail', 'no one present at the session'],
  },
});

const wordValue = (w: string): number => {
  const [a, b] = w.toLowerCase().split(/[- ]/);
  return (UNITS[a as string] ?? 0) + (b ? (UNITS[b] ?? 0) : 0);
};

/** `text` with counting number words as digits, same length and offsets. */
export function maskNumberWords(text: string): string {
  if (!/[a-z]/i.test(text)) return text;
  return text.replace(NUMBER_WORD.re, (w) => String(wordValue(w)).padEnd(w.length, ' '));
}
