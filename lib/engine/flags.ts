/**
 * Note-level audit flags (domain.md §6 and §8, issue #4). Each flag has a stable id, a severity, a
 * message a coder understands and the indices of the segments it is about.
 */
import type { CodeLine, Flag, Segment } from '../contracts/analysis';
import type { Code } from '../contracts/codes';
import { blocksOf, hasElement } from './completeness';
import { DETECTORS_BY_ELEMENT } from './elements';
import {
  CLOCK_RANGE,
  GROUP_LANGUAGE,
  INDEPENDENT_HEP,
  ONE_ON_ONE_LABEL,
  OT_DISCIPLINE,
  PT_DISCIPLINE,
  REEVAL,
  REEVAL_FUTURE,
  WALK_FOR_DISTANCE,
} from './flag-rules';
import type { Discipline } from './options';
import { unitMentions } from './units-in-note';

const performed = (s: Segment) => s.status === 'performed';
const usable = (m: number | null) => m !== null && Number.isFinite(m) && m >= 0;
function indices(segments: readonly Segment[], keep: (s: Segment) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < segments.length; i++) if (keep(segments[i] as Segment)) out.push(i);
  return out;
}

/** 97140 + 97530: an NCCI pair; modifier 59 needs each in its own time block. */
function ncciManualTa(segments: readonly Segment[]): Flag[] {
  const of = (c: Code) => indices(segments, (s) => performed(s) && s.code === c);
  const manual = of('97140');
  const ta = of('97530');
  if (manual.length === 0 || ta.length === 0) return [];
  const ownTime = (idx: number[]) =>
    idx.some((i) => usable(segments[i]?.minutes ?? null) || CLOCK_RANGE.re.test(segments[i]?.text ?? ''));
  const distinct = ownTime(manual) && ownTime(ta);
  return [
    {
      id: 'ncci.97140-97530',
      severity: distinct ? 'info' : 'warning',
      message: distinct
        ? '97140 and 97530 in one note are an NCCI pair: modifier 59 needs distinct time blocks, and separate blocks appear documented (each has its own minutes or clock times).'
        : '97140 and 97530 in one note are an NCCI pair: modifier 59 needs distinct time blocks, and the note does not show separate minutes or clock times for each.',
      segments: [...manual, ...ta].sort((a, b) => a - b),
    },
  ];
}

/** Whether `at` falls inside a segment that is not about today's care (a plan, goal, history …). */
function insideNonPerformed(segments: readonly Segment[], at: number): boolean {
  return segments.some((s) => !performed(s) && s.status !== 'other' && at >= s.start && at < s.end);
}

/** 97530 or 97150 with a re-evaluation the same day: an NCCI pair needing 59/X. */
function ncciReeval(segments: readonly Segment[], text: string): Flag[] {
  const pair = indices(segments, (s) => performed(s) && (s.code === '97530' || s.code === '97150'));
  if (pair.length === 0) return [];
  const re = new RegExp(REEVAL.re.source, 'gi');
  const today = [...text.matchAll(re)].some((m) => {
    const at = m.index ?? 0;
    // The clause around the mention: a plan or due date means it is not today's service.
    const around = text.slice(Math.max(0, at - 30), at + m[0].length + 40).split(/[.;\n]/);
    const clause = around.find((c) => c.includes(m[0])) ?? '';
    return !insideNonPerformed(segments, at) && !REEVAL_FUTURE.re.test(clause);
  });
  if (!today) return [];
  return [
    {
      id: 'ncci.reeval-pair',
      severity: 'warning',
      message:
        'A re-evaluation (97164/97168) with 97530 or 97150 on the same date is an NCCI pair: it needs modifier 59/X and distinct services.',
      segments: pair,
    },
  ];
}

const LABEL_RULE = /^(97530|97110|97112|97535|97140)\.label$/;

/**
 * The one-on-one code a group-language segment is written as: the label or CPT number it opens with
 * (the label rule's code, else the CPT number), else its one-on-one heading's code.
 */
