/**
 * "Typical" daily notes for the CLI throughput bench: 1–3 KB each, a header, subjective, 3–6
 * interventions with minutes (rotating and progressing, from tests/cli/fixtures/visits.ts), an
 * assessment and a plan — the size and shape of an exported PT/OT daily note.
 */
import { visitNote } from '../../cli/fixtures/visits';

const SUBJECTIVE = [
  'S: Pt reports knee stiffness after sitting through a long car ride; slept well; HEP done most days.',
  'S: Pt states she climbed the stairs at her daughter’s house with one rail and felt steadier than last week.',
  'S: Pt reports low back pain 4/10 after gardening on the weekend, eased with heat and walking.',
  'S: Pt reports no falls since last visit; uses the cane outdoors and the walker at night.',
];
const ASSESSMENT =
  'A: Pt tolerated treatment well with no increase in pain. Improved eccentric control on step-downs and a more consistent heel strike; still needs cues for trunk lean during sit to stand. Progressing toward STG of independent transfers.';
const PLAN =
  'P: Continue POC 2x/week: progress resistance and balance challenge, add community distance gait, review HEP (bridges, LAQ, tandem stance at the counter) next visit.';

/** Note i of a batch: between 1 and 3 KB. */
export function typicalNote(i: number): string {
  const p = i % 10;
  const v = Math.floor(i / 10) % 5;
  const extra = 1 + (i % 3);
  const parts = [
    visitNote(p, v),
    SUBJECTIVE[i % SUBJECTIVE.length] as string,
    ...Array.from({ length: extra }, (_, k) =>
      visitNote((p + k + 3) % 10, (v + k + 1) % 5)
        .split('\n')
        .slice(3, 6)
        .join('\n'),
    ),
    ASSESSMENT,
    PLAN,
    `Total timed minutes documented above. Electronically signed by ${p % 2 ? 'Ben Cho, DPT' : 'Ana Ruiz, PT'}.`,
  ];
  return parts.join('\n');
}
