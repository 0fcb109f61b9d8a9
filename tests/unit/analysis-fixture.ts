/** Hand-built Analysis objects, so billed/defense tests do not depend on the engine's classifier. */
import type { Analysis, CodeLine, Flag, Segment } from '../../lib/contracts/analysis';
import type { Code } from '../../lib/contracts/codes';

/** A note and its analysis built from `[code, minutes, sentence, evidenceWords]` rows. */
export function craft(
  rows: [Code, number | null, string, string[]][],
  units: Partial<Record<Code, { cms: number; ama: number }>>,
  flags: Flag[] = [],
): { text: string; analysis: Analysis } {
  let text = '';
  const segments: Segment[] = [];
  for (const [code, minutes, sentence, words] of rows) {
    const start = text.length;
    text += `${sentence}\n`;
    segments.push({
      start,
      end: start + sentence.length,
      text: sentence,
      status: 'performed',
      code,
      alternatives: [],
      confidence: 0.9,
      minutes,
      evidence: words.map((w) => {
        const at = start + sentence.indexOf(w);
        return { start: at, end: at + w.length, ruleId: `${code}.test`, kind: 'purpose' as const };
      }),
      why: `${code}: the stated purpose is ${words[0] ?? 'unstated'}.`,
    });
  }
  const codes: CodeLine[] = [];
  for (const s of segments) {
    const code = s.code as Code;
    const prev = codes.find((c) => c.code === code);
    if (prev) prev.minutes = (prev.minutes ?? 0) + (s.minutes ?? 0);
    else codes.push({ code, minutes: s.minutes, timed: code !== '97150', units: units[code] ?? { cms: 0, ama: 0 } });
  }
  const timed = codes.filter((c) => c.timed);
  const sum = (k: 'cms' | 'ama') => timed.reduce((t, c) => t + c.units[k], 0);
  return {
    text,
    analysis: {
      schemaVersion: 1,
      rulesetVersion: '2026.11.0',
      noteHash: `sha256:${'a'.repeat(64)}`,
      segments,
      codes,
      totals: {
        timedMinutes: timed.reduce((t, c) => t + (c.minutes ?? 0), 0),
        statedTimedMinutes: null,
        units: { cms: sum('cms'), ama: sum('ama') },
      },
      suggested: codes[0]?.code ?? null,
      missing: [],
      flags,
    },
  };
}
