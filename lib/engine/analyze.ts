/**
 * The pipeline: bound the input, mask markup, match the lexicon once over the whole note, split it into
 * statements, read each one's status and intent, give heading minutes to one item, then the ledger,
 * completeness and flag stages (owned by issue #4) and the note-level suggestion.
 */
import type { Analysis, Flag, Segment } from '../contracts/analysis';
import { CODES, type Code } from '../contracts/codes';
import { cutPoint, looksBinary, maskMarkup, maskPlaceholders } from './bound';
import { findMissing } from './completeness';
import { flag, mergeFlags } from './flag-registry';
import { ONE_ON_ONE_LABEL } from './flag-rules';
import { findFlags } from './flags';
import { noteHash } from './hash';
import { type Group, groupClauses, headCode, readGroup, statesMinutes } from './interventions';
import { buildLedger } from './ledger';
import { RULESET_VERSION } from './lexicon/version';
import { type Hit, type Matcher, matchAll, matchNote, prepare, rangeHits } from './matcher';
import { foldMinuteSummaries } from './minute-summary';
import { findMinutes, sumMinutes } from './minutes';
import { maskNumberWords } from './number-words';
import { type EngineOptions, maskIgnored, matcherFor } from './options';
import { type Piece, segment } from './segment';
import { maskSpokenPunctuation } from './spoken-punctuation';
import { analyzeStatement, type StatementResult } from './statement';
import { asciiLower, tokenize } from './tokens';
import { findVisits, onlyVisit, pickVisit, type Visit } from './visits';

export { RULESET_VERSION };

/** First index in the sorted `xs` whose value is ≥ `v`. */
function lowerBound(xs: Int32Array, v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The lexicon hits of view[start, end). The note is lower-cased, tokenized, spell-corrected and matched
 * once; each statement takes its own token range's hits from that (statements start and end on word
 * boundaries, so this is the same as tokenizing and matching the slice; `rangeHits` re-matches the few
 * tokens whose terms reach past the range). Ignored terms are masked per statement, as their word boundaries
 * are the statement's.
 */
function hitFinder(view: string, matcher: Matcher, ignore: readonly string[] | undefined) {
  if (ignore && ignore.length > 0)
    return (start: number, end: number): Hit[] => {
      const hits = matchAll(matcher, tokenize(maskIgnored(asciiLower(view.slice(start, end)), ignore)));
      for (const h of hits) {
        h.start += start;
        h.end += start;
      }
      return hits;
    };
  const tokens = tokenize(view); // tokenize folds A–Z itself: no lower-cased copy of the note
  const prepared = prepare(matcher, tokens);
  const note = matchNote(tokens, prepared);
  return (start: number, end: number): Hit[] =>
    rangeHits(tokens, prepared, note, lowerBound(tokens.starts, start), lowerBound(tokens.ends, end + 1));
}

/**
 * Give a heading's minutes to exactly one intervention under it: the first performed one of the block's
 * code. A heading's minutes cover its items even when an item carries a time (domain.md §12: "Ther Ex -
 * 18 min" over "bike x 6 min" is 18 minutes); only labelled items with their own time ("0-15 min: …"
 * under "Ther ex 30 min (split):"), or items with their own time under an uncoded heading, keep theirs.
 */
function placeBlockMinutes(
  under: readonly number[],
  minutes: number,
  segments: Segment[],
  read: readonly StatementResult[],
  prior: Code | null,
  ownTimed: readonly number[],
  placed: Set<number>,
): boolean {
  if (ownTimed.some((i) => statesMinutes(read[i] as StatementResult))) return true;
  const coded = under.filter((i) => segments[i]?.status === 'performed' && segments[i]?.code);
  if (coded.length === 0) return false;
  const count = new Map<Code, number>();
  for (const i of coded) {
    const c = segments[i]?.code as Code;
    count.set(c, (count.get(c) ?? 0) + 1);
  }
  let code = prior && count.has(prior) ? prior : null;
  if (!code) for (const [c, n] of count) if (!code || n > (count.get(code) ?? 0)) code = c;
  const target = coded.find((i) => segments[i]?.code === code) as number;
  for (const i of under) if (i !== target && segments[i]) (segments[i] as Segment).minutes = null;
  const seg = segments[target] as Segment;
  seg.minutes = minutes;
  placed.add(target);
  seg.why = `${seg.why} The heading's ${minutes} min are counted here once for the block.`;
  return true;
}

/** Whether the cursor lies in the visit. */
const atCursor = (v: Visit, cursor: number | undefined) => cursor !== undefined && cursor >= v.start && cursor < v.end;

/** A minutes mention that is not a believable time for one intervention. */
function implausible(raw: string, segments: number[]): Flag {
  return flag(
    'minutes.implausible',
    `"${raw.replace(/[.\s]+$/, '')}" is not a plausible time for one intervention; those minutes were not counted.`,
    segments,
  );
}

