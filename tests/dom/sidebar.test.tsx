// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Analysis } from '../../lib/contracts/analysis';
import { createStore, defaultSidebarPrefs, type SidebarState, stateForAnalysis } from '../../lib/overlay/store';
import { Sidebar } from '../../lib/ui/Sidebar';

const TEXT = 'TA 12 min: sit to stand to simulate transfers. Ther ex 15 min: LAQ for quad strength';

/** A hand-made Analysis in the §3.1 shape (the engine is being rewritten elsewhere). */
const ANALYSIS: Analysis = {
  schemaVersion: 1,
  rulesetVersion: '2026.11.0',
  noteHash: `sha256:${'0'.repeat(64)}`,
  segments: [
    {
      start: 0,
      end: 45,
      text: TEXT.slice(0, 45),
      status: 'performed',
      code: '97530',
      alternatives: [{ code: '97110', score: 0.4 }],
      confidence: 0.45,
      minutes: 12,
      evidence: [
        {
          start: TEXT.indexOf('to simulate'),
          end: TEXT.indexOf('to simulate') + 11,
          ruleId: '97530.simulate',
          kind: 'purpose',
        },
      ],
      why: 'Functional purpose stated.',
    },
    {
      start: 47,
      end: TEXT.length,
      text: TEXT.slice(47),
      status: 'performed',
      code: '97110',
      alternatives: [],
      confidence: 0.9,
      minutes: 15,
      evidence: [{ start: TEXT.indexOf('strength'), end: TEXT.length, ruleId: '97110.strength', kind: 'purpose' }],
      why: 'Strength purpose stated.',
    },
  ],
  codes: [
    { code: '97110', minutes: 15, timed: true, units: { cms: 1, ama: 1 } },
    { code: '97530', minutes: 12, timed: true, units: { cms: 1, ama: 1 } },
  ],
  totals: { timedMinutes: 27, statedTimedMinutes: null, units: { cms: 2, ama: 2 } },
  suggested: '97110',
  missing: [
    { code: '97530', element: 'response', segment: 0, message: 'No patient response.', hint: 'Add how they did.' },
  ],
  flags: [{ id: 'note.truncated', severity: 'warning', message: 'Only the first part was analysed.', segments: [] }],
};

function mount(patch: Partial<SidebarState['prefs']> = {}) {
  const prefs = { ...defaultSidebarPrefs, ...patch };
  const store = createStore<SidebarState>(
    stateForAnalysis({ analysis: ANALYSIS, text: TEXT, fieldId: 'f1', frameId: 0 }, prefs),
  );
  const container = document.createElement('div');
  document.body.append(container);
  const copy = vi.fn(async (_text: string) => undefined);
  const showSegment = vi.fn();
  act(() => render(<Sidebar store={store} actions={{ copy, showSegment }} />, container));
  return { container, store, copy, showSegment };
}

afterEach(() => document.body.replaceChildren());

describe('Sidebar', () => {
  test('renders the §3.3 testids from an Analysis', () => {
    const { container } = mount();
    const q = (s: string) => container.querySelector(s);
    expect(q('[data-testid="suggested-code"]')?.textContent).toContain('97110');
    expect(q('[data-testid="analysis-status"]')?.textContent).toMatch(/ready/i);
    expect(q('[data-testid="code-row"][data-code="97110"]')?.textContent).toContain('15 min');
    expect(container.querySelectorAll('[data-testid="code-row"]')).toHaveLength(2);
    const missing = q('[data-testid="missing-element"]');
    expect(missing?.getAttribute('data-element')).toBe('response');
    expect(missing?.getAttribute('data-code')).toBe('97530');
    expect(missing?.textContent).toContain('Add how they did.');
    expect(q('[data-testid="flag"][data-flag="note.truncated"]')).not.toBeNull();
  });

  test('evidence is marked as text, never parsed as HTML', () => {
    const { container } = mount();
    const marks = [...container.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toContain('to simulate');
    expect(marks).toContain('strength');
  });

  test('uncertain codes below prefs.uncertainBelow show both candidates', () => {
    const { container } = mount({ uncertainBelow: 0.6 });
    const items = container.querySelectorAll('[data-testid="intervention"]');
    expect(items[0]?.classList.contains('tc-uncertain')).toBe(true);
    expect(items[0]?.querySelector('[data-testid="uncertain"]')?.textContent).toMatch(/97530 or 97110/);
    expect(items[1]?.classList.contains('tc-uncertain')).toBe(false);
    expect(items[0]?.querySelector('[data-testid="why-not"]')?.textContent).toContain('Why not 97110');
  });

  test('copy button: present by default, hidden when copyDisabled', async () => {
    const on = mount();
    const btn = on.container.querySelector<HTMLButtonElement>('[data-testid="copy-summary"]');
    expect(btn).not.toBeNull();
    await act(async () => btn?.click());
    expect(on.copy).toHaveBeenCalledOnce();
    expect(on.copy.mock.calls[0]?.[0]).toContain('97110');
    document.body.replaceChildren();
    const off = mount({ copyDisabled: true });
    expect(off.container.querySelector('[data-testid="copy-summary"]')).toBeNull();
  });

  test('clicking an intervention asks to show its segment in the note', () => {
    const { container, showSegment } = mount();
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="intervention"] button')?.click());
    expect(showSegment).toHaveBeenCalledWith('f1', 0, ANALYSIS.segments[0]);
  });

  test('rule "ama" leads with AMA units; empty note shows "—" and idle', () => {
    const { container, store } = mount({ rule: 'ama' });
    expect(container.querySelector('thead th.tc-lead')?.textContent).toContain('AMA');
    act(() => store.set({ ...store.get(), text: '', analysis: null, status: 'idle' }));
    expect(container.querySelector('[data-testid="suggested-code"]')?.textContent).toBe('—');
    expect(container.querySelector('[data-testid="analysis-status"]')?.textContent).toMatch(/idle/i);
  });
});
