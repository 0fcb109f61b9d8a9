// @vitest-environment happy-dom
/**
 * A long note's partial view (contracts/sidebar-port.ts): the sidebar lists the first interventions
 * from the view alone and asks the worker for the whole analysis only when something needs it.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Analysis } from '../../lib/contracts/analysis';
import { analysisView, FIRST_INTERVENTIONS } from '../../lib/contracts/sidebar-port';
import { analyze } from '../../lib/engine';
import { Sidebar } from '../../lib/ui/Sidebar';
import { createStore, type SidebarState, stateForAnalysis } from '../../lib/ui/sidebar/state';

const LINE = 'Ther ex 15 min: LAQ for quad strength\n';
const TEXT = `O:\n${LINE.repeat(60)}`;
const FULL = analyze(TEXT);
const coded = (a: Analysis) => a.segments.filter((s) => s.code !== null).length;

function mount(view = analysisView(FULL)) {
  const store = createStore<SidebarState>(stateForAnalysis({ analysis: view, text: TEXT, fieldId: 'f1', frameId: 0 }));
  const fetchAnalysis = vi.fn(async (hash: string) => (hash === FULL.noteHash ? FULL : null));
  const copy = vi.fn(async (_text: string) => undefined);
  const container = document.createElement('div');
  document.body.append(container);
  act(() =>
    render(<Sidebar store={store} actions={{ copy, showSegment: () => undefined, fetchAnalysis }} />, container),
  );
  return { container, store, fetchAnalysis, copy };
}

const items = (c: Element) => c.querySelectorAll('[data-testid="intervention"]');
const click = (c: Element, testid: string) =>
  act(async () => c.querySelector<HTMLButtonElement>(`[data-testid="${testid}"]`)?.click());

afterEach(() => document.body.replaceChildren());

describe('analysisView', () => {
  test('a note with more interventions than the sidebar lists goes as its first ones and their count', () => {
    expect(coded(FULL)).toBe(60);
    const view = analysisView(FULL);
    expect(view.partial).toEqual({ coded: 60 });
    expect(view.segments).toHaveLength(FIRST_INTERVENTIONS);
    expect(view.segments).toEqual(FULL.segments.filter((s) => s.code !== null).slice(0, FIRST_INTERVENTIONS));
    // everything else of the analysis is there, unchanged
    expect({ ...view, segments: [], partial: undefined }).toEqual({ ...FULL, segments: [], partial: undefined });
  });

  test('a typical note goes whole (the view is the analysis itself)', () => {
    const short = analyze('Ther ex 15 min: LAQ for quad strength. TA 10 min: sit to stand for transfers.');
    expect(analysisView(short)).toBe(short);
  });
});

describe('Sidebar on a partial view', () => {
  test('lists the first 25 from the view; "Show all" fetches the whole analysis once and lists all 60', async () => {
    const { container, fetchAnalysis } = mount();
    expect(items(container)).toHaveLength(25);
    expect(container.querySelector('[data-testid="show-all"]')?.textContent).toBe(
      'Show all 60 interventions (35 more)',
    );
    expect(fetchAnalysis).not.toHaveBeenCalled();
    await click(container, 'show-all');
    await act(async () => undefined);
    expect(fetchAnalysis).toHaveBeenCalledExactlyOnceWith(FULL.noteHash);
    expect(items(container)).toHaveLength(60);
    expect(container.querySelector('[data-testid="show-all"]')).toBeNull();
  });

  test('the defense summary and Copy quote every intervention, from the fetched analysis', async () => {
    const { container, copy, fetchAnalysis } = mount();
    await click(container, 'show-defense');
    await act(async () => undefined);
    const shown = container.querySelector('[data-testid="defense-summary"]')?.textContent ?? '';
    expect(shown.match(/^ {2}- "/gm)).toHaveLength(60);
    await click(container, 'copy-summary');
    expect(copy).toHaveBeenCalledExactlyOnceWith(shown);
    expect(fetchAnalysis).toHaveBeenCalledWith(FULL.noteHash);
  });

  test('Copy on a view the worker no longer has copies nothing and says so', async () => {
    const { container, store, copy } = mount();
    const stale = { ...analysisView(FULL), noteHash: `sha256:${'1'.repeat(64)}` };
    act(() => store.set({ analysis: stale }));
    await click(container, 'copy-summary');
    await act(async () => undefined);
    expect(copy).not.toHaveBeenCalled();
    expect(container.querySelector('.tc-copied')?.textContent).toBe(
      'Could not copy: the note changed meanwhile; try again.',
    );
  });

  test('the billed check waits for the whole analysis, then checks against it', async () => {
    const { container, fetchAnalysis } = mount();
    const input = container.querySelector<HTMLTextAreaElement>('[data-testid="billed-input"]') as HTMLTextAreaElement;
    await act(async () => {
      input.value = '97110 x4 GP';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    });
    await act(async () => undefined);
    expect(fetchAnalysis).toHaveBeenCalledWith(FULL.noteHash);
    const line = container.querySelector('[data-testid="billed-line"][data-code="97110"]');
    expect(line?.getAttribute('data-status')).toBe('under'); // 60 × 15 min supports far more than 4 units
  });

  test('a whole view needs no fetch for any tool', async () => {
    const short = analyze('Ther ex 15 min: LAQ for quad strength.');
    const { container, fetchAnalysis } = mount(analysisView(short));
    await click(container, 'show-defense');
    expect(container.querySelector('[data-testid="defense-summary"]')?.textContent).toContain('97110');
    expect(fetchAnalysis).not.toHaveBeenCalled();
  });
});
