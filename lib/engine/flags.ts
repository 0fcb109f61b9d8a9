/** Note-level audit flags (domain.md §8, issue #4 list). STUB — issue #4 fills it in. */
import type { CodeLine, Flag, Segment } from '../contracts/analysis';

/** Flags about the note as a whole: NCCI pairs, group language, units in the note, unskilled care, vagueness. */
export function findFlags(_segments: readonly Segment[], _text: string, _codes: readonly CodeLine[]): Flag[] {
  return [];
}