/** Analyse a note: every intervention statement classified by intent, with evidence and minutes. */
export function analyze(input: string, options: EngineOptions = {}): Analysis {
  const cut = cutPoint(input);
  const whole = cut < input.length ? input.slice(0, cut) : input;
  // Several dated visits: read one (the cursor's, else the last) with the others blanked, so offsets hold.
  const visits = findVisits(whole);
  const picked = visits.length > 1 ? pickVisit(visits, options.cursor) : -1;
  const chosen = visits[picked];
  const text = chosen ? onlyVisit(whole, chosen) : whole;
  const flags: Flag[] = [];
  if (cut < input.length)
    flags.push(flag('note.truncated', `Note is ${input.length} characters; analysed the first ${cut}.`, []));
  if (chosen)
    flags.push(
      flag(
        'note.several-visits',
        `The text holds ${visits.length} visits (dated headings); analysed visit ${picked + 1} of ${visits.length} (${chosen.label}), ${atCursor(chosen, options.cursor) ? 'the one at the cursor' : picked === visits.length - 1 ? 'the last' : 'the most recent by date'}. Each visit is billed on its own.`,
        [],
      ),
    );
  const segments: Segment[] = [];
  const units: number[] = [];
  const labels: (Code | null)[] = [];
  if (!looksBinary(text)) {
    // Dictated counts and times ('three sets of ten', 'about eighteen minutes') are read as digits.
    const blanks = maskPlaceholders(maskMarkup(text));
    if (blanks.found)
      flags.push(
        flag(
          'note.placeholder',
          'The note still holds template blanks (*** or ___): fill them in or delete them before signing; a label with only a blank under it documents nothing.',
          [],
        ),
      );
    const view = maskSpokenPunctuation(maskNumberWords(blanks.view));
    const matcher = matcherFor(options.vocabulary);
    const hitsIn = hitFinder(view, matcher, options.ignoreTerms);
    const enabled = new Set<Code>(options.enabledCodes ?? CODES);
    const { pieces, blocks } = segment(view);
    const priors = blocks.map((b) => headCode(hitsIn(b.headStart, b.headEnd)));
    const priorOf = (p: Piece) => (p.block >= 0 ? (priors[p.block] ?? null) : null);
    const readPiece = (p: Piece) => analyzeStatement(p, text, view, hitsIn(p.start, p.end), priorOf(p), enabled);
    const clauses = pieces.map(readPiece);
    const groups = groupClauses(pieces, clauses, text, (k) => priorOf(pieces[k] as Piece) !== null);
    const read = groups.map((g) => readGroup(g, pieces, clauses, readPiece));
    const segOfPiece = new Map<number, number>();
    groups.forEach((g, gi) => {
      for (const k of g.pieces) segOfPiece.set(k, gi);
    });
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i] as Group;
      const r = read[i] as StatementResult;
      segments.push(r.segment);
      // The rows of one table (and the note under it) are one unit for the checklist; units are ≥ 0.
      const leadPiece = pieces[g.lead] as Piece;
      units.push(leadPiece.table === undefined ? leadPiece.unit : -1 - leadPiece.table);
      // The heading's code counts as the line's written label only when the heading is a billing label.
      const lead = pieces[g.lead] as Piece;
      const prior = priorOf(lead);
      const head = lead.block >= 0 ? blocks[lead.block] : undefined;
      labels.push(prior && head && ONE_ON_ONE_LABEL.re.test(text.slice(head.headStart, head.headEnd)) ? prior : null);
      for (const m of r.mentions) if (m.value === null) flags.push(implausible(m.raw, [i]));
    }
    // A heading's items include those of the labelled items under it ("Ther ex 30 min (split):" → "0-15 min: …").
    const headingTimed = new Set<number>();
    const childItems = new Map<number, number[]>();
    for (const c of blocks)
      if (c.parent !== undefined) {
        const list = childItems.get(c.parent);
        if (list) list.push(...c.items);
        else childItems.set(c.parent, [...c.items]);
      }
    blocks.forEach((b, bi) => {
      const labelled = childItems.get(bi) ?? [];
      const items = [...b.items, ...labelled];
      if (!b.headOnly || items.length === 0) return;
      const mentions = findMinutes(view, b.headStart, b.headEnd);
      const minutes = sumMinutes(mentions);
      const under = [...new Set(items.map((k) => segOfPiece.get(k) as number))];
      for (const m of mentions) if (m.value === null) flags.push(implausible(m.raw, under));
      const ownTimed = [...new Set((priors[bi] ? labelled : items).map((k) => segOfPiece.get(k) as number))];
      if (
        minutes !== null &&
        !placeBlockMinutes(under, minutes, segments, read, priors[bi] ?? null, ownTimed, headingTimed)
      )
        flags.push(
          flag(
            'minutes.unassigned',
            `The heading "${text.slice(b.headStart, b.headEnd)}" states ${minutes} min but no coded intervention is listed under it.`,
            under,
          ),
        );
    });
    const statesOwn = (i: number) => headingTimed.has(i) || statesMinutes(read[i] as StatementResult);
    flags.push(...foldMinuteSummaries(segments, statesOwn));
  }
  const ledger = buildLedger(segments, text);
  return {
    schemaVersion: 1,
    rulesetVersion: RULESET_VERSION,
    noteHash: noteHash(whole), // the analysed text (hash.ts), so offsets and hash describe the same string
    segments,
    codes: ledger.codes,
    totals: ledger.totals,
    suggested: suggest(segments, ledger.codes),
    missing: findMissing(segments, text, units),
    flags: mergeFlags([
      ...flags,
      ...ledger.flags,
      ...findFlags(segments, text, ledger.codes, labels, options.discipline, options.ncciPairs),
    ]),
  };
}

/** The primary code: most minutes; with no minutes, the strongest evidence; null when nothing is billable. */
function suggest(segments: readonly Segment[], codes: Analysis['codes']): Code | null {
  let best: Analysis['codes'][number] | null = null;
  for (const c of codes) if ((c.minutes ?? 0) > 0 && (!best || (c.minutes ?? 0) > (best.minutes ?? 0))) best = c;
  if (best) return best.code;
  const strength = new Map<Code, number>();
  for (const s of segments)
    if (s.status === 'performed' && s.code) strength.set(s.code, (strength.get(s.code) ?? 0) + s.confidence);
  let top: [Code, number] | null = null;
  for (const e of strength) if (!top || e[1] > top[1]) top = e;
  return top?.[0] ?? null;
}
