/** One sentence per statement that a coder can check against the note. */
import type { SegmentStatus } from '../contracts/analysis';
import { CODE_NAMES, type Code } from '../contracts/codes';
import type { Verdict } from './classify';
import { pattern } from './pattern';

const PURPOSE_WORDS: Record<Code, string> = {
  '97530': 'a functional task',
  '97110': 'strength, range of motion, endurance or flexibility',
  '97112': 'balance, coordination, proprioception or postural control',
  '97535': 'self-care or home-management training',
  '97116': 'gait',
  '97140': 'pain, mobility or edema through manual technique',
  '97150': 'group treatment',
};

/** What a decisive rule's hit is, by rule id: the sentence names the cue that actually decided. */
const DECISIVE_WORDS: Record<string, string> = {
  '97150.group': 'group language',
  '97535.adaptive-equipment': 'training with adaptive equipment',
  '97535.caregiver': 'caregiver/family training',
  '97140.joint-mobs': 'a joint mobilisation/manipulation technique',
  '97140.soft-tissue': 'a soft-tissue technique',
  '97140.mld-traction': 'manual lymph drainage or manual traction',
};

/** Fallback for decisive rules not listed above (e.g. added later). */
const DECISIVE_BY_CODE: Partial<Record<Code, string>> = {
  '97150': 'group language',
  '97140': 'a manual-therapy technique',
  '97535': 'self-care training',
};

const STATUS_WORDS: Record<Exclude<SegmentStatus, 'performed'>, string> = {
  negated: 'the intervention was not done (refused, held or deferred)',
  planned: 'it is a plan for a later visit',
  history: 'it describes history or prior level of function',
  goal: 'it is a goal',
  other: 'it is not a billable intervention here (report, assessment, conversation or unsupervised time)',
};

const AIDE = pattern({
  id: 'why.aide',
  re: /\b(?:aides?|tech|technician)\b/i,
  examples: { positive: ['Rehab aide'], negative: ['technique'] },
}).re;

/** Whitespace that `q` would change: a run of two or more, or a tab or line break. */
const LOOSE_SPACE = /\s\s|[^\S ]/;
const q = (s: string) => {
  const t = s.trim();
  return `"${(LOOSE_SPACE.test(t) ? t.replace(/\s+/g, ' ') : t).slice(0, 80)}"`;
};

/** Why a performed statement got its code (or none). */
export function whyCoded(v: Verdict, text: string, blockLabel: Code | null): string {
  if (!v.code) return 'No intervention the engine can code was recognised.';
  const name = CODE_NAMES[v.code];
  if (v.decisive) {
    const what = DECISIVE_WORDS[v.decisive.rule.id] ?? DECISIVE_BY_CODE[v.code] ?? 'a deciding term';
    return `${v.code} (${name}): ${what} — ${q(text.slice(v.decisive.start, v.decisive.end))} — decides the code whatever the activity or goal.`;
  }
  if (v.walkOnly) {
    const p = v.purpose ? ` — ${q(text.slice(v.purpose.start, v.purpose.end))}` : '';
    return `97110 at most: walking only for distance or endurance is not gait training and may be unskilled${p}.`;
  }
  if (v.confidence < 0.6 && v.alternatives.length > 0) {
    const other = v.alternatives[0]?.code;
    if (other)
      return `Close call between ${v.code} and ${other}: the note does not say enough to choose; state the purpose or what was taught.`;
  }
  if (v.purpose) {
    const p = q(text.slice(v.purpose.start, v.purpose.end));
    if (v.usual && v.usual !== v.code)
      return `${v.code} rather than ${v.usual}: the stated purpose is ${PURPOSE_WORDS[v.code]} — ${p}.`;
    return `${v.code} (${name}): the stated purpose is ${PURPOSE_WORDS[v.code]} — ${p}.`;
  }
  // A purpose the note states but that names no other code's goal: quote it, never "no purpose is stated".
  const stated = v.stated
    ? `the stated purpose ${q(text.slice(v.stated.start, v.stated.end))} does not point to another code`
    : 'no purpose is stated';
  if (v.activity && v.activity.rule.role !== 'label')
    return `${v.code} (${name}): ${q(text.slice(v.activity.start, v.activity.end))} is usually ${name.toLowerCase()}; ${stated}.`;
  if (blockLabel === v.code) return `${v.code} (${name}): listed under the therapist's ${v.code} heading; ${stated}.`;
  return `${v.code} (${name}): named by the note's label only; the activity and purpose are not described.`;
}

/** Why a statement has no code. */
export function whyNot(status: SegmentStatus, detail: string | null, text: string): string {
  if (detail) return detail;
  if (status === 'performed') return 'No intervention the engine can code was recognised.';
  if (status === 'other' && AIDE.test(text))
    return `Not coded: delivered or supervised by an aide or technician (${q(text)}), which is not skilled therapy; its minutes are not billable timed minutes.`;
  return `Not coded: ${STATUS_WORDS[status]}${text ? ` (${q(text)})` : ''}.`;
}
