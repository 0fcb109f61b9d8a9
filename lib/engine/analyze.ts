/** First slice of the pipeline: sentence segments, keyword + purpose scoring for 97530/97110/97112. */
import type { Analysis, Segment } from '../contracts/analysis';
import type { Code } from '../contracts/codes';
import { findMissing } from './completeness';
import { findFlags } from './flags';
import { noteHash } from './hash';
import { buildLedger } from './ledger';
import type { EngineOptions } from './options';

export const RULESET_VERSION = '2026.11.0';

const RULES: { id: string; code: Code; re: RegExp; weight: number; kind: 'activity' | 'purpose' }[] = [
  {
    id: '97530.functional',
    code: '97530',
    re: /\b(functional|transfers?|to simulate|lift(ing)?|carry(ing)?)\b/gi,
    weight: 2,
    kind: 'purpose',
  },
  {
    id: '97110.strength',
    code: '97110',
    re: /\b(strength(en(ing)?)?|rom|endurance|flexibility|ther ?ex)\b/gi,
    weight: 2,
    kind: 'purpose',
  },
  {
    id: '97112.balance',
    code: '97112',
    re: /\b(balance|proprioception|postural control|coordination)\b/gi,
    weight: 2,
    kind: 'purpose',
  },
];

/** Analyse a note. */
export function analyze(text: string, _options: EngineOptions = {}): Analysis {
  const segments: Segment[] = [];
  const re = /[^\n.]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const scores = new Map<Code, number>();
    const evidence: Segment['evidence'] = [];
    for (const rule of RULES) {
      for (const hit of m[0].matchAll(rule.re)) {
        scores.set(rule.code, (scores.get(rule.code) ?? 0) + rule.weight);
        const start = m.index + (hit.index ?? 0);
        evidence.push({ start, end: start + hit[0].length, ruleId: rule.id, kind: rule.kind });
      }
    }
    const ranked = [...scores].sort((a, b) => b[1] - a[1]);
    const top = ranked[0];
    const mins = /(\d+)\s*min/i.exec(m[0]);
    segments.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      status: top ? 'performed' : 'other',
      code: top ? top[0] : null,
      alternatives: ranked.slice(1).map(([code, s]) => ({ code, score: Math.min(1, s / 10) })),
      confidence: top ? 0.6 : 0,
      minutes: mins ? Number(mins[1]) : null,
      evidence,
      why: top ? `${top[0]}: keyword match.` : 'No intervention recognised.',
    });
  }
  const ledger = buildLedger(segments, text);
  const suggested = [...ledger.codes].sort((a, b) => (b.minutes ?? 0) - (a.minutes ?? 0))[0]?.code ?? null;
  return {
    schemaVersion: 1,
    rulesetVersion: RULESET_VERSION,
    noteHash: noteHash(text),
    segments,
    codes: ledger.codes,
    totals: ledger.totals,
    suggested,
    missing: findMissing(segments, text),
    flags: [...ledger.flags, ...findFlags(segments, text, ledger.codes)],
  };
}
