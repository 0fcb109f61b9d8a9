/**
 * The popup's settings lines: the unit rule in force when the organization fixed it (by policy, or
 * for the payer class picked on this site), and the one-line notice after stored settings were reset.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { EffectiveSettings, PayerClass } from '../../contracts/settings';
import { lockText, parsePayer, payerKey, RULE_LABELS, resolveUnitRule } from '../../settings/payer';
import { repairNoticeText } from '../../settings/repair';
import { dismissRepairNotice } from '../../settings/write';

/** The payer class picked in the sidebar on this host (the popup is an extension page: it may read storage). */
async function sitePayer(host: string): Promise<PayerClass | null> {
  const key = payerKey(host);
  return parsePayer((await browser.storage.local.get(key).catch(() => ({}) as Record<string, unknown>))[key]);
}

/** Rule lock and repair notice for the popup; renders nothing when there is nothing to say. */
export function SettingsNotes({ effective, host }: { effective: EffectiveSettings; host: string }) {
  const [payer, setPayer] = useState<PayerClass | null>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => void (host ? sitePayer(host).then(setPayer) : undefined), [host]);
  const v = effective.values;
  const inForce = resolveUnitRule(
    { unitRule: v.unitRule, unitRuleLocked: effective.lockedKeys.includes('unitRule'), ruleByPayer: v.ruleByPayer },
    payer,
  );
  const lock = lockText(inForce.lock);
  const notice = dismissed ? null : repairNoticeText(effective.resetKeys);
  return (
    <>
      {lock && (
        <p data-testid="popup-rule">
          Unit rule: {RULE_LABELS[inForce.rule]} <span class="locked">{lock}</span>
        </p>
      )}
      {notice && (
        <p class="notice" data-testid="popup-repair-notice">
          {notice}{' '}
          <button
            type="button"
            onClick={() => {
              setDismissed(true);
              void dismissRepairNotice();
            }}
          >
            OK
          </button>
        </p>
      )}
    </>
  );
}
