/**
 * Billed versus documented (issue #7): compare a claim's lines with what the note's minutes support
 * under the chosen unit rule, and check the modifiers auditors deny for (domain.md §5, §6, §8).
 */
import type { Analysis, CodeLine } from '../contracts/analysis';
import { type Code, isTimed } from '../contracts/codes';
import type { BilledLine } from './billed-parse';
import type { UnitRule } from './defense';
import { NCCI_PAIRS, type NcciPair, ncciId, pairsAmong, partnersOf } from './ncci';
import type { Discipline } from './options';

export { type BilledError, type BilledLine, type BilledParse, parseBilledLines } from './billed-parse';

/** How one billed (or unbilled) code compares with the note. */
export type BilledStatus = 'ok' | 'over' | 'under' | 'not-documented' | 'not-billed' | 'modifier';

/** One finding of the billed check, in claim order, then documented-but-unbilled codes. */
export interface BilledResult {
  code: Code;
  status: BilledStatus;
  message: string;
}

const DISCIPLINE = ['GP', 'GO', 'GN'];
const DISTINCT = ['59', 'XU', 'XE', 'XS', 'XP'];

/**
 * Compare the billed lines with the analysis under `rule`; every billed code gets at least one result.
 * `discipline` (the note's PT or OT plan of care, when known) makes GP/GO a requirement, not a guess;
 * `table` is the NCCI pair table (the built-in one unless the clinic supplies its own).
 */
export function checkBilled(
  analysis: Analysis,
  billed: readonly BilledLine[],
  rule: UnitRule,
  discipline?: Discipline,
  table: readonly NcciPair[] = NCCI_PAIRS,
): BilledResult[] {
  const claim = mergeLines(billed);
  const documented = new Map(analysis.codes.map((c) => [c.code, c]));
  const results: BilledResult[] = [];
  const R = rule.toUpperCase();
  for (const [code, line] of claim) {
    const doc = documented.get(code);
    const found: BilledResult[] = [];
    if (!doc)
      found.push({
        code,
        status: 'not-documented',
        message: `${code} is billed but the note documents no ${code} intervention.`,
      });
    else found.push(...unitResult(code, line.units, doc, analysis, claim, rule));
    found.push(...modifierResults(code, line.modifiers, claim, analysis, table, discipline));
    if (found.length === 0) {
      const d = doc as CodeLine;
      const basis = d.timed
        ? `${d.minutes} min supports ${line.units} unit(s) under ${R}`
        : 'untimed, 1 unit per session';
      found.push({ code, status: 'ok', message: `${code} x${line.units}: ${basis}.` });
    }
    results.push(...found);
  }
  for (const doc of analysis.codes) {
    if (claim.has(doc.code)) continue;
    const supported = supportedUnits(doc, rule);
    results.push(
      supported > 0
        ? {
            code: doc.code,
            status: 'not-billed',
            message: `${doc.code} is documented (${doc.minutes ?? '—'} min, ${supported} unit(s) under ${R}) but not billed.`,
          }
        : {
            code: doc.code,
            status: 'ok',
            message: `${doc.code} is documented (${doc.minutes ?? '—'} min) but supports no unit under ${R}; not billing it is right.`,
          },
    );
  }
  return results;
}

/** Units the note supports for one code: the ledger's units for timed codes, 1 per session for 97150. */
export function supportedUnits(doc: CodeLine, rule: UnitRule): number {
  return doc.timed ? doc.units[rule] : 1;
}

/** Several claim lines for one code (e.g. 97140 split around a 59 block) count as one total. */
function mergeLines(billed: readonly BilledLine[]): Map<Code, { units: number; modifiers: string[] }> {
  const claim = new Map<Code, { units: number; modifiers: string[] }>();
  for (const b of billed) {
    const prev = claim.get(b.code) ?? { units: 0, modifiers: [] };
    prev.units += b.units;
    for (const m of b.modifiers) if (!prev.modifiers.includes(m)) prev.modifiers.push(m);
    claim.set(b.code, prev);
  }
  return claim;
}

function unitResult(
  code: Code,
  units: number,
  doc: CodeLine,
  analysis: Analysis,
  claim: ReadonlyMap<Code, { units: number }>,
  rule: UnitRule,
): BilledResult[] {
  const supported = supportedUnits(doc, rule);
  const R = rule.toUpperCase();
  if (units === supported) return [];
  const basis = doc.timed
    ? doc.minutes === null
      ? `the note gives no minutes for ${code}`
      : `${doc.minutes} min supports ${supported} under ${R}`
    : `${code} is untimed: 1 unit per session`;
  // Under CMS the pooled units may be allocated differently when remainders tie (domain.md §3 step 5).
  if (rule === 'cms' && doc.timed && cmsAllocationValid(analysis, claim))
    return [
      {
        code,
        status: 'ok',
        message: `${code} x${units}: ${basis}, but this claim is another allocation the 8-minute rule allows (equal leftover minutes).`,
      },
    ];
  return [{ code, status: units > supported ? 'over' : 'under', message: `${code} billed x${units}; ${basis}.` }];
}

/**
 * True when the claim's timed units are a valid CMS allocation of the documented minutes: the same
 * total N, every code at least its full 15s and at most one more, and extra units only to codes whose
 * leftover minutes are at least those of every code without one.
 */
