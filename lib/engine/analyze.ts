/**
 * The pipeline: bound the input, mask markup, match the lexicon once over the whole note, split it into
 * statements, read each one's status and intent, give heading minutes to one item, then the ledger,
 * completeness and flag stages (owned by issue #4) and the note-level suggestion.
 */
import type { Analysis, Flag, Segment } from '../contracts/analysis';
import { CODES, type Code } from '../contracts/codes';
import { cutPoint, looksBinary, maskMarkup } from './bound';
import { findMissing } from './completeness';
import { flag, mergeFlags } from './flag-registry';
import { ONE_ON_ONE_LABEL } from './flag-rules';
import { findFlags } from './flags';
import { noteHash } from './hash';
import { buildLedger } from './ledger';
import { RULESET_VERSION } from './lexicon/version';
import { type Hit, type Matcher, matchAll, matchRange, prepare } from './matcher';
import { findMinutes, sumMinutes } from './minutes';
import { type EngineOptions, maskIgnored, matcherFor } from './options';
import { type Block, segment } from './segment';
import { analyzeStatement } from './statement';
import { asciiLower, lowerForWords, tokenize } from './tokens';

export { RULESET_VERSION };

/** First index in the sorted `xs` whose value is ≥ `v`. */
function lowerBound(xs: readonly number[], v: number): number {
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
 * The lexicon hits of view[start, end). The note is lower-cased, tokenized and spell-corrected once and
 * each statement matches its own token range (statements start and end on word boundaries, so this is
 * the same as tokenizing the slice). Ignored terms are masked per statement, as their word boundaries
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
  const tokens = tokenize(lowerForWords(view));
  const prepared = prepare(matcher, tokens);
  return (start: number, end: number): Hit[] =>
    matchRange(tokens, prepared, lowerBound(tokens.starts, start), lowerBound(tokens.ends, end + 1));
}

/** The code a heading's own words point to ("TA (12 min):" → 97530), for the items under it. */
function headCode(hits: readonly Hit[]): Code | null {
  const votes = new Map<Code, number>();
  for (const h of hits)
    if (h.rule.code && h.rule.kind !== 'skill') votes.set(h.rule.code, (votes.get(h.rule.code) ?? 0) + h.rule.weight);
  let best: [Code, number] | null = null;
  for (const e of votes) if (!best || e[1] > best[1]) best = e;
  return best?.[0] ?? null;
}

/** Give a heading's minutes to exactly one item: the first performed item of the block's code. */
function placeBlockMinutes(block: Block, minutes: number, segments: Segment[], prior: Code | null): boolean {
  const items = block.items.map((i) => segments[i] as Segment);
  if (items.some((s) => s.minutes !== null)) return true; // items state their own minutes: no double counting
  const coded = block.items.filter((i) => segments[i]?.status === 'performed' && segments[i]?.code);
  if (coded.length === 0) return false;
  const count = new Map<Code, number>();
  for (const i of coded) {
    const c = segments[i]?.code as Code;
    count.set(c, (count.get(c) ?? 0) + 1);
  }
  let code = prior && count.has(prior) ? prior : null;
  if (!code) for (const [c, n] of count) if (!code || n > (count.get(code) ?? 0)) code = c;
  const target = coded.find((i) => segments[i]?.code === code) as number;
  const seg = segments[target] as Segment;
  seg.minutes = minutes;
  seg.why = `${seg.why} The heading's ${minutes} min are counted here once for the block.`;
  return true;
}

/** Analyse a note: every intervention statement classified by intent, with evidence and minutes. */
export function analyze(input: string, options: EngineOptions = {}): Analysis {
  const cut = cutPoint(input);
  const text = cut < input.length ? input.slice(0, cut) : input;
  const flags: Flag[] = [];
  if (cut < input.length)
    flags.push(flag('note.truncated', `Note is ${input.length} characters; analysed the first ${cut}.`, []));
  const segments: Segment[] = [];
  const labels: (Code | null)[] = [];
  if (!looksBinary(text)) {
    const view = maskMarkup(text);
    const matcher = matcherFor(options.vocabulary);
    const hitsIn = hitFinder(view, matcher, options.ignoreTerms);
    const enabled = new Set<Code>(options.enabledCodes ?? CODES);
    const { pieces, blocks } = segment(view);
    const priors = blocks.map((b) => headCode(hitsIn(b.headStart, b.headEnd)));
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i] as (typeof pieces)[number];
      const mine = hitsIn(p.start, p.end);
      const prior = p.block >= 0 ? (priors[p.block] ?? null) : null;
      const r = analyzeStatement(p, text, view, mine, prior, enabled);
      segments.push(r.segment);
      // The heading's code counts as the line's written label only when the heading is a billing label.
      const head = p.block >= 0 ? blocks[p.block] : undefined;
      labels.push(prior && head && ONE_ON_ONE_LABEL.re.test(text.slice(head.headStart, head.headEnd)) ? prior : null);
      for (const m of r.mentions)
        if (m.value === null)
          flags.push(
            flag(
              'minutes.implausible',
              `"${m.raw.replace(/[.\s]+$/, '')}" is not a plausible time for one intervention; those minutes were not counted.`,
              [i],
            ),
          );
    }
    blocks.forEach((b, bi) => {
      if (!b.headOnly || b.items.length === 0) return;
      const mentions = findMinutes(view, b.headStart, b.headEnd);
      const minutes = sumMinutes(mentions);
      for (const m of mentions)
        if (m.value === null)
          flags.push(
            flag(
              'minutes.implausible',
              `"${m.raw.replace(/[.\s]+$/, '')}" is not a plausible time for one intervention; those minutes were not counted.`,
              [...b.items],
            ),
          );
      if (minutes !== null && !placeBlockMinutes(b, minutes, segments, priors[bi] ?? null))
        flags.push(
          flag(
            'minutes.unassigned',
            `The heading "${text.slice(b.headStart, b.headEnd)}" states ${minutes} min but no coded intervention is listed under it.`,
            [...b.items],
          ),
        );
    });
  }
  const ledger = buildLedger(segments, text);
  return {
    schemaVersion: 1,
    rulesetVersion: RULESET_VERSION,
    noteHash: noteHash(text), // the analysed text (hash.ts), so offsets and hash describe the same string
    segments,
    codes: ledger.codes,
    totals: ledger.totals,
    suggested: suggest(segments, ledger.codes),
    missing: findMissing(segments, text),
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
