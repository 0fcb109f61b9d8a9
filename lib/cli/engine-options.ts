/** The engine's options from the command line (the engine spells disciplines in capitals). */
import type { EngineOptions } from '../engine';
import type { Discipline } from './args';

/** `--discipline pt|ot` → EngineOptions; nothing when the note's own cues should decide. */
export function engineOptions(discipline: Discipline): EngineOptions {
  return discipline === null ? {} : { discipline: discipline === 'pt' ? 'PT' : 'OT' };
}
