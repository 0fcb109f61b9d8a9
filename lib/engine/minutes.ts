/** Minutes written with an intervention: "12 min", "x 10'", "(15 minutes)", "10:05–10:20", "Ther ex 15'". */

/** One stated time; `value` is null when the text is not a believable duration for one intervention. */
export interface MinuteMention {
  start: number;
  end: number;
  value: number | null;
  raw: string;
}

/** Longest believable single intervention. */
export const MAX_MINUTES = 180;

const RANGE = /(\d{1,2}):(\d{2})\s*(?:-|–|—|to)\s*(\d{1,2}):(\d{2})/g;
// Number (allowing a letter O typed for zero), optional leading minus, then a minutes unit or a prime.
const MIN =
  /(^|[^\w.:-]|[\s(:]-|(?<=\b[xX]))(-?)(\d{1,5}(?:\.\d+)?|\d*[oO]\d+[\doO]*|\d+[oO][\doO]*)\s*(minutes?\b|mins?\b(?!\s*-?\s*(?:a|assist\w*|vcs?|tcs?|cue\w*|verbal|tactile|phys\w*|guard\w*)\b)\.?|mns?\b|['’](?![a-z]))/gi;
/**
 * Times that are not treatment time: recovery and rest ("recovered in 2 min", "seated rest 3 min" —
 * rest periods do not count, domain.md §3), onset ("2 days ago") and frequency ("every 5 min").
 */
const NOT_TREATMENT =
  /\b(?:recover(?:ed|y|s)?|rest(?:ed|ing)?|rest break|break|back to baseline|every|q)\b[^.;,\d]{0,14}$/i;
const DIGIT = /\d/;
const UNIT = /m(?:in|n)|['’]/i;
const WALKING = /ambul|walk|gait|\bamb\b|\bft\b|feet|distance|stairs|\bsteps\b/i;

const byStart = (a: MinuteMention, b: MinuteMention) => a.start - b.start;

function inside(spans: readonly [number, number][], i: number): boolean {
  for (const [a, b] of spans) if (i < b && i >= a) return true;
  return false;
}

function clockMinutes(h1: number, m1: number, h2: number, m2: number): number {
  let d = h2 * 60 + m2 - (h1 * 60 + m1);
  if (d <= 0) d += 12 * 60; // 12:50–1:05 written on a 12-hour clock
  return d;
}

/** Every minutes mention in text[from, to), in order, with implausible values (900, -5, "1O") as null. */
export function findMinutes(text: string, from: number, to: number): MinuteMention[] {
  const s = text.slice(from, to);
  const out: MinuteMention[] = [];
  // Every pattern needs a digit; a clock range a colon; a minutes unit "m(i)n" or a prime. Most
  // statements fail these cheap literal checks, so the big patterns run on few of them.
  if (!DIGIT.test(s)) return out;
  const taken: [number, number][] = [];
  if (s.includes(':'))
    for (const m of s.matchAll(RANGE)) {
      const [h1, m1, h2, m2] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
      const ok = h1 < 24 && h2 < 24 && m1 < 60 && m2 < 60;
      const d = ok ? clockMinutes(h1, m1, h2, m2) : -1;
      const i = m.index ?? 0;
      taken.push([i, i + m[0].length]);
      out.push({
        start: from + i,
        end: from + i + m[0].length,
        value: d > 0 && d <= MAX_MINUTES ? d : null,
        raw: m[0],
      });
    }
  if (!UNIT.test(s)) return out.length > 1 ? out.sort(byStart) : out;
  const walking = WALKING.test(s);
  for (const m of s.matchAll(MIN)) {
    const lead = m[1] ?? '';
    const i = (m.index ?? 0) + lead.length - (lead.endsWith('-') ? 1 : 0);
    if (inside(taken, i)) continue;
    const numText = m[3] as string;
    const unit = m[4] as string;
    const negative = m[2] === '-' || lead.endsWith('-');
    const prime = /^['’]$/.test(unit);
    const n = Number(numText);
    // A prime after a distance is feet ("ambulated 150'"), not minutes.
    const after = s.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 3);
    const labelled = /x\s*$/i.test(s.slice(Math.max(0, i - 3), i)) || /^\s*\)?\s*(?::|$)/.test(after);
    if (prime && (Number.isNaN(n) || n > 60 || (walking && !labelled))) continue;
    if (NOT_TREATMENT.test(s.slice(Math.max(0, i - 24), i))) continue;
    const value = Number.isNaN(n) || negative || n > MAX_MINUTES ? null : n;
    const start = from + i;
    const end = from + (m.index ?? 0) + m[0].length;
    out.push({ start, end, value, raw: text.slice(start, end) });
  }
  return out.length > 1 ? out.sort(byStart) : out;
}

/** Minutes of a statement: the sum of its believable mentions ("bike 5 min, UBE 5 min"), or null. */
export function sumMinutes(ms: readonly MinuteMention[]): number | null {
  let total: number | null = null;
  for (const m of ms) if (m.value !== null) total = (total ?? 0) + m.value;
  return total;
}
