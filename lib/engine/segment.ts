/**
 * Splits a note into intervention statements ("pieces") with exact offsets: sections, flowsheet lines,
 * bullets, numbered lists, sentences (clinical abbreviations do not end a sentence), never overlapping.
 *
 * Blocks: a heading line with minutes ("TA (12 min):", "Ther ex 15'", "10:05-10:20 NMR") opens a block.
 * A heading on its own line is not a piece; the lines under it are its items, and the analyser gives the
 * heading's minutes to exactly one item (the first whose code is the block's code), so the per-code
 * sum equals the stated minutes. A heading followed by text on the same line is a piece itself and its
 * minutes are read from it directly; bullet/indented lines right under it are further items.
 */
import { UNCHECKED_LINE } from './bound';
import { ITEM_SCORE, MODE_LOG } from './line-kinds';
import { pattern } from './pattern';
import { matchHeading, type Section } from './sections';

/** A statement to classify. */
export interface Piece {
  start: number;
  end: number;
  section: Section;
  block: number;
  /**
   * The block in domain.md §12's sense that the clause belongs to: a heading with its items, a labelled
   * line with its bullets, a bullet with its continuation lines, a flowsheet row, a paragraph line.
   * Clauses of one unit may form one intervention; clauses of different units never do.
   */
  unit: number;
  /** A flowsheet table's minutes cell for this row ("97110 | Rows … | 18" under a "Min" header). */
  cell?: { start: number; end: number; text: string };
  /**
   * The table this row (or the note under the table, "Table note: VC for form throughout") belongs to:
   * the rows of one code in one table are one billed intervention for the checklist.
   */
  table?: number;
}

const MIN_HEADER = /^\s*(?:min|mins|min\.|minutes|time|time \(min\)|tx min)\s*$/i;

/** The cell separator of a table line: a pipe, or a tab in an EHR export with two or more tabs; else null. */
const separator = (line: string): string | null =>
  line.includes('|') ? '|' : line.indexOf('\t', line.indexOf('\t') + 1) > 0 && /\S\t/.test(line) ? '\t' : null;

/** Cells of a pipe- or tab-separated table line with their offsets. */
type Cell = { start: number; end: number; text: string };

function cells(line: string, at: number, sep: string): Cell[] {
  const out: Cell[] = [];
  let s = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && line[i] !== sep) continue;
    out.push({ start: at + s, end: at + i, text: line.slice(s, i) });
    s = i + 1;
  }
  return out;
}

/** A heading that may carry minutes for the items under it. */
export interface Block {
  headStart: number;
  headEnd: number;
  /** The heading is its own line with nothing after the label (its text is not a piece). */
  headOnly: boolean;
  /** The heading ends with a colon, so plain lines under it are its items. */
  colon: boolean;
  section: Section;
  items: number[];
  /** The unit its items share (a labelled heading covers its items; a generic one does not). */
  unit: number;
  /** The heading this labelled item sits under ("Ther ex 30 min (split):" over "* 0-15 min: …"). */
  parent?: number;
  /** Indentation of a labelled line with its own content, and whether it was itself a bullet. */
  indent?: number;
  bulleted?: boolean;
}

/** Leading spaces/tabs of a line (a tab counts as four). */
const indentOf = (line: string) => {
  let n = 0;
  for (const c of line) {
    if (c === ' ') n++;
    else if (c === '\t') n += 4;
    else break;
  }
  return n;
};

