/** The CPT codes TheraCode suggests, with the facts the engine and the UI share. */
import { z } from 'zod/mini';

/** The seven movement/treatment codes TheraCode can assign to a segment. */
export const CODES = ['97530', '97110', '97112', '97535', '97116', '97140', '97150'] as const;
export const CodeSchema = /* @__PURE__ */ z.enum(CODES);
export type Code = z.infer<typeof CodeSchema>;

/** Short names a therapist recognises (paraphrased; CPT descriptors are AMA-copyrighted). */
export const CODE_NAMES: Record<Code, string> = {
  '97530': 'Therapeutic activities',
  '97110': 'Therapeutic exercise',
  '97112': 'Neuromuscular re-education',
  '97535': 'Self-care / home management training',
  '97116': 'Gait training',
  '97140': 'Manual therapy',
  '97150': 'Group therapeutic procedure',
};

/** Timed (15-minute) codes enter the 8-minute-rule total; 97150 is billed per session. */
export const TIMED_CODES: ReadonlySet<Code> = new Set(['97530', '97110', '97112', '97535', '97116', '97140']);

/** Whether a code is billed in 15-minute units. */
export function isTimed(code: Code): boolean {
  return TIMED_CODES.has(code);
}
