// @vitest-environment happy-dom
/** The options page's setting row and footer: reset offered only where it can act, the live region, the versions. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import { RULESET_VERSION } from '../../lib/engine/lexicon/version';
import { About, ResetAll, SaveStatus } from '../../lib/ui/options/About';
import { Field } from '../../lib/ui/options/Field';

afterEach(() => document.body.replaceChildren());

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

test.each([
  // [locked, own, reset button, enabled, managed note]
  [false, true, true, true, false],
  [false, false, true, false, false],
  [true, true, false, false, true],
])('locked %j, own value %j: reset button %j (enabled %j), managed note %j', (locked, own, button, enabled, note) => {
  const onReset = vi.fn();
  const root = mount(
    <Field k="unitRule" locked={locked} own={own} onReset={onReset}>
      <input />
    </Field>,
  );
  const btn = root.querySelector<HTMLButtonElement>('[data-testid="reset-unitRule"]');
  expect(btn !== null).toBe(button);
  if (btn) {
    expect(btn.disabled).toBe(!enabled);
    expect(btn.getAttribute('aria-label')).toBe('Reset to default: Unit rule');
    act(() => btn.click());
    expect(onReset).toHaveBeenCalledTimes(enabled ? 1 : 0);
    if (enabled) expect(onReset).toHaveBeenCalledWith('unitRule');
  }
  expect(root.querySelector('[data-testid="locked-unitRule"]')?.textContent ?? null).toBe(
    note ? 'Set by your organization' : null,
  );
  expect(root.textContent?.includes('cannot be changed or reset here')).toBe(note);
});

test('reset all asks once more before it acts, and is off when nothing is the user’s own', () => {
  const onReset = vi.fn();
  const root = mount(<ResetAll keys={['theme']} onReset={onReset} />);
  act(() => root.querySelector<HTMLButtonElement>('[data-testid="reset-all"]')?.click());
  expect(onReset).not.toHaveBeenCalled();
  act(() => root.querySelector<HTMLButtonElement>('[data-testid="reset-all-confirm"]')?.click());
  expect(onReset).toHaveBeenCalledTimes(1);
  document.body.replaceChildren();
  const none = mount(<ResetAll keys={[]} onReset={onReset} />);
  expect(none.querySelector<HTMLButtonElement>('[data-testid="reset-all"]')?.disabled).toBe(true);
});

test('the live region is in the page before anything is saved, and says what was saved', () => {
  const root = mount(<SaveStatus status={null} />);
  const region = root.querySelector('[data-testid="save-status"]');
  expect(region?.getAttribute('aria-live')).toBe('polite');
  expect(region?.textContent).toBe('');
  render(<SaveStatus status={{ seq: 1, text: 'Saved: theme.' }} />, root);
  expect(root.querySelector('[data-testid="save-status"]')?.textContent).toBe('Saved: theme.');
});

test('the footer names the extension version and the ruleset', () => {
  const root = mount(<About version="0.1.0" />);
  expect(root.querySelector('[data-testid="about"]')?.textContent).toBe(`TheraCode 0.1.0 · ruleset ${RULESET_VERSION}`);
});