const BULLET = /^[ \t]*(?:\[[xX✓✔]\]|[-*•·▪◦‣●○■□➢>]+|\(?\d{1,2}[.)]|\(?[a-hA-H][.)])(?=[ \t])[ \t]*/;
const MINUTES = String.raw`(?:\(?\s*(?:x\s*)?\d{1,3}(?:\.\d+)?\s*(?:minutes?|mins?\.?|min\b|['’])\s*\)?)`;
const LABEL_NAME = String.raw`(?:ta|ther\.?\s*ex\.?|therex|ther\.?\s*act(?:ivities|ivity|s)?|therapeutic\s+(?:exercises?|activit(?:y|ies)|procedures?)|nmr|nmre|neuro\s*re-?\s*ed(?:ucation)?|neuromuscular\s+re-?\s*ed(?:ucation)?|gait(?:\s+training)?|gt|manual(?:\s+therapy)?|mt|self[- ]?care(?:\s*\/\s*home\s+(?:mgmt|management))?(?:\s+training)?|adls?(?:\s+training)?|group(?:\s+therapy)?|exercises?|interventions?)`;
const CPT = String.raw`(?:cpt\s*)?97\d{3}`;
/**
 * Billing labels therapists write over or before an intervention ("TA", "Ther ex", "NMR", "97110"), also
 * with the code and its name together as EHR templates print them ("97110 Therapeutic Exercise",
 * "Therapeutic Exercise (97110)").
 */
export const LABEL = String.raw`(?:(?:${CPT}\s*[-–—:]?\s*)?${LABEL_NAME}(?:\s*\(\s*${CPT}\s*\))?|${CPT})`;
// Clock ranges with a colon ("10:05-10:20") or military ("0800-0815").
const TIME_RANGE = String.raw`(?:\d{1,2}:\d{2}\s*(?:-|–|—|to)\s*\d{1,2}:\d{2}|[0-2]\d[0-5]\d\s*(?:-|–|—|to)\s*[0-2]\d[0-5]\d)`;
/** A label with optional minutes and nothing else on the line. */
const HEAD_ONLY = new RegExp(
  String.raw`^(?:${TIME_RANGE}\s*)?${LABEL}\s*[-–—:]?\s*(?:${MINUTES}|${TIME_RANGE})?\s*:?\s*$`,
  'i',
);
/** A label with minutes then content on the same line. */
const HEAD_LINE = new RegExp(
  String.raw`^(?:${TIME_RANGE}\s*[-–—:]?\s*\S|${LABEL}\s*[-–—:]?\s*(?:${MINUTES}|${TIME_RANGE})\s*[-–—:])`,
  'i',
);
/** A billing label opening the line's content ("Ther ex: quad sets 2x20 …", "NMR - tandem stance …"). */
const LABEL_LINE = new RegExp(String.raw`^${LABEL}\s*(?:${MINUTES})?\s*(?:\([^()]{0,40}\)\s*)?[:–—-]\s*\S`, 'i');
/**
 * Key-value flowsheet rows (an Epic "Flowsheet Row | Value" export) keep a code's minutes and its content
 * in two rows: "Ther Ex Minutes | 16" then "Ther Ex Detail | prone press-ups …". The two rows are one
 * intervention (the minutes row's value is its time); a minutes row of 0 means the service was not
 * given today, so neither row is read.
 */
const KV_MINUTES = pattern({
  id: 'segment.kv-minutes-row',
  re: new RegExp(String.raw`^\s*(${LABEL})\s+(?:minutes|mins?|time|tx time|treatment time)\s*$`, 'i'),
  examples: {
    positive: ['Ther Ex Minutes ', 'Manual Therapy Time'],
    negative: ['Total Treatment Minutes', 'Pain Score'],
  },
});
const KV_DETAIL = pattern({
  id: 'segment.kv-detail-row',
  re: new RegExp(
    String.raw`^\s*(${LABEL})\s+(?:details?|performed|activities|activity|interventions?|comments?|notes?|description|exercises?)\s*$`,
    'i',
  ),
  examples: {
    positive: ['Ther Ex Detail ', 'Neuro Re-ed Comments'],
    negative: ['Patient Response', 'Ther Ex Minutes'],
  },
});
/** The label of a key-value row, as a key ("ther ex"). */
const kvKey = (label: string) => label.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A template's billing field left unfilled: the label and the word "minutes" with the number blanked
 * ("Therapeutic Activity (97530): *** minutes - ***" once the blanks are masked). Not done, not read.
 */