function cmsAllocationValid(analysis: Analysis, claim: ReadonlyMap<Code, { units: number }>): boolean {
  const timed = analysis.codes.filter((c) => c.timed && c.minutes !== null);
  const billedTimed = [...claim].filter(([code]) => isTimed(code));
  if (billedTimed.some(([code]) => !timed.some((c) => c.code === code))) return false;
  const total = billedTimed.reduce((t, [, l]) => t + l.units, 0);
  // The movement codes' own CMS units (an attended modality's unit, if any, is not on this claim check).
  const documented = analysis.codes.reduce((t, c) => t + (c.timed ? c.units.cms : 0), 0);
  if (total !== documented || total === 0) return false;
  const extra: number[] = [];
  const none: number[] = [];
  for (const c of timed) {
    const minutes = c.minutes as number;
    const full = Math.floor(minutes / 15);
    const units = claim.get(c.code)?.units ?? 0;
    if (units === full + 1) extra.push(minutes % 15);
    else if (units === full) none.push(minutes % 15);
    else return false;
  }
  return extra.every((r) => none.every((n) => r >= n));
}

function modifierResults(
  code: Code,
  modifiers: readonly string[],
  claim: ReadonlyMap<Code, { modifiers: string[] }>,
  analysis: Analysis,
  table: readonly NcciPair[],
  discipline?: Discipline,
): BilledResult[] {
  const out: BilledResult[] = [];
  const disciplines = modifiers.filter((m) => DISCIPLINE.includes(m));
  const expected = discipline === 'PT' ? 'GP' : discipline === 'OT' ? 'GO' : null;
  if (expected && disciplines.length > 0 && !disciplines.includes(expected))
    out.push({
      code,
      status: 'modifier',
      message: `${code} carries ${disciplines.join('/')} but this is a ${discipline} note: bill it under ${expected}.`,
    });
  const claimDisciplines = new Set(
    [...claim.values()].flatMap((l) => l.modifiers.filter((m) => DISCIPLINE.includes(m))),
  );
  if (disciplines.length === 0)
    out.push({
      code,
      status: 'modifier',
      message: expected
        ? `${code} has no therapy modifier: add ${expected} (${discipline} plan of care).`
        : `${code} has no therapy modifier: add GP (PT plan of care) or GO (OT plan of care).`,
    });
  else if (disciplines.includes('GN'))
    out.push({
      code,
      status: 'modifier',
      message: `${code} carries GN (speech-language plan of care); these PT/OT codes are billed under GP or GO.`,
    });
  else if (disciplines.length > 1 || claimDisciplines.size > 1)
    out.push({
      code,
      status: 'modifier',
      message: `${code}: the claim mixes ${[...claimDisciplines].join(' and ')}; one note is one discipline's plan of care (PT → GP, OT → GO).`,
    });
  out.push(...ncciResults(code, modifiers, claim, analysis, table));
  return out;
}

/**
 * NCCI pairs on the claim (lib/engine/ncci.ts): the column-2 code of a pair needs 59/X{EPSU} on the
 * pair (or can never be billed with it, indicator 0); a distinct-service modifier needs a partner on
 * the claim and a note that shows the two in distinct time blocks.
 */
function ncciResults(
  code: Code,
  modifiers: readonly string[],
  claim: ReadonlyMap<Code, { modifiers: string[] }>,
  analysis: Analysis,
  table: readonly NcciPair[],
): BilledResult[] {
  const out: BilledResult[] = [];
  const pairs = pairsAmong(new Set<string>(claim.keys()), table);
  const distinctOn = (c: string) => (claim.get(c as Code)?.modifiers ?? []).some((m) => DISTINCT.includes(m));
  for (const p of pairs) {
    if (p.column2 !== code) continue;
    if (p.modifier === 0)
      out.push({
        code,
        status: 'modifier',
        message: `${p.column1} and ${p.column2} are an NCCI pair that no modifier bypasses (indicator 0, ${p.source} ${p.quarter}): they are not billed together.`,
      });
    else if (!distinctOn(p.column1) && !distinctOn(p.column2))
      out.push({
        code,
        status: 'modifier',
        message: `${p.column1} and ${p.column2} are an NCCI pair (${p.source}, ${p.quarter}): without 59/XU on the column-2 code (${p.column2}) the claim denies; add it only if the note shows separate time blocks.`,
      });
  }
  const distinct = modifiers.filter((m) => DISTINCT.includes(m));
  if (distinct.length === 0) return out;
  const mine = pairs.filter((p) => p.column1 === code || p.column2 === code);
  if (mine.length === 0) {
    const partners = partnersOf(code, table).filter((c) => /^97(?:530|110|112|535|116|140|150)$/.test(c));
    out.push({
      code,
      status: 'modifier',
      message: `${code} carries ${distinct.join('/')} but the claim has no NCCI partner for it to separate (${code} pairs with ${partners.length > 0 ? partners.join(', ') : 'none of the billed codes'}).`,
    });
  }
  for (const p of mine) {
    const problem = distinctBlocksProblem(analysis, p);
    if (problem)
      out.push({ code, status: 'modifier', message: `${code} carries ${distinct.join('/')} but ${problem}` });
  }
  return out;
}

/**
 * Heuristic for "distinct time blocks" behind 59/XU on an NCCI pair: the engine's flag for the pair at
 * warning severity means it saw the two in one block, which settles it; otherwise each code needs at
 * least one performed segment with its own minutes (minutes written per intervention are the time log
 * a reviewer asks for). Null when the note supports the modifier.
 */
function distinctBlocksProblem(analysis: Analysis, p: NcciPair): string | null {
  const flag = analysis.flags.find((f) => f.id === ncciId(p));
  if (flag?.severity === 'warning') return `the note does not show separate time blocks (${flag.message})`;
  const timedSegments = (code: string) =>
    analysis.segments.filter((s) => s.status === 'performed' && s.code === code && (s.minutes ?? 0) > 0);
  if (timedSegments(p.column1).length === 0 || timedSegments(p.column2).length === 0)
    return `the note does not give separate minutes for the ${p.column1} and ${p.column2} blocks.`;
  return null;
}
