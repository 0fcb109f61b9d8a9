// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test } from 'vitest';
import type { Analysis } from '../../lib/contracts/analysis';
import { memoryLayout, Sidebar } from '../../lib/ui/Sidebar';
import { glance, missingGroups, missingHints } from '../../lib/ui/sidebar/glance';
import { createStore, defaultSidebarPrefs, type SidebarState, stateForAnalysis } from '../../lib/ui/sidebar/state';

const TEXT = 'Gait 10 min on level floor. Balance 12 min: tandem stance. Gait 8 min on stairs.';

const seg = (start: number, end: number, code: '97116' | '97112', minutes: number) => ({
  start,
  end,
  text: TEXT.slice(start, end),
  status: 'performed' as const,
  code,
  alternatives: [],
  confidence: 0.9,
  minutes,
  evidence: [],
  why: 'Stated.',
});

/** Two 97116 interventions both lacking a purpose, one 97112 lacking purpose and response. */
const ANALYSIS: Analysis = {
  schemaVersion: 1,
  rulesetVersion: '2026.11.0',
  noteHash: `sha256:${'0'.repeat(64)}`,
  segments: [seg(0, 27, '97116', 10), seg(28, 58, '97112', 12), seg(59, TEXT.length, '97116', 8)],
  codes: [
    { code: '97116', minutes: 18, timed: true, units: { cms: 1, ama: 1 } },
    { code: '97112', minutes: 12, timed: true, units: { cms: 1, ama: 1 } },
  ],
  totals: { timedMinutes: 30, statedTimedMinutes: null, units: { cms: 2, ama: 2 } },
  suggested: '97116',
  missing: [
    { code: '97116', element: 'purpose', segment: 0, message: '97116: no functional purpose.', hint: 'Say why.' },
    { code: '97112', element: 'purpose', segment: 1, message: '97112: no functional purpose.', hint: 'Say why.' },
    { code: '97112', element: 'response', segment: 1, message: '97112: no response.', hint: 'Say how it went.' },
    { code: '97116', element: 'purpose', segment: 2, message: '97116: no functional purpose.', hint: 'Say why.' },
  ],
  flags: [{ id: 'x', severity: 'info', message: 'A note.', segments: [] }],
};

describe('glance words', () => {
  test('summary parts: units under the rule in use, timed total, gaps counted per code and element', () => {
    expect(glance(ANALYSIS, 'cms')).toEqual({
      units: '2 units CMS',
      timed: '30 min timed',
      gaps: '3 gaps',
      flags: '1 flag',
    });
    expect(glance(ANALYSIS, 'both').units).toBe('2 CMS / 2 AMA units');
  });

  test('missing elements grouped per code; the code is not repeated in the message; each hint once', () => {
    const groups = missingGroups(ANALYSIS.missing);
    expect(groups.map((g) => g.code)).toEqual(['97116', '97112']);
    expect(groups[0]?.elements).toEqual([{ element: 'purpose', message: 'No functional purpose.', segments: 2 }]);
    expect(groups[1]?.elements.map((e) => e.element)).toEqual(['purpose', 'response']);
    expect(missingHints(ANALYSIS.missing)).toEqual([
      { element: 'purpose', hint: 'Say why.' },
      { element: 'response', hint: 'Say how it went.' },
    ]);
  });
});

