/**
 * Reads a raw managed policy key by key. Chromium already drops schema-invalid values, but
 * Firefox enterprise policies and hand-edited registry strings reach us unchecked, so every
 * value is validated again here. Warnings name the key and what was expected — never the value,
 * which may be an internal hostname or clinic detail.
 */
import { POLICY_ONLY_SHAPE, type Policy, type PolicyKey, USER_SHAPE } from '../contracts/settings';
import { fractionToPercent } from './migrations';
import { POLICY_EXPECTS } from './texts';

export { POLICY_EXPECTS };

const SHAPE: Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }> = {
  ...USER_SHAPE,
  ...POLICY_ONLY_SHAPE,
};

/**
 * Policy values written in an older form that is still read, each with the admin-facing note saying
 * what to write instead. `uncertainBelow` was a fraction (0–1) until it became the percentage the
 * Settings page shows: 0 < x < 1 can only be the old form (a threshold under 1 % means nothing).
 */
const OLD_FORMS: Partial<Record<PolicyKey, { read: (v: unknown) => unknown; note: string }>> = {
  uncertainBelow: {
    read: (v) => (typeof v === 'number' && v > 0 && v < 1 ? fractionToPercent(v) : undefined),
    note: 'Policy "uncertainBelow" is written as a fraction (0–1, the old form) and was read as a percentage; write it as a percentage from 0 to 100 (e.g. 70).',
  },
};

export interface ParsedPolicy {
  policy: Policy;
  warnings: string[];
}

/** Only letters, digits and a few separators of an unknown key are echoed, and only 40 of them. */
function safeKeyName(key: string): string {
  return key.replace(/[^A-Za-z0-9_.-]/g, '?').slice(0, 40);
}

/** Validate a raw policy object key by key; invalid and unknown keys are dropped with a warning. */
export function parsePolicy(raw: unknown): ParsedPolicy {
  if (raw === undefined || raw === null) return { policy: {}, warnings: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { policy: {}, warnings: ['The managed policy is not an object and was ignored.'] };
  }
  const policy: Record<string, unknown> = {};
  const warnings: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const schema = Object.hasOwn(SHAPE, key) ? SHAPE[key] : undefined;
    if (!schema) {
      warnings.push(`Unknown policy key "${safeKeyName(key)}" was ignored.`);
      continue;
    }
    const old = OLD_FORMS[key as PolicyKey];
    const renewed = old?.read(value);
    if (old && renewed !== undefined) warnings.push(old.note);
    const parsed = schema.safeParse(renewed ?? value);
    if (parsed.success) policy[key] = parsed.data;
    else warnings.push(`Policy "${key}" was ignored: it must be ${POLICY_EXPECTS[key as PolicyKey]}.`);
  }
  return { policy: policy as Policy, warnings };
}