function writtenAs(s: Segment, label: Code | null | undefined): Code | null {
  if (ONE_ON_ONE_LABEL.re.test(s.text)) {
    const cpt = /\b(97530|97110|97112|97535|97116|97140)\b/.exec(s.text);
    if (cpt) return cpt[1] as Code;
    for (const e of s.evidence) {
      const m = LABEL_RULE.exec(e.ruleId);
      if (m) return m[1] as Code;
    }
  }
  return label && label !== '97150' ? label : null;
}

/**
 * One-on-one codes written with language about several patients at once. Group words make the engine
 * code the segment 97150 (domain.md §11), so the flag also covers a 97150 segment written under a
 * one-on-one label or CPT number ("Ther ex concurrently w/ 2 other pts"): the note mislabels group time.
 */
function groupLanguage(segments: readonly Segment[], labels: readonly (Code | null)[]): Flag[] {
  const oneOnOne = indices(
    segments,
    (s) => performed(s) && s.code !== null && s.code !== '97150' && GROUP_LANGUAGE.re.test(s.text),
  );
  const mislabelled: number[] = [];
  const as = new Set<Code>();
  segments.forEach((s, i) => {
    if (!performed(s) || s.code !== '97150' || !GROUP_LANGUAGE.re.test(s.text)) return;
    const code = writtenAs(s, labels[i]);
    if (!code) return;
    mislabelled.push(i);
    as.add(code);
  });
  const flags: Flag[] = [];
  if (oneOnOne.length > 0) {
    const codes = [...new Set(oneOnOne.map((i) => segments[i]?.code))].join(', ');
    flags.push({
      id: 'group-language',
      severity: 'warning',
      message: `One-on-one code(s) ${codes} are written with group language (group, concurrent, several patients); one-on-one codes need direct one-on-one contact.`,
      segments: oneOnOne,
    });
  }
  if (mislabelled.length > 0)
    flags.push({
      id: 'group-language',
      severity: 'warning',
      message: `Written as one-on-one ${[...as].join(', ')} but described as group treatment (group, concurrent, several patients): coded 97150 here; one-on-one codes need direct one-on-one contact, so the note mislabels group time.`,
      segments: mislabelled,
    });
  return flags;
}

/** Segments overlapping [start, end) by offset. */
const segmentsAt = (segments: readonly Segment[], start: number, end: number) =>
  indices(segments, (s) => s.start < end && start < s.end);

/** Units written in the note: without minutes, or more than the minutes support under CMS. */
function writtenUnits(segments: readonly Segment[], text: string, codes: readonly CodeLine[]): Flag[] {
  const flags: Flag[] = [];
  const totalCms = codes.reduce((t, c) => t + (c.timed ? c.units.cms : 0), 0);
  for (const m of unitMentions(text)) {
    if (m.code === '97150') continue; // group therapy is one unit per session, not billed from minutes
    const line = m.code === null || m.code === 'total' ? undefined : codes.find((c) => c.code === m.code);
    const where = segmentsAt(segments, m.start, m.end);
    if (m.code !== 'total' && !m.lineHasMinutes && (line === undefined || line.minutes === null)) {
      flags.push({
        id: 'units-instead-of-minutes',
        severity: 'warning',
        message: `"${m.raw}" records units without minutes; timed services are billed from the minutes, so record the minutes.`,
        segments: where,
      });
      continue;
    }
    if (m.code === null || (line !== undefined && !line.timed)) continue;
    const allowed = m.code === 'total' ? totalCms : (line?.units.cms ?? 0);
    if (m.units > allowed) {
      const what = m.code === 'total' ? 'in total' : `of ${m.code}`;
      flags.push({
        id: 'units.note-overstated',
        severity: 'warning',
        message: `The note writes ${m.units} unit(s) ${what} ("${m.raw}"), but the documented minutes support ${allowed} under the CMS 8-minute rule.`,
        segments: where,
      });
    }
  }
  return flags;
}

const SKILL = DETECTORS_BY_ELEMENT.get('skilled-input') ?? [];
// Literal pre-check so the two-sided patterns below run only on the few segments that could match.
const MAYBE_UNSKILLED = /walk|amb|HEP|home/i;

