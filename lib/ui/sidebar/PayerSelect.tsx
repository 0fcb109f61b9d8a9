/**
 * The sidebar header's payer class picker. Only shown when the organization's policy forces a
 * unit rule for some payer class (ruleByPayer); otherwise the choice would change nothing. A
 * locked rule in force says who set it, e.g. "Set by your organization for Medicare".
 */
import { PAYER_CLASSES, type PayerClass } from '../../contracts/settings';
import { hasPayerRules, lockText, PAYER_LABELS, RULE_LABELS, resolveUnitRule } from '../../settings/payer';
import { withPayer } from '../../settings/prefs';
import type { SidebarStore } from './state';
import { useStore } from './use-store';

/** "Payer: (not set) / Medicare / …" and the locked rule in force, if any. */
export function PayerSelect({ store, onPick }: { store: SidebarStore; onPick?: (payer: PayerClass | null) => void }) {
  const { prefs } = useStore(store);
  const showPicker = hasPayerRules(prefs.ruleInputs.ruleByPayer);
  const inForce = resolveUnitRule(prefs.ruleInputs, prefs.payer);
  const lock = lockText(inForce.lock);
  if (!showPicker && !lock) return null;
  const pick = (value: string) => {
    const payer = (PAYER_CLASSES as readonly string[]).includes(value) ? (value as PayerClass) : null;
    store.set({ prefs: withPayer(store.get().prefs, payer) });
    onPick?.(payer);
  };
  return (
    <div class="tc-payer">
      {showPicker && (
        <label class="tc-org">
          Payer:{' '}
          <select data-testid="payer-select" value={prefs.payer ?? ''} onChange={(e) => pick(e.currentTarget.value)}>
            <option value="">(not set)</option>
            {PAYER_CLASSES.map((p) => (
              <option key={p} value={p}>
                {PAYER_LABELS[p]}
              </option>
            ))}
          </select>
        </label>
      )}
      {lock && (
        <p class="tc-org" data-testid="rule-lock">
          {RULE_LABELS[inForce.rule]} · {lock}
        </p>
      )}
    </div>
  );
}
