/**
 * Unit arithmetic for timed (15-minute) codes: the CMS 8-minute rule (domain.md §3, pooled over the
 * day's timed minutes) and the AMA/CPT midpoint rule (domain.md §4, per code, no pooling).
 */
import { CODES, type Code } from '../contracts/codes';
import type { ModalityCode } from './lexicon/modalities';

/** A code that takes part in the CMS allocation: the timed movement codes and attended modalities. */
export type UnitCode = Code | ModalityCode;

/** Units a number of timed minutes supports: 0 below 8, else floor((m + 7) / 15) (8–22 → 1, 23–37 → 2 …). */
export function unitsForMinutes(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes < 8) return 0;
  return Math.floor((minutes + 7) / 15);
}

/** One timed code's minutes, as the allocator sees them. */
export interface TimedMinutes {
  code: UnitCode;
  minutes: number;
}

/** A CMS allocation that the rule leaves to the provider: `picks` of `among` get the `units`-th units. */
export interface CmsTie {
  /** 1-based ordinals of the units in question (e.g. [3] for "the 3rd unit"). */
  units: number[];
  /** The codes with equal leftover minutes competing for those units, in the order given (note order). */
  among: UnitCode[];
  /** The codes the engine gave them to (deterministic: more total minutes first, then code order). */
  chosen: UnitCode[];
}

/** Result of the CMS allocation: units per code, the pooled total N, and any ties. */
export interface CmsAllocation {
  units: Map<UnitCode, number>;
  total: number;
  ties: CmsTie[];
}

// Modalities rank after the seven codes when everything else ties.
const codeRank = (c: UnitCode) => {
  const i = (CODES as readonly string[]).indexOf(c);
  return i < 0 ? CODES.length : i;
};

/**
 * CMS 8-minute rule: N = units for the summed minutes; each code gets floor(m/15) full units; the
 * remaining N − Σfull go one each to the codes with the largest leftover minutes. Equal leftovers at
 * the cut are a provider's choice (manual examples 2 and 5), so they are reported as a tie.
 */
export function allocateCms(lines: readonly TimedMinutes[]): CmsAllocation {
  const valid = lines.filter((l) => Number.isFinite(l.minutes) && l.minutes > 0);
  const total = unitsForMinutes(valid.reduce((t, l) => t + l.minutes, 0));
  const units = new Map<UnitCode, number>(lines.map((l) => [l.code, 0]));
  let full = 0;
  for (const l of valid) {
    const f = Math.floor(l.minutes / 15);
    units.set(l.code, f);
    full += f;
  }
  const remaining = Math.max(0, total - full);
  const order = valid
    .map((l) => ({ code: l.code, minutes: l.minutes, left: l.minutes % 15 }))
    .filter((l) => l.left > 0)
    .sort((a, b) => b.left - a.left || b.minutes - a.minutes || codeRank(a.code) - codeRank(b.code));
  const given = order.slice(0, remaining);
  for (const g of given) units.set(g.code, (units.get(g.code) ?? 0) + 1);
  const ties: CmsTie[] = [];
  const last = given[given.length - 1];
  const next = order[remaining];
  if (last && next && last.left === next.left) {
    // Everyone with the boundary leftover competes for the units handed out at that leftover.
    const tied = new Set(order.filter((o) => o.left === last.left).map((o) => o.code));
    const among = valid.filter((l) => tied.has(l.code)); // listed in note order, as a coder reads them
    const chosen = given.filter((g) => g.left === last.left);
    const firstOrdinal = full + (given.length - chosen.length) + 1;
    ties.push({
      units: chosen.map((_, i) => firstOrdinal + i),
      among: among.map((o) => o.code),
      chosen: chosen.map((o) => o.code),
    });
  }
  return { units, total, ties };
}

/** AMA midpoint rule for one code: 0 below 8 minutes, else floor((m + 7) / 15); no pooling across codes. */
export function amaUnits(minutes: number | null): number {
  return minutes === null ? 0 : unitsForMinutes(minutes);
}

const ordinal = (n: number) => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10];
  return `${n}${s ?? 'th'}`;
};

const orList = (codes: readonly string[]) =>
  codes.length <= 1 ? (codes[0] ?? '') : `${codes.slice(0, -1).join(', ')} or ${codes[codes.length - 1]}`;

/** The coder-facing sentence for a CMS tie, e.g. "CMS: the 3rd unit may go to 97112 or 97110 …". */
export function describeTie(tie: CmsTie): string {
  const which =
    tie.units.length === 1
      ? `the ${ordinal(tie.units[0] as number)} unit may go to ${orList(tie.among)}`
      : `the ${tie.units.map(ordinal).join(' and ')} units may go to any ${tie.units.length} of ${orList(tie.among)}`;
  return `CMS: ${which} (equal leftover minutes); the provider chooses.`;
}