/** Walking only for distance/endurance, or an independent home program repeated, with no skill shown. */
function possiblyUnskilled(segments: readonly Segment[]): Flag[] {
  const hits = indices(
    segments,
    (s) =>
      performed(s) &&
      MAYBE_UNSKILLED.test(s.text) &&
      (WALK_FOR_DISTANCE.re.test(s.text) || INDEPENDENT_HEP.re.test(s.text)) &&
      !SKILL.some((d) => d.re.test(s.text)),
  );
  if (hits.length === 0) return [];
  return [
    {
      id: 'skill.possibly-unskilled',
      severity: 'warning',
      message:
        "Walking only for distance/endurance or repeating a home program the patient does independently may not be skilled care; nothing here shows the therapist's skill.",
      segments: hits,
    },
  ];
}

/**
 * PT and OT cues (GP and GO, PT and OT plan of care) in one note: disciplines are billed apart. With a
 * known discipline, only the other discipline's cues are a mix ("GO" in a PT note).
 */
function disciplineMixed(segments: readonly Segment[], text: string, discipline: Discipline | undefined): Flag[] {
  if (discipline) {
    const other = discipline === 'PT' ? OT_DISCIPLINE : PT_DISCIPLINE;
    if (!other.re.test(text)) return [];
    const [own, mod, otherName] = discipline === 'PT' ? ['PT', 'GP', 'OT (GO)'] : ['OT', 'GO', 'PT (GP)'];
    return [
      {
        id: 'discipline.mixed',
        severity: 'warning',
        message: `This is a ${own} note (billed under ${mod}) but it carries ${otherName} cues; each discipline is billed under its own plan of care and timed total.`,
        segments: indices(segments, (s) => other.re.test(s.text)),
      },
    ];
  }
  if (!PT_DISCIPLINE.re.test(text) || !OT_DISCIPLINE.re.test(text)) return [];
  return [
    {
      id: 'discipline.mixed',
      severity: 'warning',
      message:
        'The note mixes PT and OT cues (GP/GO modifiers or plans of care); each discipline is billed under its own plan of care and timed total.',
      segments: indices(segments, (s) => PT_DISCIPLINE.re.test(s.text) || OT_DISCIPLINE.re.test(s.text)),
    },
  ];
}

/** `s` cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max);
  return `${(cut > 0 ? s.slice(0, cut) : s.slice(0, max)).replace(/[\s,;:.-]+$/, '')}…`;
}

/** Interventions named only generically ("ther ex performed", "TA as tolerated", "NMR"). */
function vague(segments: readonly Segment[], text: string): Flag[] {
  const blocks = blocksOf(segments, text).filter((b) => !hasElement(b, 'activity'));
  if (blocks.length === 0) return [];
  const quoted = blocks
    .slice(0, 3)
    .map((b) => `"${clip(b.text.replace(/\s+/g, ' ').trim(), 40)}"`)
    .join(', ');
  return [
    {
      id: 'documentation.vague',
      severity: 'warning',
      message: `Intervention named only generically (${quoted}${blocks.length > 3 ? ', …' : ''}): nothing says what exercise, task or technique was done, so a reviewer cannot match it to the billed code.`,
      segments: blocks.flatMap((b) => b.segments),
    },
  ];
}

/**
 * Flags about the note as a whole; `labels[i]` is the code of segment i's block heading, if any.
 * NCCI pairs, group language, units in the note, unskilled care, vagueness. */
export function findFlags(
  segments: readonly Segment[],
  text: string,
  codes: readonly CodeLine[],
  labels: readonly (Code | null)[] = [],
  discipline?: Discipline,
): Flag[] {
  return [
    ...ncciManualTa(segments),
    ...ncciReeval(segments, text),
    ...groupLanguage(segments, labels),
    ...writtenUnits(segments, text, codes),
    ...possiblyUnskilled(segments),
    ...disciplineMixed(segments, text, discipline),
    ...vague(segments, text),
  ];
}
