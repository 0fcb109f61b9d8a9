/**
 * The sidebar header's payer: what the page shows when policy says where to read it ("from the
 * page: Medicare Part B"), the picker when the organization's policy forces a unit rule for some
 * payer class (ruleByPayer), a flag when the picked class contradicts the page, and the locked rule
 * in force, e.g. "Set by your organization for Medicare". A pick holds for this tab only.
 */
import { PAYER_CLASSES, type PayerClass } from '../../contracts/settings';
import { hasPayerRules, lockText, PAYER_LABELS, RULE_LABELS, resolveUnitRule } from '../../settings/payer';
import { contradictsPage, payerInForce } from '../../settings/payer-page';
import { withPayer } from '../../settings/prefs';
import type { SidebarStore } from './state';
import { useStore } from './use-store';

/** "Payer: (not set) / Medicare / …", the page's payer, and the locked rule in force, if any. */
export function PayerSelect({ store, onPick }: { store: SidebarStore; onPick?: (payer: PayerClass | null) => void }) {
  const { prefs, payerChoice, pagePayer } = useStore(store);
  const showPicker = hasPayerRules(prefs.ruleInputs.ruleByPayer);
  const inForce = resolveUnitRule(prefs.ruleInputs, prefs.payer);
  const lock = lockText(inForce.lock);
  if (!showPicker && !lock && !pagePayer) return null;
  const pick = (value: string) => {
    const payer = (PAYER_CLASSES as readonly string[]).includes(value) ? (value as PayerClass) : null;
    store.set({ payerChoice: payer, prefs: withPayer(store.get().prefs, payerInForce(payer, pagePayer)) });
    onPick?.(payer);
  };
  const fromPage = pagePayer
    ? `from the page: ${pagePayer.text}${pagePayer.payer ? ` (${PAYER_LABELS[pagePayer.payer]})` : ' (not recognised)'}`
    : null;
  return (
    <div class="tc-payer">
      {showPicker && (
        <label class="tc-org">
          Payer:{' '}
          <select data-testid="payer-select" value={payerChoice ?? ''} onChange={(e) => pick(e.currentTarget.value)}>
            <option value="">{pagePayer?.payer ? `As the page says` : '(not set)'}</option>
            {PAYER_CLASSES.map((p) => (
              <option key={p} value={p}>
                {PAYER_LABELS[p]}
              </option>
            ))}
          </select>
        </label>
      )}
      {fromPage && (
        <p class="tc-org" data-testid="page-payer" data-payer={pagePayer?.payer ?? ''}>
          {showPicker ? '' : 'Payer '}
          {fromPage}
        </p>
      )}
      {contradictsPage(payerChoice, pagePayer) && (
        <p class="tc-flag-warning" data-testid="payer-contradiction">
          You picked {PAYER_LABELS[payerChoice as PayerClass]}, but the page shows {pagePayer?.text}.
        </p>
      )}
      {lock && (
        <p class="tc-org" data-testid="rule-lock">
          {RULE_LABELS[inForce.rule]} · {lock}
        </p>
      )}
    </div>
  );
}
