/**
 * The therapist's written label is evidence (domain.md §12): a block labelled "TA" is 97530 unless its
 * content plainly states another intent. When the engine codes a labelled intervention otherwise, it
 * says so — naming the label and the words that decided — instead of switching silently.
 */
import type { Flag, Segment } from '../contracts/analysis';
import type { Code } from '../contracts/codes';
import { flag } from './flag-registry';
import { ONE_ON_ONE_LABEL } from './flag-rules';
import { pattern } from './pattern';

const LABEL_RULE = /^(97\d{3})\.label$/;
const CPT = pattern({
  id: 'label.cpt',
  re: /\b(97530|97110|97112|97535|97116|97140)\b/,
  examples: { positive: ['97110 (12 min): SLR 3x10'], negative: ['97150 group 30 min'] },
}).re;

/** How the label is usually written, for messages. */
const LABEL_NAMES: Record<Code, string> = {
  '97530': 'TA',
  '97110': 'Ther ex',
  '97112': 'NMR',
  '97535': 'Self-care',
  '97116': 'Gait',
  '97140': 'Manual',
  '97150': 'Group',
};

/**
 * The code a segment is written as: the label or CPT number it opens with (the label rule's code,
 * else the CPT number), else its block heading's label code.
 */
export function writtenAs(s: Segment, label: Code | null | undefined): Code | null {
  if (ONE_ON_ONE_LABEL.re.test(s.text)) {
    const cpt = CPT.exec(s.text);
    if (cpt) return cpt[1] as Code;
    for (const e of s.evidence) {
      const m = LABEL_RULE.exec(e.ruleId);
      if (m) return m[1] as Code;
    }
  }
  return label ?? null;
}

const quote = (t: string) => `"${t.trim().replace(/\s+/g, ' ').slice(0, 60)}"`;

/** The words that carried the segment's code: its purpose evidence, else its strongest activity. */
function decidingWords(s: Segment, text: string): string {
  const own = s.evidence.filter((e) => e.ruleId.startsWith(`${s.code}.`) && !LABEL_RULE.test(e.ruleId));
  const purpose = own.find((e) => e.kind === 'purpose');
  if (purpose) return `the stated purpose is ${quote(text.slice(purpose.start, purpose.end))}`;
  const activity = own.find((e) => e.kind === 'activity');
  if (activity) return `the content names ${quote(text.slice(activity.start, activity.end))}`;
  return 'of what the content describes';
}

/** One flag listing the labelled interventions the content codes differently (group time has its own flag). */
export function labelFlags(segments: readonly Segment[], text: string, labels: readonly (Code | null)[]): Flag[] {
  const idx: number[] = [];
  const parts: string[] = [];
  segments.forEach((s, i) => {
    if (s.status !== 'performed' || !s.code || s.code === '97150') return;
    const written = writtenAs(s, labels[i]);
    if (!written || written === s.code) return;
    idx.push(i);
    parts.push(`labelled ${LABEL_NAMES[written]} (${written}); reads as ${s.code} because ${decidingWords(s, text)}`);
  });
  if (idx.length === 0) return [];
  const shown = parts.slice(0, 3).join('; ');
  return [
    flag(
      'label.overridden',
      `The content states another intent than the written label: ${shown}${parts.length > 3 ? '; …' : ''}. Check the label or the code.`,
      idx,
    ),
  ];
}
