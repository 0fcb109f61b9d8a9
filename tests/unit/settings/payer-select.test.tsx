// @vitest-environment happy-dom
/** The sidebar's payer picker: shown only with payer rules, forces the rule in the ledger and the summary. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { mergeSettings } from '../../../lib/settings/merge';
import { sidebarPrefs } from '../../../lib/settings/prefs';
import { Sidebar } from '../../../lib/ui/Sidebar';
import { createStore, type SidebarState, stateForAnalysis } from '../../../lib/ui/sidebar/state';
import { craft } from '../analysis-fixture';

// 97110 8 min + 97530 8 min: CMS bills 1 unit in total (16 min), AMA 1 unit each (2).
const { text, analysis } = craft(
  [
    ['97110', 8, 'Ther ex 8 min: LAQ for quad strength.', ['strength']],
    ['97530', 8, 'TA 8 min: sit to stand to simulate toilet transfers.', ['simulate']],
  ],
  { '97110': { cms: 1, ama: 1 }, '97530': { cms: 0, ama: 1 } },
);

function mount(user: object, policy: object) {
  const { values, lockedKeys } = mergeSettings(DEFAULT_SETTINGS, user, policy);
  const store = createStore<SidebarState>(
    stateForAnalysis({ analysis, text, fieldId: 'f1', frameId: 0 }, sidebarPrefs(values, lockedKeys)),
  );
  const container = document.createElement('div');
  document.body.append(container);
  const copy = vi.fn(async (_t: string) => undefined);
  act(() => render(<Sidebar store={store} actions={{ copy, showSegment: () => undefined }} />, container));
  const select = container.querySelector<HTMLSelectElement>('[data-testid="payer-select"]');
  const lead = () => container.querySelector('thead th.tc-lead')?.textContent ?? '';
  const lock = () => container.querySelector('[data-testid="rule-lock"]')?.textContent ?? null;
  const pick = (value: string) =>
    act(() => {
      select!.value = value;
      select!.dispatchEvent(new Event('change', { bubbles: true }));
    });
  return { container, store, select, lead, lock, pick, copy };
}

afterEach(() => document.body.replaceChildren());

test('no payer rules in the policy: no picker, no lock', () => {
  const s = mount({ unitRule: 'cms' }, {});
  expect(s.select).toBeNull();
  expect(s.lock()).toBeNull();
  expect(s.lead()).toContain('CMS');
});

test('choosing Commercial forces the AMA rule, locked, in the ledger and the copied summary', async () => {
  const s = mount({ unitRule: 'cms' }, { ruleByPayer: { commercial: 'ama', medicare: 'cms' } });
  expect([...s.select!.options].map((o) => o.textContent)).toEqual([
    '(not set)',
    'Medicare',
    'Medicaid',
    'Commercial',
    "Workers' comp",
    'Self-pay',
  ]);
  expect(s.lead()).toContain('CMS units (in use)');
  s.pick('commercial');
  expect(s.store.get().prefs).toMatchObject({ payer: 'commercial', rule: 'ama' });
  expect(s.lead()).toContain('AMA units (in use)');
  expect(s.lock()).toBe('AMA rule · Set by your organization for Commercial');
  await act(async () => s.container.querySelector<HTMLButtonElement>('[data-testid="copy-summary"]')?.click());
  expect(s.copy.mock.calls[0]?.[0]).toContain('Unit rule: AMA/CPT midpoint rule');
  s.pick('');
  expect(s.lead()).toContain('CMS units (in use)');
  expect(s.lock()).toBeNull();
});

test('a policy unitRule shows its lock even without payer rules', () => {
  const s = mount({}, { unitRule: 'ama' });
  expect(s.select).toBeNull();
  expect(s.lead()).toContain('AMA units (in use)');
  expect(s.lock()).toBe('AMA rule · Set by your organization');
});
