/** All element detectors in one list, keyed by element for the completeness check. */
import type { Element } from '../../contracts/analysis';
import { patterns } from '../pattern';
import { ACTIVITY_DETECTORS } from './activity';
import { DOSAGE_DETECTORS, RESPONSE_DETECTORS, SKILL_DETECTORS } from './dosage-skill-response';
import { PURPOSE_DETECTORS, REGION_DETECTORS } from './region-purpose';
import type { Detector } from './types';

/** Every detector, for tests and for building the per-element index. */
export const DETECTORS: readonly Detector[] = patterns([
  ...ACTIVITY_DETECTORS,
  ...REGION_DETECTORS,
  ...PURPOSE_DETECTORS,
  ...DOSAGE_DETECTORS,
  ...SKILL_DETECTORS,
  ...RESPONSE_DETECTORS,
]);

/** Detectors grouped by the element they show. */
export const DETECTORS_BY_ELEMENT: ReadonlyMap<Element, readonly Detector[]> = DETECTORS.reduce((m, d) => {
  m.set(d.element, [...(m.get(d.element) ?? []), d]);
  return m;
}, new Map<Element, Detector[]>());

export { SESSION_RESPONSE, SESSION_RESPONSE_OUTSIDE } from './dosage-skill-response';
export { HINTS, MESSAGES, REQUIRED } from './requirements';
export type { Detector } from './types';
