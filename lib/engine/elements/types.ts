/** Shape of the documentation-element detectors (data files beside this one). */
import type { Element } from '../../contracts/analysis';
import type { Code } from '../../contracts/codes';
import type { Pattern } from '../pattern';

/**
 * One pattern that shows an element is documented; id `<element>.<trigger>`. Its negative examples
 * must lack the element altogether (tests/unit/ledger/detectors.test.ts), not just this pattern.
 */
export interface Detector extends Pattern {
  element: Element;
  /** Only counts for these codes (e.g. an ADL named is the purpose of self-care training). */
  codes?: readonly Code[];
}

/** Word-bounded, case-insensitive alternation from a list of regex fragments. */
export function words(...parts: string[]): RegExp {
  return new RegExp(String.raw`\b(?:${parts.join('|')})(?![\w])`, 'i');
}
