/**
 * Every flag id the engine can raise, in one registry: its default severity and what it is about.
 * Flags are built only through `flag()`, and `mergeFlags()` keeps one flag per id in an Analysis
 * (the sidebar keys its list by id, and a coder reads one finding per problem).
 */
import type { Flag, Segment } from '../contracts/analysis';

type Severity = Flag['severity'];

/** The static flag ids, with their default severity and a one-line description. */
export const FLAG_DEFS = {
  'note.truncated': {
    severity: 'warning',
    about: 'the note was longer than the engine reads; only its start was analysed',
  },
  'note.several-visits': { severity: 'info', about: 'the text holds several visits; one was analysed' },
  'note.placeholder': { severity: 'warning', about: 'template blanks (*** or ___) are still in the note' },
  'minutes.implausible': { severity: 'warning', about: 'a time that cannot be one intervention’s minutes' },
  'minutes.unassigned': { severity: 'info', about: 'a heading’s minutes with no coded intervention under it' },
  'minutes.stated-total-mismatch': {
    severity: 'warning',
    about: 'the stated timed total disagrees with the interventions',
  },
  'minutes.summary-mismatch': {
    severity: 'warning',
    about: 'a code’s minutes on the note’s summary line differ from its interventions’ minutes',
  },
  'minutes.total-less-than-timed': { severity: 'warning', about: 'total treatment time below the timed minutes' },
  'units.cms-tie': { severity: 'info', about: 'equal leftover minutes: the provider may choose the code' },
  'units.timed-modality': { severity: 'info', about: 'an attended modality competing for the CMS units' },
  'units-instead-of-minutes': { severity: 'warning', about: 'units written without minutes' },
  'units.note-overstated': { severity: 'warning', about: 'units written above what the minutes support' },
  'ncci.pair': {
    severity: 'warning',
    about: 'an NCCI procedure-to-procedure pair in one note (see lib/engine/ncci.ts)',
  },
  'group-language': { severity: 'warning', about: 'one-on-one codes written with group language' },
  'group-language.mislabelled': { severity: 'warning', about: 'group treatment written under a one-on-one label' },
  'skill.possibly-unskilled': {
    severity: 'warning',
    about: 'walking for distance or an independent program, no skill shown',
  },
  'skill.aide-time': {
    severity: 'warning',
    about: 'time delivered or supervised by an aide is not skilled, billable time',
  },
  'co-treatment': { severity: 'warning', about: 'co-treatment with another discipline billed in full (Part B)' },
  'label.overridden': {
    severity: 'info',
    about: 'the content states an intent other than the therapist’s written label',
  },
  'discipline.mixed': { severity: 'warning', about: 'PT and OT cues in one note' },
  'documentation.vague': { severity: 'warning', about: 'an intervention named only generically' },
} as const satisfies Record<string, { severity: Severity; about: string }>;

/** A registered flag id; NCCI pairs add their own `ncci.<col1>-<col2>` ids from the NCCI table. */
export type FlagId = keyof typeof FLAG_DEFS | `ncci.${string}`;

/** Build a flag with a registered id (severity defaults to the registry's). */
export function flag(id: FlagId, message: string, segments: readonly number[], severity?: Severity): Flag {
  const def = (FLAG_DEFS as Record<string, { severity: Severity }>)[id];
  return { id, severity: severity ?? def?.severity ?? 'warning', message, segments: [...segments] };
}

/** Whether a segment is care performed today (the segments most flags are about). */
export const performed = (s: Segment) => s.status === 'performed';

/** Indices of the segments `keep` accepts: the segments a flag is about. */
export function indices(segments: readonly Segment[], keep: (s: Segment) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < segments.length; i++) if (keep(segments[i] as Segment)) out.push(i);
  return out;
}

/**
 * One flag per id, in first-seen order: messages that differ are joined, segments united and sorted,
 * and a warning outranks an info note.
 */
export function mergeFlags(flags: readonly Flag[]): Flag[] {
  const byId = new Map<string, { flag: Flag; messages: Set<string>; segments: Set<number> }>();
  for (const f of flags) {
    const prev = byId.get(f.id);
    if (!prev) {
      byId.set(f.id, { flag: { ...f }, messages: new Set([f.message]), segments: new Set(f.segments) });
      continue;
    }
    // Sets keep merging linear however many findings of one kind a long note raises.
    if (!prev.messages.has(f.message)) {
      prev.messages.add(f.message);
      prev.flag.message = `${prev.flag.message} · ${f.message}`;
    }
    if (f.severity === 'warning') prev.flag.severity = 'warning';
    for (const s of f.segments) prev.segments.add(s);
  }
  return [...byId.values()].map((e) => ({ ...e.flag, segments: [...e.segments].sort((a, b) => a - b) }));
}
