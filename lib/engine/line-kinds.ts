/**
 * Lines of a note that are bookkeeping or scores, never an intervention, in real EHR exports: SNF
 * therapy-mode minute logs and assessment-instrument items (OASIS, MDS section GG). Segmentation skips them.
 */
import { pattern } from './pattern';

/**
 * A therapy-mode minute log (SNF/MDS style: "Individual: 41  Concurrent: 0  Group: 0"): two or more mode
 * counts on one line are the visit's bookkeeping, not an intervention, so the line is not read.
 */
export const MODE_LOG = pattern({
  id: 'segment.mode-minute-log',
  re: /\b(?:individual|concurrent|group|co-?treat(?:ment)?)(?:\s+(?:minutes|mins?|tx|therapy))?\s*[:=]?\s*\d{1,3}\b(?:\s*min(?:ute)?s?\b)?[\s|,;/]+(?:[a-z ]{0,20}[|,;/]\s*)?(?:individual|concurrent|group|co-?treat(?:ment)?)(?:\s+(?:minutes|mins?|tx|therapy))?\s*[:=]?\s*\d/i,
  examples: {
    positive: ['Individual min: 38 / Concurrent min: 0 / Group min: 12', 'Individual 25 min | Group 30 min'],
    negative: ['Group of 3 pts: seated marching 2x15, 30 min', 'Individual tx 15 min: STS x10 for toilet transfers'],
  },
});

/**
 * An assessment-instrument item scored on the line (OASIS "M1860 Ambulation: 2", MDS section GG
 * "GG0170C Lying to sitting: 04"): a score, never an intervention, so the line is not read.
 */
export const ITEM_SCORE = pattern({
  id: 'segment.instrument-item',
  re: /^\W*(?:oasis\b[^\n]*\b(?:M|GG)\d{4}|(?:M|GG)\d{4}[A-Z]?\d?\b\s*[-–:.]?\s*[A-Za-z])/i,
  examples: {
    positive: ['M1850 Transferring: 1 - able to transfer with minimal assistance', 'OASIS reviewed: M1800 1 | M1830 2'],
    negative: ['Transfer training: bed to w/c x5, CGA, 12 min', 'Mod I with M-F HEP schedule'],
  },
});
