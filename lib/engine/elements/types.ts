/** Shape of the documentation-element detectors (data files beside this one). */
import type { Element } from '../../contracts/analysis';
import type { Code } from '../../contracts/codes';

/** One pattern that shows an element is documented. */
export interface Detector {
  /** Stable id `<element>.<trigger>`. */
  id: string;
  element: Element;
  re: RegExp;
  /** Only counts for these codes (e.g. an ADL named is the purpose of self-care training). */
  codes?: readonly Code[];
  /** Text the pattern must find, and text it must not (both asserted by the unit tests). */
  example: string;
  nonExample: string;
}

/** Word-bounded, case-insensitive alternation from a list of regex fragments. */
export function words(...parts: string[]): RegExp {
  return new RegExp(String.raw`\b(?:${parts.join('|')})(?![\w])`, 'i');
}