describe('Sidebar at a glance', () => {
  const mount = () => {
    const store = createStore<SidebarState>(
      stateForAnalysis({ analysis: ANALYSIS, text: TEXT, fieldId: 'f', frameId: 0 }, defaultSidebarPrefs),
    );
    const layout = memoryLayout();
    const container = document.createElement('div');
    document.body.append(container);
    act(() => render(<Sidebar store={store} layout={layout} />, container));
    return { container, layout };
  };

  test('the summary line states code, units, timed total, gaps and flags before any section', () => {
    const { container } = mount();
    const line = container.querySelector('[data-testid="summary-line"]');
    expect(line?.textContent).toBe('Suggested code 97116 Gait training · 2 units CMS · 30 min timed · 3 gaps · 1 flag');
    expect(line?.querySelector('[data-testid="suggested-code"]')?.textContent).toBe('97116 Gait training');
    const first = container.querySelector('.tc-section');
    expect(line?.compareDocumentPosition(first as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  test('the billed-lines and defense-summary tools come before the sections', () => {
    const { container } = mount();
    const tools = container.querySelector('[data-testid="show-defense"]');
    const ledger = container.querySelector('[data-section="ledger"]');
    expect(tools?.compareDocumentPosition(ledger as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="open-billed"]')?.click());
  });

  test('missing documentation: one code heading, no repeated code or hint', () => {
    const { container } = mount();
    const items = [...container.querySelectorAll('[data-testid="missing-element"]')];
    expect(items.map((i) => `${i.getAttribute('data-code')}/${i.getAttribute('data-element')}`)).toEqual([
      '97116/purpose',
      '97112/purpose',
      '97112/response',
    ]);
    expect(items[0]?.textContent).toBe('No functional purpose. (2 interventions)');
    expect(container.querySelectorAll('[data-testid="missing-hint"]')).toHaveLength(2);
  });

  test('folding a section hides it and is kept in the layout the background stores', () => {
    const { container, layout } = mount();
    const toggle = container.querySelector<HTMLButtonElement>('[data-testid="section-toggle"][data-section="missing"]');
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    act(() => toggle?.click());
    expect(layout.get().closed).toEqual(['missing']);
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector<HTMLElement>('#tc-missing-body')?.hidden).toBe(true);
    // the summary line still counts what is folded away
    expect(container.querySelector('[data-testid="summary-gaps"]')?.textContent).toBe('3 gaps');
    act(() => toggle?.click());
    expect(layout.get().closed).toEqual([]);
  });
});

describe('Flags at a glance', () => {
  const WARNING = { id: 'ncci.97140-97530', severity: 'warning' as const, message: 'Needs 59.', segments: [] };
  const NOTE = { id: 'units.cms-tie', severity: 'info' as const, message: 'A tie.', segments: [] };
  const mount = (flags: Analysis['flags']) => {
    const store = createStore<SidebarState>(
      stateForAnalysis({ analysis: { ...ANALYSIS, flags }, text: TEXT, fieldId: 'f', frameId: 0 }, defaultSidebarPrefs),
    );
    const container = document.createElement('div');
    document.body.append(container);
    act(() => render(<Sidebar store={store} layout={memoryLayout()} />, container));
    return container;
  };

  test('warnings are listed in full; notes for information are folded behind one closed line, still counted', () => {
    const container = mount([NOTE, WARNING]);
    const notes = container.querySelector<HTMLDetailsElement>('[data-testid="flag-notes"]');
    expect(notes?.open).toBe(false);
    expect(notes?.querySelector('summary')?.textContent).toBe('1 note for information');
    expect(notes?.querySelector('[data-flag="units.cms-tie"]')?.textContent).toBe('Note: A tie.');
    const warning = container.querySelector('[data-testid="flag"][data-flag="ncci.97140-97530"]');
    expect(warning?.closest('details')).toBeNull();
    expect(warning?.textContent).toBe('Warning: Needs 59.');
    expect(container.querySelector('[data-testid="section-toggle"][data-section="flags"]')?.textContent).toContain(
      'Flags (2)',
    );
    expect(container.querySelector('[data-testid="summary-line"]')?.textContent).toContain('2 flags');
  });

  test('only warnings: no folded notes line', () => {
    const container = mount([WARNING]);
    expect(container.querySelector('[data-testid="flag-notes"]')).toBeNull();
    expect(container.querySelectorAll('[data-testid="flag"]')).toHaveLength(1);
  });
});
