// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Analysis } from '../../lib/contracts/analysis';
import { watchNotes } from '../../lib/editors/watch';
import { Sidebar } from '../../lib/ui/Sidebar';
import { createStore, defaultSidebarPrefs, type SidebarState, stateForAnalysis } from '../../lib/ui/sidebar/state';

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

function mount(
  patch: Partial<SidebarState['prefs']> = {},
  fieldId = 'f1',
  parent: Element | ShadowRoot = document.body,
) {
  const prefs = { ...defaultSidebarPrefs, ...patch };
  const store = createStore<SidebarState>(
    stateForAnalysis({ analysis: ANALYSIS, text: TEXT, fieldId, frameId: 0 }, prefs),
  );
  const container = document.createElement('div');
  parent.append(container);
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
    expect(q('[data-testid="missing-hint"][data-element="response"]')?.textContent).toBe('Add how they did.');
    expect(q('[data-testid="flag"][data-flag="note.truncated"]')).not.toBeNull();
  });

  test('evidence is marked as text, never parsed as HTML', () => {
    const { container } = mount();
    const marks = [...container.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toContain('to simulate');
    expect(marks).toContain('strength');
  });

  test('uncertain codes below prefs.uncertainBelow show both candidates', () => {
    const { container } = mount({ uncertainBelow: 60 });
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

  test('review mode says what it analysed; a typed note does not', () => {
    const review = mount({}, 'review:selection');
    expect(review.container.querySelector('[data-testid="review-source"]')?.textContent).toBe(
      `Reviewing: selection (${TEXT.length} characters)`,
    );
    document.body.replaceChildren();
    const page = mount({}, 'review:page');
    expect(page.container.querySelector('[data-testid="review-source"]')?.textContent).toMatch(/^Reviewing: page text/);
    document.body.replaceChildren();
    expect(mount().container.querySelector('[data-testid="review-source"]')).toBeNull();
  });

  test('defense summary: its own button, shown as selectable text, also when copy is disabled', () => {
    const { container, copy } = mount({ copyDisabled: true });
    expect(container.querySelector('[data-testid="copy-summary"]')).toBeNull();
    expect(container.querySelector('[data-testid="defense-summary"]')).toBeNull();
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="show-defense"]')?.click());
    const pre = container.querySelector('[data-testid="defense-summary"]');
    expect(pre?.textContent).toMatch(/^TheraCode defense summary\n/);
    expect(pre?.textContent).toContain('97110 Therapeutic exercise: 15 min, 1 unit(s) CMS (AMA: 1)');
    expect(pre?.textContent).toContain(ANALYSIS.noteHash);
    expect(copy).not.toHaveBeenCalled();
  });

  test("rule 'both': the shown and the copied summary carry both rules", async () => {
    const { container, copy } = mount({ rule: 'both' });
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="show-defense"]')?.click());
    expect(container.querySelector('[data-testid="defense-summary"]')?.textContent).toContain(
      'Total timed units: 2 CMS, 2 AMA',
    );
    await act(async () => container.querySelector<HTMLButtonElement>('[data-testid="copy-summary"]')?.click());
    expect(copy.mock.calls[0]?.[0]).toContain('Unit rules: CMS 8-minute rule');
    expect(copy.mock.calls[0]?.[0]).toContain('AMA/CPT midpoint rule');
  });
});

/** Type into the sidebar's billed-lines box the way a user does (value, then an input event). */
function typeBilled(container: Element | ShadowRoot, value: string): void {
  const input = container.querySelector<HTMLTextAreaElement>('[data-testid="billed-input"]');
  expect(input).not.toBeNull();
  act(() => {
    (input as HTMLTextAreaElement).value = value;
    input?.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  });
}

const lines = (c: Element | ShadowRoot) =>
  [...c.querySelectorAll('[data-testid="billed-line"]')].map(
    (li) => `${li.getAttribute('data-rule')} ${li.getAttribute('data-code')} ${li.getAttribute('data-status')}`,
  );

