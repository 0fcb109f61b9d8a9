/**
 * Reads a raw managed policy key by key. Chromium already drops schema-invalid values, but
 * Firefox enterprise policies and hand-edited registry strings reach us unchecked, so every
 * value is validated again here. Warnings name the key and what was expected — never the value,
 * which may be an internal hostname or clinic detail.
 */
import { POLICY_ONLY_SHAPE, type Policy, type PolicyKey, USER_SHAPE } from '../contracts/settings';

const SHAPE: Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }> = {
  ...USER_SHAPE,
  ...POLICY_ONLY_SHAPE,
};

/** What each policy key expects, in words an admin can act on. */
export const POLICY_EXPECTS: Record<PolicyKey, string> = {
  unitRule: 'one of "cms", "ama", "both"',
  discipline: 'one of "PT", "OT", "detect"',
  sites: 'an object {mode: "all"|"allowList", allow: [host patterns], deny: [host patterns]}',
  autoOpen: 'true or false',
  sidebarSide: 'one of "right", "left"',
  enabledCodes: 'a list of codes among 97530, 97110, 97112, 97535, 97116, 97140, 97150',
  uncertainBelow: 'a number from 0 to 1',
  vocabulary: 'a list of {term, code} with a non-empty term (up to 100 characters) and one of the seven codes',
  ignoreTerms: 'a list of non-empty words or phrases (up to 100 characters each)',
  theme: 'one of "system", "light", "dark"',
  crossSiteFrames:
    'a list of host patterns of other sites whose framed notes may be shown, such as "ehr.vendor.example"',
  orgName: 'text of up to 80 characters',
  siteAllowList: 'a list of host patterns such as "ehr.clinic.example" or "*.clinic.example"',
  ruleByPayer: 'an object mapping medicare/medicaid/commercial/workersComp/selfPay to "cms" or "ama"',
  disableCopy: 'true or false',
  payerOnPage:
    'a list of {host, selector, words: [{match, payer}]}: where an EHR host shows the payer (a CSS selector) and which words mean which payer class',
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
    const parsed = schema.safeParse(value);
    if (parsed.success) policy[key] = parsed.data;
    else warnings.push(`Policy "${key}" was ignored: it must be ${POLICY_EXPECTS[key as PolicyKey]}.`);
  }
  return { policy: policy as Policy, warnings };
}
