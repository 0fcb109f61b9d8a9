/** Effective settings = defaults ← user choices ← managed policy, by one pure function. */
import type { EffectiveValues, PolicyKey, Settings } from '../contracts/settings';
import { NO_POLICY_VALUES } from './defaults';
import { parsePolicy } from './policy';

export interface MergeResult {
  values: EffectiveValues;
  /** Keys the policy set: the options page shows them disabled, "Set by your organization". */
  lockedKeys: PolicyKey[];
  /** Admin-facing: which policy keys were ignored and why (never their values). */
  policyWarnings: string[];
}

/**
 * Overlay user choices on defaults, then valid policy keys on both (uBlock-style). The policy's
 * `siteAllowList` is kept beside `sites` so the site gate applies both: users can only narrow it.
 */
export function mergeSettings(defaults: Settings, user: Partial<Settings>, managed: unknown): MergeResult {
  const { policy, warnings } = parsePolicy(managed);
  const values: EffectiveValues = { ...defaults, ...user, ...NO_POLICY_VALUES };
  const lockedKeys: PolicyKey[] = [];
  for (const key of Object.keys(policy) as PolicyKey[]) {
    (values as Record<string, unknown>)[key] = policy[key];
    lockedKeys.push(key);
  }
  values.enabledCodes = [...new Set(values.enabledCodes)];
  return { values, lockedKeys, policyWarnings: warnings };
}
