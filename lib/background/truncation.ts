/**
 * A note can be cut twice: by the content script (the message limit) and by the engine (its analysis
 * limit). The sidebar must say how much was analysed of the note's real length, not of what arrived.
 */
import type { Analysis, Flag } from '../contracts/analysis';
// the same cut the engine made, through its public face
import { cutPoint } from '../engine';

const fmt = (n: number) => n.toLocaleString('en-US');

/** The flag that says how much of a too-long note was analysed. */
export function truncationFlag(analysed: number, full: number): Flag {
  return {
    id: 'note.truncated',
    severity: 'warning',
    message: `Note is too long: analysed the first ${fmt(analysed)} of ${fmt(full)} characters.`,
    segments: [],
  };
}

/**
 * The analysis and text to deliver: when anything was cut, one truncation flag with the real
 * length, and only the analysed text (all offsets lie inside it; the rest need not cross frames).
 */
export function reportTruncation(
  analysis: Analysis,
  text: string,
  fullLength?: number,
): { analysis: Analysis; text: string } {
  const analysed = cutPoint(text);
  const full = Math.max(fullLength ?? 0, text.length);
  if (analysed >= full) return { analysis, text };
  const flags = [truncationFlag(analysed, full), ...analysis.flags.filter((f) => f.id !== 'note.truncated')];
  return { analysis: { ...analysis, flags }, text: text.slice(0, analysed) };
}
