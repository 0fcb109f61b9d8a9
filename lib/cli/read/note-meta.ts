/**
 * Date of service and therapist for the coder's worklist: the engine's pure reader
 * (lib/engine/note-header.ts, shared with the defense summary), plus the worklist's week key.
 */
export { dateOfService, isoDate, therapistOf, VISIT_HEADING } from '../../engine/note-header';

/** The Monday (ISO) of the week holding an ISO date: the worklist's week key. */
export function weekOf(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}
