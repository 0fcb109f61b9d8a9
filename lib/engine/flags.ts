/**
 * Note-level audit flags (domain.md §6 and §8, issue #4). Each flag has a stable id, a severity, a
 * message a coder understands and the indices of the segments it is about.
 */
import type { CodeLine, Flag, Segment } from '../contracts/analysis';
import type { Code } from '../contracts/codes';
import { careFlags } from './care-flags';
import { blocksOf, hasElement } from './completeness';
import { flag, indices, performed } from './flag-registry';
import { GROUP_LANGUAGE, OT_DISCIPLINE, PT_DISCIPLINE } from './flag-rules';
import { labelFlags, writtenAs } from './label-flags';
import type { NcciPair } from './ncci';
import { ncciFlags } from './ncci-flags';
import type { Discipline } from './options';
import { unitMentions } from './units-in-note';

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
    if (!code || code === '97150') return;
    mislabelled.push(i);
    as.add(code);
  });
  const flags: Flag[] = [];
  if (oneOnOne.length > 0) {
    const codes = [...new Set(oneOnOne.map((i) => segments[i]?.code))].join(', ');
    flags.push(
      flag(
        'group-language',
        `One-on-one code(s) ${codes} are written with group language (group, concurrent, several patients); one-on-one codes need direct one-on-one contact.`,
        oneOnOne,
      ),
    );
  }
  if (mislabelled.length > 0)
    flags.push(
      flag(
        'group-language.mislabelled',
        `Written as one-on-one ${[...as].join(', ')} but described as group treatment (group, concurrent, several patients): coded 97150 here; one-on-one codes need direct one-on-one contact, so the note mislabels group time.`,
        mislabelled,
      ),
    );
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
      flags.push(
        flag(
          'units-instead-of-minutes',
          `"${m.raw}" records units without minutes; timed services are billed from the minutes, so record the minutes.`,
          where,
        ),
      );
      continue;
    }
    if (m.code === null || (line !== undefined && !line.timed)) continue;
    const allowed = m.code === 'total' ? totalCms : (line?.units.cms ?? 0);
    if (m.units > allowed) {
      const what = m.code === 'total' ? 'in total' : `of ${m.code}`;
      flags.push(
        flag(
          'units.note-overstated',
          `The note writes ${m.units} unit(s) ${what} ("${m.raw}"), but the documented minutes support ${allowed} under the CMS 8-minute rule.`,
          where,
        ),
      );
    }
  }
  return flags;
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
      flag(
        'discipline.mixed',
        `This is a ${own} note (billed under ${mod}) but it carries ${otherName} cues; each discipline is billed under its own plan of care and timed total.`,
        indices(segments, (s) => other.re.test(s.text)),
      ),
    ];
  }
  if (!PT_DISCIPLINE.re.test(text) || !OT_DISCIPLINE.re.test(text)) return [];
  return [
    flag(
      'discipline.mixed',
      'The note mixes PT and OT cues (GP/GO modifiers or plans of care); each discipline is billed under its own plan of care and timed total.',
      indices(segments, (s) => PT_DISCIPLINE.re.test(s.text) || OT_DISCIPLINE.re.test(s.text)),
    ),
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
    flag(
      'documentation.vague',
      `Intervention named only generically (${quoted}${blocks.length > 3 ? ', …' : ''}): nothing says what exercise, task or technique was done, so a reviewer cannot match it to the billed code.`,
      blocks.flatMap((b) => b.segments),
    ),
  ];
}

/**
 * Flags about the note as a whole; `labels[i]` is the code of segment i's block heading, if any.
 * NCCI pairs (from the NCCI table), group language, written labels the content overrides, units in
 * the note, co-treatment/aide/unskilled care, vagueness. */
export function findFlags(
  segments: readonly Segment[],
  text: string,
  codes: readonly CodeLine[],
  labels: readonly (Code | null)[] = [],
  discipline?: Discipline,
  ncci?: readonly NcciPair[],
): Flag[] {
  return [
    ...ncciFlags(segments, text, ncci),
    ...groupLanguage(segments, labels),
    ...labelFlags(segments, text, labels),
    ...writtenUnits(segments, text, codes),
    ...careFlags(segments, text),
    ...disciplineMixed(segments, text, discipline),
    ...vague(segments, text),
  ];
}
