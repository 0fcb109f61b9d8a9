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
  {
    // Timed services with their own codes (not modalities, but counted the same way): exercise in a pool
    // is aquatic therapy 97113, not 97110 (domain.md §9); "pool noodle" on land is a toy.
    id: 'service.aquatic',
    code: null,
    kind: 'context',
    weight: 0,
    role: 'untimed',
    modality: '97113',
    notBefore: ['noodle', 'noodles'],
    terms: [
      'aquatic therapy',
      'aquatic',
      'aquatics',
      'aqua therapy',
      'aquatic pt',
      'pool therapy',
      'pool session',
      'pool',
      'in pool',
      'deep water',
      'water walking',
      '97113',
    ],
    examples: {
      positive: ['Pool session 30 min: water walking and squats in chest-deep water for LE strength.'],
      negative: ['Seated on pool noodle on mat, reaching across midline for trunk control.'],
    },
  },
  {
    // Fitting, adjusting or fabricating a splint/orthosis is orthotic management (97760/97763); walking
    // with an orthosis is gait training (97116), so a walking word after it keeps the gait reading.
    id: 'service.orthotic',
    code: null,
    kind: 'context',
    weight: 0,
    role: 'untimed',
    modality: '97760',
    notBefore: ['gait', 'ambulation', 'amb', 'walking', 'on', 'donned', 'in', 'intact'],
    terms: [
      'orthosis',
      'orthoses',
      'orthotic',
      'orthotic fabrication',
      'orthotic management',
      'orthotic fitting',
      'splint',
      'splints',
      'splinting',
      'splint fabrication',
      'thermoplastic',
      '97760',
      '97763',
    ],
    examples: {
      positive: ['Fabricated thermoplastic resting hand splint L, fit checked, wear schedule reviewed, 25 min.'],
      negative: ['Gait training w/ new L AFO 2 x 100 ft, cues for knee control.'],
    },
  },
  {
    // Seating, positioning and wheelchair fitting are wheelchair management (97542), not a movement code.
    id: 'service.wheelchair',
    code: null,
    kind: 'context',
    weight: 0,
    role: 'untimed',
    modality: '97542',
    terms: [
      'wheelchair management',
      'w c management',
      'wc management',
      'wheelchair seating',
      'w c seating',
      'seating assessment',
      'seating and positioning',
      'seating system',
      'pressure mapping',
      'wheelchair fitting',
      'wheelchair assessment',
      '97542',
    ],
    examples: {
      positive: ['W/c management 20 min: adjusted footrests and backrest angle, pressure mapping on cushion.'],
      negative: ['Slide board transfers w/c to mat x4, min A, so pt can get into her car.'],
    },
  },
];

/** The attended modalities' and other timed services' codes, for the ledger (outside the Analysis `codes` enum on purpose). */
export type ModalityCode = '97035' | '97032' | '97033' | '97113' | '97542' | '97760';

/** What a coder calls each one. */
export const MODALITY_NAMES: Record<ModalityCode, string> = {
  '97035': 'Ultrasound',
  '97032': 'Attended e-stim',
  '97033': 'Iontophoresis',
  '97113': 'Aquatic therapy',
  '97542': 'Wheelchair management',
  '97760': 'Orthotic management and training',
};

/** Rule id → modality code. */
export const MODALITY_BY_RULE: ReadonlyMap<string, ModalityCode> = new Map(
  RULES_MODALITIES.map((r) => [r.id, r.modality as ModalityCode]),
);