const EMPTY_FIELD = pattern({
  id: 'segment.empty-minutes-field',
  re: new RegExp(String.raw`^${LABEL}\s*[:–—-]?\s*(?:minutes?|mins?)\s*[-–—:.]*\s*$`, 'i'),
  examples: { positive: ['Gait Training (97116):     minutes'], negative: ['Gait Training (97116): 12 minutes'] },
});
/** Clock ranges and visit offsets that open a line ("0800-0812 Ther ex: …", "0-15 min: …", "8:00a-8:12a NMR"). */
const TIME_HEAD =
  /^(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m?\.?)?|[0-2]\d[0-5]\d|\d{1,3}(?=\s*[-–—]\s*\d{1,3}\s*min))\s*(?:-|–|—|to)\s*(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m?\.?)?|[0-2]\d[0-5]\d\b|\d{1,3}\s*min(?:ute)?s?\b)/i;
/** A line whose opening words carry minutes ("Balance (13 min): …", "Gait training 16 min: …"). */
const TIMED_LINE = new RegExp(String.raw`^[A-Za-z][A-Za-z /&'-]{1,40}?\s*[-–—:]?\s*${MINUTES}\s*[-–—:]`, 'i');
/** Words whose trailing period is an abbreviation, not a sentence end. */
const ABBREV = new Set([
  'pt',
  'pts',
  'w',
  'approx',
  'e.g',
  'i.e',
  'eg',
  'ie',
  'vs',
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'no',
  'fig',
  'etc',
  'resp',
  'bilat',
  'b',
  'r',
  'l',
  'ex',
  'ther',
  'rt',
  'lt',
  'max',
  'mod',
  'min',
  'sec',
  'reps',
  'lbs',
  'lb',
  'wk',
  'wks',
  'hr',
  'hrs',
  'cont',
  'assist',
  'amb',
  'ft',
  'oz',
  'ca',
  'cf',
  'al',
  'dept',
  'x',
  'yo',
  'y.o',
  'y',
]);
/**
 * A copy-forward banner ("**Copied forward from 12/03 - review and edit**") and the line that ends the
 * copied text ("End of copied text", "Today:"): what lies between is a prior visit's note, not today's
 * care. The banner counts only when an end line follows, so a stray marker cannot swallow the note.
 */
