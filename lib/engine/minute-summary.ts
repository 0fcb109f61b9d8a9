/**
 * A note's minutes summary by code — an EHR flowsheet's minutes rows ("Therapeutic Exercise Minutes:
 * 16"), a billing block at the end ("97110 Ther ex - 16 min - 1 unit") — restates the minutes of the
 * interventions described elsewhere in the note, or gives the minutes they lack. Read as one more
 * intervention it doubled the code's minutes and units and asked the summary line for an activity, a
 * purpose and a dose. A summary line of a code the note describes nowhere else stays what it is: the
 * only record of that code, named by its label alone (and reported as such).
 */
import type { Flag, Segment } from '../contracts/analysis';
import type { Code } from '../contracts/codes';
import { flag } from './flag-registry';
import { pattern } from './pattern';
import { LABEL } from './segment';

/** What a summary line may hold besides its label: CPT numbers, minutes, units, field words, separators. */
const SUMMARY_FILLER = pattern({
  id: 'summary.filler',
  re: /\b(?:cpt\s*)?97\d{3}\b|\b\d{1,2}:\d{2}\s*(?:-|–|to)\s*\d{1,2}:\d{2}\b|\d+(?:\.\d+)?\s*(?:minutes?|mins?|mns?|['’]|units?|u\b)|\b(?:minutes?|mins?|time|total|units?|billed|charged?|code|timed|treatment|tx|x)\b|\d+|[-–—:=()[\]{},;./|*•#\s]+/gi,
  examples: { positive: ['97110 - 16 min - 1 unit', 'Minutes: 16'], negative: ['bridges'] },
});
const LABEL_WORDS = new RegExp(String.raw`\b${LABEL}\b`, 'gi');

/** Whether a line says nothing but a code's label and its minutes (or units). */
export function isSummaryLine(text: string): boolean {
  const rest = text.replace(LABEL_WORDS, ' ').replace(SUMMARY_FILLER.re, '');
  return rest.length === 0 && /\d/.test(text);
}

/**
 * Every word a summary line may hold (the words of the billing labels and of the filler). A cheap
 * first test: most segments fail on their first ordinary word, before any pattern runs.
 */
const SUMMARY_WORDS = new Set(
  (
    'ta ther therex ex act acts activity activities therapeutic exercise exercises procedure procedures nmr nmre ' +
    'neuro neuromuscular re ed reed education reeducation gait gt training manual mt therapy self care selfcare ' +
    'home mgmt management adl adls group cpt intervention interventions minutes minute mins min mn mns time ' +
    'total units unit u billed charge charged code timed treatment tx x'
  ).split(' '),
);
const WORD = /[a-z]+/gi;
function mayBeSummary(s: Segment): boolean {
  if (s.text.length > 120) return false;
  for (const w of s.text.matchAll(WORD)) if (!SUMMARY_WORDS.has(w[0].toLowerCase())) return false;
  return true;
}

const summaryWhy = (code: Code, minutes: number | null) =>
  minutes === 0
    ? `Not coded: the note records 0 minutes of ${code} on this line.`
    : `A summary of ${code}'s minutes, not another intervention: ${minutes === null ? 'it' : `its ${minutes} min`} count for the ${code} interventions the note describes.`;

/**
 * Fold summary lines into the interventions they summarise (in place); `statesOwn(i)` tells whether
 * segment i states its own billing time (not only a dose's). A code whose interventions do not all
 * carry minutes of their own takes the summary's minutes, once, on its first intervention;
 * when every one carries minutes and the two disagree, the interventions' minutes are kept and a flag
 * says so.
 */
export function foldMinuteSummaries(segments: Segment[], statesOwn: (i: number) => boolean): Flag[] {
  const flags: Flag[] = [];
  const summaries = new Map<Code, number[]>();
  const described = new Map<Code, number[]>();
  segments.forEach((s, i) => {
    if (s.status !== 'performed' || !s.code) return;
    const into = mayBeSummary(s) && isSummaryLine(s.text) ? summaries : described;
    const list = into.get(s.code);
    if (list) list.push(i);
    else into.set(s.code, [i]);
  });
  for (const [code, lines] of summaries) {
    const items = described.get(code) ?? [];
    let stated: number | null = null;
    for (const i of lines) {
      const seg = segments[i] as Segment;
      // "Therapeutic Activity Minutes: 0": a flowsheet row for a code not given today.
      if (seg.minutes !== 0 && items.length === 0) continue;
      if (seg.minutes) stated = (stated ?? 0) + seg.minutes;
      seg.why = summaryWhy(code, seg.minutes);
      seg.status = 'other';
      seg.code = null;
      seg.minutes = null;
      seg.alternatives = [];
      seg.confidence = 0;
    }
    if (stated === null || items.length === 0) continue;
    const own = items.filter((i) => segments[i]?.minutes !== null && statesOwn(i));
    // Some of the code's items carry a time and others none (a flowsheet's "bike … 8 min" row among
    // untimed rows), or only a dose's duration ("pulleys 3 min each"): the summary is the billing time.
    if (own.length < items.length) {
      for (const i of items) (segments[i] as Segment).minutes = null;
      const first = segments[items[0] as number] as Segment;
      first.minutes = stated;
      first.why = `${first.why} The note's ${code} minutes (${stated} min, stated on a summary line) are counted here once.`;
      continue;
    }
    const sum = own.reduce((n, i) => n + ((segments[i] as Segment).minutes ?? 0), 0);
    if (sum !== stated)
      flags.push(
        flag(
          'minutes.summary-mismatch',
          `The note's summary gives ${code} ${stated} min, but its ${code} interventions state ${sum} min; the ledger counts the interventions' minutes.`,
          [...lines, ...own],
        ),
      );
  }
  return flags;
}
