/**
 * Attended, timed (15-minute) modalities: not among the seven codes, but their minutes count toward the
 * CMS timed total and compete for its units (manual §20.2 example 4: 97035 ultrasound 8 min). Supervised
 * ones (hot/cold pack 97010, unattended e-stim 97014/G0283) stay in `context.untimed`. Data only.
 */
import type { Rule } from './types';

export const RULES_MODALITIES: readonly Rule[] = [
  {
    id: 'modality.ultrasound',
    code: null,
    kind: 'context',
    weight: 0,
    role: 'untimed',
    modality: '97035',
    terms: [
      'ultrasound',
      'therapeutic ultrasound',
      'pulsed ultrasound',
      'continuous ultrasound',
      'us 1',
      'us 3',
      'pulsed us',
      'continuous us',
      'phonophoresis',
      '97035',
    ],
    examples: {
      positive: ['Ultrasound 1 MHz 1.0 W/cm2 to L lateral epicondyle 8 min.'],
      negative: ['MHP to L knee x10 min in supine.'],
    },
  },
  {
    id: 'modality.attended-estim',
    code: null,
    kind: 'context',
    weight: 0,
    role: 'untimed',
    modality: '97032',
    terms: [
      'attended e stim',
      'attended estim',
      'attended electrical stimulation',
      'manual e stim',
      'manual electrical stimulation',
      '97032',
    ],
    examples: {
      positive: ['Attended e-stim to R VMO 10 min during quad sets, therapist adjusting intensity.'],
      negative: ['Unattended e-stim (IFC) to lumbar paraspinals 15 min.'],
    },
  },
  {
    id: 'modality.iontophoresis',
    code: null,
    kind: 'context',
    weight: 0,
    role: 'untimed',
    modality: '97033',
    terms: ['iontophoresis', 'ionto', '97033'],
    examples: {
      positive: ['Iontophoresis w/ dexamethasone to R lateral epicondyle 12 min.'],
      negative: ['Paraffin to B hands 10 min.'],
    },
  },
];

/** The attended modalities' codes, for the ledger (outside the Analysis `codes` enum on purpose). */
export type ModalityCode = '97035' | '97032' | '97033';

/** What a coder calls each one. */
export const MODALITY_NAMES: Record<ModalityCode, string> = {
  '97035': 'Ultrasound',
  '97032': 'Attended e-stim',
  '97033': 'Iontophoresis',
};

/** Rule id → modality code. */
export const MODALITY_BY_RULE: ReadonlyMap<string, ModalityCode> = new Map(
  RULES_MODALITIES.map((r) => [r.id, r.modality as ModalityCode]),
);