const COPY_START = pattern({
  id: 'segment.copy-forward-start',
  re: /^\W*(?:(?:the\s+)?(?:following\s+)?(?:text|note|section|content|documentation)?(?:\s+below)?\s*(?:was\s+|is\s+|has\s+been\s+)?)?(?:copied|carried|pulled)\s+(?:forward\s+)?from\s+(?:(?:the\s+)?(?:prior|previous|last)\s+(?:note|visit)|(?:(?:the\s+)?(?:note|visit)\s+(?:dated\s+|of\s+|on\s+)?)?\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)(?:\s*[-–—:,]\s*[a-z ]{0,30})?\W*$/i,
  examples: {
    positive: [
      '**Copied forward from 12/03/2026 - review and edit**',
      '--- carried forward from previous note ---',
      '>> The text below was copied from the note dated 11/28/2026 <<',
    ],
    negative: ['[Copied from 11/30] Pt seen for balance training; see prior note.'],
  },
});
const COPY_END = pattern({
  id: 'segment.copy-forward-end',
  re: /^\W*(?:end\s+of\s+(?:copied|carried[- ]forward|previous|prior)\b[a-z ]{0,20}|today(?:'s\s+(?:visit|session|tx|treatment))?\s*:?)\W*$/im,
  examples: { positive: ['**End of copied text**', 'Today:'], negative: ['Today pt reports less pain.'] },
});

/**
 * A banner below today's note that opens an earlier visit's text pasted under it ("--- Previous note
 * (copied forward, 12/04/2026) ---"): everything after it is that visit's, to the end or an end marker.
 */
const COPY_TAIL = pattern({
  id: 'segment.copy-forward-tail',
  re: /^[ \t]*(?:[-=*#_]{2,}[ \t]*|\[[ \t]*|\*\*[ \t]*)?(?:(?:previous|prior|last)[ \t]+(?:visit'?s[ \t]+)?(?:daily[ \t]+|treatment[ \t]+|tx[ \t]+)?(?:note|visit)|(?:copied|carried)[ \t]+forward)\b[^.\n]{0,100}?(?:(?:copied|carried)[ \t-]+forward|\d{1,2}\/\d{1,2}\/\d{2,4})[^.\n]{0,60}$/i,
  examples: {
    positive: ['--- Previous note (copied forward, 12/04/2026 PT Visit 8) ---', '[Prior note 12/01/26]'],
    negative: ['Previous note: pt was seen for balance training.', 'Prior visit pt fell at home'],
  },
});
/** A note under a table that speaks for its rows ("Table note: …", "VC for form throughout ther ex"). */
const TABLE_NOTE = /^\W*(?:(?:flowsheet|table|exercise|ex)\s+)?notes?\s*:|\bthroughout\b|\ball\s+(?:ex\b|exercises\b)/i;
/** Section headings an indented field line of a labelled block does not open ("  Skilled intervention: …"). */
const FIELD_SECTIONS = new Set<Section>(['objective', 'assessment', 'subjective', 'info']);

/** A piece longer than this is split at a space, so one pathological line cannot make work quadratic. */
const MAX_PIECE = 1200;

/** Units written after a number; "10 min." or "2 lb." before a capitalised word ends the sentence. */
const MEASURE_UNITS = new Set(['min', 'sec', 'reps', 'lb', 'lbs', 'ft', 'hr', 'hrs', 'wk', 'wks', 'oz', 'assist']);

/**
 * True when the abbreviation ending at text[k..] is a measure that closes a sentence: a unit after a
 * number ("… 10 min. Gait training …") or "assist." ("… min assist. Pt tolerated …"), followed by a
 * capitalised word. "min. A" (minimal assist) stays one sentence: a lone capital is not a word.
 */
function endsMeasure(text: string, k: number, word: string, next: number): boolean {
  if (!MEASURE_UNITS.has(word) || !/^[A-Z][a-z]/.test(text.slice(next, next + 2))) return false;
  return word === 'assist' || /\d\s*$/.test(text.slice(Math.max(0, k - 3), k));
}

/** [A-Za-z.] as a char code. */
const isWordOrDot = (c: number) => c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Dictation runs on without punctuation ("… that took about twelve minutes then we worked on getting up …"):
 * in a long line with no sentence mark, a new activity starts at a spoken transition.
 */
const SPOKEN_TURN = pattern({
  id: 'segment.spoken-turn',
  re: /\s(?=(?:and\s+)?(?:then|next|after that|afterwards|finally|lastly)\s+(?:we|i|she|he|they|pt|patient)\s)|\s(?=we\s+(?:started|began|finished|ended)\s+with\s)/i,
  examples: {
    positive: ['we did bridges two sets of ten about eight minutes then we walked in the hall with the cane'],
    negative: ['Bridges 2x10 then clamshells 2x10 for hip strength.'],
  },
});
/** A line this long with no sentence mark is dictation. */
const RUN_ON = 160;
const SPOKEN_TURNS = new RegExp(SPOKEN_TURN.re.source, 'gi');

/** Sentence pieces of text[from, to): ends at . ! ? before a capital/digit/bullet unless the word is an abbreviation. */
function sentences(text: string, from: number, to: number, out: [number, number][]): void {
  if (to - from > RUN_ON && !/[.!?;]/.test(text.slice(from, to))) {
    let s = from;
    for (const m of text.slice(from, to).matchAll(SPOKEN_TURNS)) {
      const at = from + (m.index ?? 0);
      if (at - s < 20) continue;
      marks(text, s, at, out);
      s = at + 1;
    }
    marks(text, s, to, out);
    return;
  }
  marks(text, from, to, out);
}

/** Sentence pieces of text[from, to) by sentence marks, and at a space past MAX_PIECE. */
function marks(text: string, from: number, to: number, out: [number, number][]): void {
  let s = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) {
      if (i - s >= MAX_PIECE && (c === 32 || c === 9)) {
        out.push([s, i]);
        s = i + 1;
      }
      continue;
    }
    const next = text[i + 1];
    if (next !== undefined && next !== ' ' && next !== '\t') continue;
    let j = i + 1;
    while (j < to && (text[j] === ' ' || text[j] === '\t')) j++;
    if (j >= to) continue;
    const nc = text[j] as string;
    if (!/[A-Z0-9(•\-*"]/.test(nc)) continue;
    if (c === 46) {
      let k = i;
      while (k > s && isWordOrDot(text.charCodeAt(k - 1))) k--;
      const word = text.slice(k, i).toLowerCase();
      if (
        ABBREV.has(word) &&
        !(word.length === 1 && /[A-Z]/.test(nc) && /\b(min|mod|max)\s+$/i.test(text.slice(Math.max(s, k - 5), k))) &&
        !endsMeasure(text, k, word, j)
      )
        continue;
    }
    out.push([s, i + 1]);
    s = j;
  }
  if (s < to) out.push([s, to]);
}

/**
 * Dictation runs on without full stops ("… about fifteen minutes of leg exercises … and then ten minutes
 * of walking practice …"): a sequencing connector starts a new clause there. Clauses of one code join
 * again as one intervention in interventions.ts, so a connector inside one activity costs nothing.
 */
const CONNECTOR =
  /[\s,;]+(?:and\s+then|then\s+(?:we|she|he|they|i|pt|patient)|after\s+that|afterwards|next\s+(?:we|she|he|they|i))\b/gi;

const OWN_TIME = /\b\d{1,3}\s*(?:minutes?|mins?)\b/i;
/** Every connector holds one of these words: a span without them cannot split (a cheap test before CONNECTOR). */
const CONNECTOR_WORD = /then|after|next/i;
const CONNECTOR_START = new RegExp(CONNECTOR.source, 'i');

/** Split spans longer than a short clause at sequencing connectors (in place, in order). */
function splitAtConnectors(text: string, spans: [number, number][]): void {
  const out: [number, number][] = [];
  for (const [a, z] of spans) {
    let s = a;
    const span = z - a > 60 ? text.slice(a, z) : '';
    if (CONNECTOR_WORD.test(span))
      for (const m of span.matchAll(CONNECTOR)) {
        const at = a + (m.index ?? 0);
        if (at - s < 12) continue; // "Then we …" opening the sentence is not a split
        // Only an activity with its own time ("and then ten minutes of walking practice") is split off;
        // "… and then moved to dynamic work: …" goes on describing the same block.
        const next = text.slice(at + m[0].length, at + m[0].length + 80);
        if (!OWN_TIME.test(next.split(CONNECTOR_START)[0] ?? '')) continue;
        out.push([s, at]);
        s = at + m[0].length - m[0].replace(/^[\s,;]+/, '').length;
      }
    out.push([s, z]);
  }
  spans.splice(0, spans.length, ...out);
}

function trimmed(text: string, a: number, b: number): [number, number] | null {
  while (a < b && /\s/.test(text[a] as string)) a++;
  while (b > a && /\s/.test(text[b - 1] as string)) b--;
  return /[A-Za-z0-9]/.test(text.slice(a, b)) ? [a, b] : null;
}

/**
 * A line that reports care delivered today (a treatment verb, minutes, a dose): after a one-line section
 * ("S: Pt reports 3/10 pain.") it ends that section (domain.md §12). The patient's own report does not.
 */
export const CARE_LINE = pattern({
  id: 'section.care-line',
  re: /\b(?:performed|completed|practi[cs]ed|ambulated|instructed|trained|educated|worked on|facilitated)\b|\d\s*[x×]\s*\d|(?:^|\s)[x×]\s*\d|\b\d+\s*(?:min(?:ute)?s?|reps?|sets?)\b|\b\d+\s*'/i,
  report:
    /^\s*(?:pt|patient|he|she|they|mom|dad|parent|caregiver|spouse|dtr|daughter|son)?\s*(?:reports?|states?|notes?|denies|c\/o|complains?|says|feels?|rates?)\b|^\s*["“]/i,
  examples: {
    positive: ['Pt performed mini squats x10 with CGA to improve rising from the sofa, 12 min'],
    negative: ['Pain 4/10 R shoulder, worse with reaching overhead.'],
  },
});

const WS = /\s/;
/** Where `\s*$` would start in `s`: the index after its last non-space character. */
function endOfContent(s: string): number {
  let e = s.length;
  while (e > 0 && WS.test(s[e - 1] as string)) e--;
  return e;
}
const STOPS = '.!?:';
const CLOSERS = `"')]`;
/** `/[.!?:]["')\]]?\s*$/` given the end of the content: a sentence mark, perhaps inside a closing quote or bracket. */
function endsSentence(s: string, last: number): boolean {
  const c = s[last - 1];
  if (c === undefined) return false;
  if (STOPS.includes(c)) return true;
  const b = s[last - 2];
  return CLOSERS.includes(c) && b !== undefined && STOPS.includes(b);
}

/** Pieces and blocks of a (markup-masked) note. */
export function segment(text: string): { pieces: Piece[]; blocks: Block[] } {
  const pieces: Piece[] = [];
  const blocks: Block[] = [];
  let section: Section = 'none';
  let open = -1;
  let minCol = -1;
  let nl = -2;
  let cr = -2;
  let unit = -1;
  /** The previous line was blank (or there was none): the next line cannot continue a unit. */
  let fresh = true;
  /** The previous line ended a sentence (. ! ? :), so a plain line after it starts a new unit. */
  let closed = true;
  /** A section heading with content on its own line: it ends there when the next line reports care. */
  let oneLine = false;
  /** The previous line was a one-line header field ("Dx: …"). */
  let field = false;
  /** The current table (rows with a separator, consecutive) and whether a line right after one may be its note. */
  let table = -1;
  /** Key-value flowsheet rows: the last minutes row's label and unit, and the labels written with 0 minutes. */
  let kvLast: { key: string; unit: number } | null = null;
  const kvZero = new Set<string>();
  let inTable = false;
  let afterTable = false;
  /** Inside a delimited copy-forward region: every line is history. */
  let copied = false;
  for (let lineStart = 0; lineStart <= text.length; ) {
    // The next \n and \r are found with indexOf and kept until passed (linear, and native speed).
    if (nl !== -1 && nl < lineStart) nl = text.indexOf('\n', lineStart);
    if (cr !== -1 && cr < lineStart) cr = text.indexOf('\r', lineStart);
    const lineEnd = Math.min(nl < 0 ? text.length : nl, cr < 0 ? text.length : cr);
    const next = text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1;
    const line = text.slice(lineStart, lineEnd);
    const at = lineStart;
    lineStart = next;
    // Pipe tables: a "Min" header column gives each following row its minutes.
    let cell: Piece['cell'];
    let row = false;
    /** A key-value minutes row opens a unit (kvNext); its detail row joins that unit (kvJoin). */
    let kvNext: string | null = null;
    let kvJoin: number | undefined;
    let rowTable: number | undefined;
    const sep = separator(line);
    if (sep) {
      if (!inTable) table++;
      inTable = true;
      rowTable = table;
      const cs = cells(line, at, sep);
      const col = cs.findIndex((c) => MIN_HEADER.test(c.text));
      if (col >= 0) {
        minCol = col;
        continue;
      }
      const c = minCol >= 0 ? cs[minCol] : undefined;
      if (c && /\d/.test(c.text)) cell = c;
      row = true;
      if (cs.length === 2) {
        const [k, v] = cs as [Cell, Cell];
        const mins = KV_MINUTES.re.exec(k.text);
        const detail = mins ? null : KV_DETAIL.re.exec(k.text);
        if (mins && /^\s*\d{1,3}\s*$/.test(v.text)) {
          if (Number(v.text) === 0) {
            kvZero.add(kvKey(mins[1] as string));
            continue;
          }
          cell = v;
          kvNext = kvKey(mins[1] as string);
        } else if (detail) {
          const key = kvKey(detail[1] as string);
          if (kvZero.has(key)) continue;
          if (kvLast?.key === key) kvJoin = kvLast.unit;
        }
      }
    } else {
      minCol = -1;
      if (inTable) afterTable = true;
      inTable = false;
      if (afterTable && /[^ \t]/.test(line)) {
        afterTable = TABLE_NOTE.test(line);
        if (afterTable) rowTable = table;
      }
    }
    if (UNCHECKED_LINE.test(line)) continue; // an unchecked form box: not done today, not read
    if (MODE_LOG.re.test(line) || ITEM_SCORE.re.test(line)) continue;
    if (copied && COPY_END.re.test(line)) {
      copied = false;
      section = 'objective';
      open = -1;
      fresh = true;
      continue;
    }
    // A banner opens copied text: below today's care (to the end or an end line), or anywhere when
    // an end line follows.
    const opensCopy =
      !copied &&
      (((pieces.length > 0 || blocks.length > 0) && COPY_TAIL.re.test(line)) ||
        (COPY_START.re.test(line) && COPY_END.re.test(text.slice(next))));
    if (opensCopy) {
      copied = true;
      section = 'history';
      open = -1;
      fresh = true;
      continue;
    }
    if (!/[^ \t]/.test(line)) {
      const b = blocks[open];
      if (b && b.items.length > 0) open = -1; // a blank line closes a block that already has items
      fresh = true;
      // "S: knee stiff this AM." then a blank line: the next paragraph is not more of the patient's report
      // (a one-line goals or history section may go on over pasted paragraphs, so only the report ends).
      if (oneLine && !copied && section === 'subjective') {
        oneLine = false;
        section = 'none';
      }
      continue;
    }
    let cs = 0;
    let head = matchHeading(line);
    // A template's field line under a labelled block ("  Skilled intervention: …") is part of the block.
    if (head && FIELD_SECTIONS.has(head.section) && /^[ \t]/.test(line) && (blocks[open]?.unit ?? -1) >= 0) head = null;
    if (head) {
      section = copied ? 'history' : head.section;
      field = head.field && head.contentStart < line.length;
      open = -1;
      cs = head.contentStart;
      oneLine = cs < line.length;
      fresh = true;
      if (cs >= line.length) continue;
    } else if (field) {
      // The line after a header field ("Dx: …", "Vitals: …") is not part of it.
      field = false;
      oneLine = false;
      if (!copied && section === 'info') section = 'none';
    } else if (oneLine) {
      oneLine = false;
      if (
        !copied &&
        section !== 'none' &&
        section !== 'objective' &&
        CARE_LINE.re.test(line) &&
        !CARE_LINE.report.test(line)
      )
        section = 'objective';
    }
    const indented = /^[ \t]/.test(line);
    const bullet = BULLET.exec(line.slice(cs));
    // A checked box ("[x] Stair training: …") is a form row of its own, not an item of the row above.
    const boxed = bullet?.[0].includes('[') ?? false;
    const bodyStart = cs + (bullet ? bullet[0].length : 0);
    const body = line.slice(bodyStart);
    if (!/[A-Za-z0-9]/.test(body) || EMPTY_FIELD.re.test(body.trim())) continue;
    const continues = !fresh && !head && !row && !bullet && (indented || !closed);
    fresh = false;
    // A flowsheet row is whole: the plain line after a table ("Pt tol well.") is not its continuation.
    // End-anchored tests by hand: a regex ending in `\s*$` is tried from every position of the line.
    const last = endOfContent(body);
    const colon = body[last - 1] === ':';
    closed = row || endsSentence(body, last);
    const labelOnly = HEAD_ONLY.test(body.trim());
    if (labelOnly || (colon && body.length < 80)) {
      if (section === 'subjective' || section === 'assessment' || section === 'history' || section === 'info')
        if (labelOnly && !copied) section = 'objective';
      // A billing label or minutes make the heading cover its items as one unit; "Tx:" does not.
      const covering = labelOnly || /\d/.test(body);
      unit++;
      blocks.push({
        headStart: at + bodyStart,
        headEnd: at + line.trimEnd().length,
        headOnly: true,
        colon,
        section,
        items: [],
        unit: covering ? unit : -1,
      });
      open = blocks.length - 1;
      continue;
    }
    // Both minute patterns need a digit; a label line needs a separator after the label.
    const timed = /\d/.test(body) && (HEAD_LINE.test(body) || TIMED_LINE.test(body) || TIME_HEAD.test(body));
    const headLine = timed || LABEL_LINE.test(body);
    // A line with its own minutes is treatment, even when no "O:" heading closed the S/A/history section.
    if (timed && !head && section !== 'none' && !copied) section = 'objective';
    if (headLine) {
      unit++;
      const up = blocks[open];
      const child: Block = {
        headStart: at + bodyStart,
        headEnd: at + line.trimEnd().length,
        headOnly: false,
        colon: false,
        section,
        items: [],
        unit,
        indent: indentOf(line),
        bulleted: bullet !== null,
      };
      const parent = up?.headOnly ? open : up?.parent;
      if (parent !== undefined && (bullet || indented)) child.parent = parent;
      blocks.push(child);
      open = blocks.length - 1;
    } else {
      if (open >= 0) {
        const b = blocks[open] as Block;
        // Plain lines belong to a heading that ends with a colon; "Ther ex 15'" only takes bullets/indents.
        // Grid rows under a label line ("97110 Therapeutic Exercise - 19 min" over "Quad sets | 2 | 10") are its items.
        if (!((b.headOnly && (b.colon || (row && b.unit >= 0))) || (bullet && !boxed) || indented)) open = -1;
        // "- Gait training: … 15 min" then "- Transfer training: …": a bullet at the same depth as a
        // bulleted label line is its sibling, not its item; only deeper lines continue it.
        else if (!b.headOnly && b.bulleted && indentOf(line) <= (b.indent ?? 0)) open = -1;
      }
      const b = blocks[open];
      if (kvJoin !== undefined) unit = kvJoin;
      else if (b && b.unit >= 0) unit = b.unit;
      else if (!continues) unit++;
      if (kvNext !== null) kvLast = { key: kvNext, unit };
    }
    const spans: [number, number][] = [];
    sentences(text, at + bodyStart, at + line.length, spans);
    if (spans.some(([a, z]) => z - a > 60)) splitAtConnectors(text, spans);
    for (const [a, z] of spans) {
      const t = trimmed(text, a, z);
      if (!t) continue;
      if (open >= 0) (blocks[open] as Block).items.push(pieces.length);
      const own = cell && cell.start >= t[0] && cell.end <= t[1] ? cell : undefined;
      const piece: Piece = own
        ? { start: t[0], end: t[1], section, block: open, unit, cell: own }
        : { start: t[0], end: t[1], section, block: open, unit };
      if (rowTable !== undefined) piece.table = rowTable;
      pieces.push(piece);
    }
  }
  // A heading-only line with nothing under it is a statement itself ("Ther ex 15'").
  const parents = new Set(blocks.map((b) => b.parent));
  // Without minutes ("Therapeutic Exercise:" over an unfilled blank) a bare label documents nothing.
  const orphans = blocks.filter(
    // (its CPT code is not minutes: "Gait Training (97116):" over an unchosen SmartList is still empty)
    (b, i) =>
      b.headOnly &&
      b.items.length === 0 &&
      !parents.has(i) &&
      /\d/.test(text.slice(b.headStart, b.headEnd).replace(/\b97\d{3}\b/g, '')),
  );
  if (orphans.length === 0) return { pieces, blocks };
  for (const b of orphans)
    pieces.push({ start: b.headStart, end: b.headEnd, section: b.section, block: -1, unit: ++unit });
  pieces.sort((x, y) => x.start - y.start);
  for (const b of blocks) b.items = [];
  pieces.forEach((p, i) => {
    if (p.block >= 0) (blocks[p.block] as Block).items.push(i);
  });
  return { pieces, blocks };
}
