/** Notices at the top of the options page: repaired settings, policy warnings, what the organization set. */
import type { EffectiveSettings, PayerClass } from '../../contracts/settings';
import { PAYER_LABELS } from '../../settings/payer';
import { repairNoticeText } from '../../settings/repair';

/** "Some saved settings were invalid and were reset to defaults: …", with a button to dismiss it. */
export function RepairNotice({ reset, onDismiss }: { reset: string[]; onDismiss: () => void }) {
  const text = repairNoticeText(reset);
  if (!text) return null;
  return (
    <p class="notice" role="status">
      <span data-testid="repair-notice">{text}</span>{' '}
      <button type="button" data-testid="dismiss-repair" onClick={onDismiss}>
        OK
      </button>
    </p>
  );
}

/** Admin-facing warnings about ignored policy keys (they never contain policy values). */
export function PolicyWarnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <section class="warnings" data-testid="policy-warnings" aria-label="Policy warnings for your IT team">
      <h2>For your IT team</h2>
      <p>
        Parts of the managed policy were ignored or read in an older form (each line says which). Everything else in the
        policy is in force.
      </p>
      <ul>
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </section>
  );
}

/** The policy-only values, read-only, so a therapist can see what the organization decided. */
export function OrganizationBox({ effective }: { effective: EffectiveSettings }) {
  const v = effective.values;
  const payers = Object.entries(v.ruleByPayer).filter(([, r]) => r);
  if (effective.lockedKeys.length === 0) return null;
  return (
    <section class="org" data-testid="organization">
      <h2>Set by your organization{v.orgName ? `: ${v.orgName}` : ''}</h2>
      <ul>
        {v.siteAllowList && (
          <li data-testid="org-sites">
            TheraCode only runs on: {v.siteAllowList.length > 0 ? v.siteAllowList.join(', ') : 'no sites'}
          </li>
        )}
        {v.disableCopy && <li>Copying suggestions is turned off.</li>}
        {payers.length > 0 && (
          <li data-testid="org-payers">
            Unit rule by payer (pick the payer in the sidebar):{' '}
            {payers.map(([p, r]) => `${PAYER_LABELS[p as PayerClass]} → ${r === 'cms' ? 'CMS' : 'AMA'}`).join(', ')}
          </li>
        )}
      </ul>
    </section>
  );
}
