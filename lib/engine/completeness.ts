/** Missing documentation elements per code (domain.md §7 matrix). STUB — issue #4 fills it in. */
import type { Missing, Segment } from '../contracts/analysis';

/** The elements each performed, coded segment still lacks; `text` is the whole note (session-wide response). */
export function findMissing(_segments: readonly Segment[], _text: string): Missing[] {
  return [];
}