describe('Sidebar on a long note', () => {
  test('shows the first 25 interventions and a "Show all" button; missing elements are never capped', async () => {
    const line = 'Ther ex 15 min: LAQ for quad strength\n';
    const text = line.repeat(60);
    const base = ANALYSIS.segments[1] as Analysis['segments'][number];
    const segments = Array.from({ length: 60 }, (_, i) => ({
      ...base,
      start: i * line.length,
      end: i * line.length + line.length - 1,
      text: line.trim(),
      evidence: [],
    }));
    const missing = segments.map((_, i) => ({
      code: '97110' as const,
      element: 'response' as const,
      segment: i,
      message: 'No patient response.',
      hint: 'Add how they did.',
    }));
    const analysis: Analysis = { ...ANALYSIS, segments, missing };
    const store = createStore<SidebarState>(stateForAnalysis({ analysis, text, fieldId: 'f1', frameId: 0 }));
    const container = document.createElement('div');
    document.body.append(container);
    act(() => render(<Sidebar store={store} />, container));
    expect(container.querySelectorAll('[data-testid="intervention"]')).toHaveLength(25);
    // 60 interventions lacking the same element: one line saying how many, and its hint once
    const grouped = container.querySelectorAll('[data-testid="missing-element"]');
    expect(grouped).toHaveLength(1);
    expect(grouped[0]?.textContent).toContain('(60 interventions)');
    expect(container.querySelectorAll('[data-testid="missing-hint"]')).toHaveLength(1);
    const more = container.querySelector<HTMLButtonElement>('[data-testid="show-all"]');
    expect(more?.textContent).toBe('Show all 60 interventions (35 more)');
    await act(async () => more?.click());
    expect(container.querySelectorAll('[data-testid="intervention"]')).toHaveLength(60);
    expect(container.querySelector('[data-testid="show-all"]')).toBeNull();
  });
});

describe('Sidebar billed check', () => {
  test('line by line under the sidebar rule: over-billed, NCCI pair, supported, not documented, missing GP', () => {
    const { container } = mount();
    expect(container.querySelectorAll('[data-testid="billed-line"]')).toHaveLength(0);
    typeBilled(container, '97530 x2 GP, 97110 x1 GP\n97140 x1');
    expect(lines(container)).toEqual([
      'cms 97530 over',
      'cms 97530 modifier', // 97140 with 97530 and no 59/XU: the NCCI pair
      'cms 97110 ok',
      'cms 97140 not-documented',
      'cms 97140 modifier',
    ]);
    const over = container.querySelector('[data-testid="billed-line"][data-code="97530"]');
    expect(over?.textContent).toContain('Over-billed');
    expect(over?.textContent).toContain('12 min supports 1 under CMS');
    const noGp = container.querySelector('[data-testid="billed-line"][data-code="97140"][data-status="modifier"]');
    expect(noGp?.textContent).toContain('add GP');
  });

  test('unreadable parts are listed and the rest still checked; a documented code left off is reported', () => {
    const { container } = mount();
    typeBilled(container, 'hello\n97110 x1 GP');
    expect(container.querySelector('[data-testid="billed-error"]')?.textContent).toContain('Line 1');
    expect(lines(container)).toEqual(['cms 97110 ok', 'cms 97530 not-billed']);
  });

  test("rule 'both' checks under CMS and AMA; the claim stays when the analysis changes", () => {
    const { container, store } = mount({ rule: 'both' });
    typeBilled(container, '97110 x2 GP');
    expect(lines(container)).toEqual([
      'cms 97110 over',
      'cms 97530 not-billed',
      'ama 97110 over',
      'ama 97530 not-billed',
    ]);
    const longer = {
      ...ANALYSIS,
      codes: [{ code: '97110' as const, minutes: 30, timed: true, units: { cms: 2, ama: 2 } }],
    };
    act(() => store.set({ analysis: longer }));
    expect(container.querySelector<HTMLTextAreaElement>('[data-testid="billed-input"]')?.value).toBe('97110 x2 GP');
    expect(lines(container)).toEqual(['cms 97110 ok', 'ama 97110 ok']);
  });

  test('typing in the billed box inside <theracode-sidebar> is never read as a note', async () => {
    vi.useFakeTimers();
    const onNote = vi.fn();
    const watcher = watchNotes(document, { onNote, debounceMs: 10, isTrusted: () => true });
    try {
      const host = document.createElement('theracode-sidebar');
      document.body.append(host);
      const { container } = mount({}, 'f1', host.attachShadow({ mode: 'open' }));
      const input = container.querySelector<HTMLTextAreaElement>('[data-testid="billed-input"]');
      input?.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      typeBilled(container, '97530 x2 GP');
      await vi.advanceTimersByTimeAsync(100);
      expect(onNote).not.toHaveBeenCalled();
      // the same typing in a page field is a note (the check above can fail)
      const page = document.createElement('textarea');
      document.body.append(page);
      page.value = 'Ther ex 15 min';
      page.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await vi.advanceTimersByTimeAsync(100);
      expect(onNote).toHaveBeenCalledExactlyOnceWith(expect.stringMatching(/^f\d+$/), 'Ther ex 15 min', 14);
    } finally {
      watcher.stop();
      vi.useRealTimers();
    }
  });
});
