/**
 * The sidebar, read at a glance: a summary line that always shows (code, units, timed total, gaps,
 * flags), the coder's tools at the top, then foldable sections (billed lines, minutes and units,
 * interventions with evidence, missing elements grouped per code, flags) whose folding the site remembers.
 */
import { useRef, useState } from 'preact/hooks';
import type { Segment } from '../contracts/analysis';
import type { SectionId } from '../contracts/layout';
import type { PayerClass } from '../contracts/settings';
import {
  clampWidth,
  DEFAULT_LAYOUT,
  effectiveSide,
  type LayoutState,
  otherSide,
  toggleSection,
} from '../settings/layout';
import { BilledCheck } from './sidebar/BilledCheck';
import { Flags, Missing } from './sidebar/Findings';
import { Interventions } from './sidebar/Interventions';
import { Ledger } from './sidebar/Ledger';
import { PayerSelect } from './sidebar/PayerSelect';
import { ResizeHandle } from './sidebar/ResizeHandle';
import { ReviewSource } from './sidebar/ReviewSource';
import { Section } from './sidebar/Section';
import { SummaryLine } from './sidebar/SummaryLine';
import { createStore, type SidebarState, type SidebarStore } from './sidebar/state';
import { Tools } from './sidebar/Tools';
import { type FetchAnalysis, useFullAnalysis } from './sidebar/use-full';
import { useStore, type Watchable } from './sidebar/use-store';

const STATUS_WORDS: Record<SidebarState['status'], string> = {
  idle: 'Idle — start typing the treatment note',
  analysing: 'Analysing…',
  ready: 'Ready',
  error: 'Error',
};

/** What the sidebar can ask of the background (handed in; tests pass fakes). */
export interface SidebarActions {
  /** Scroll the note to a segment and highlight it, in whichever frame holds the field. */
  showSegment: (fieldId: string, frameId: number, seg: Segment) => void;
  /** Put text on the clipboard (from the click handler, so the browser allows it). */
  copy: (text: string) => Promise<void>;
  /** Remember the payer class picked for this site. */
  setPayer?: (payer: PayerClass | null) => void;
  /** The whole analysis behind a long note's partial view, from the worker. */
  fetchAnalysis?: FetchAnalysis;
}

/** The layout store the sidebar needs (collapse, width, side). */
export type SidebarLayout = Watchable<LayoutState> & { update: (p: Partial<LayoutState>) => void };

const noFetch: FetchAnalysis = async () => null;

const noActions: SidebarActions = {
  showSegment: () => undefined,
  copy: (text) => navigator.clipboard.writeText(text),
};

/** A layout kept in memory only (tests, and before the background has answered). */
export function memoryLayout(initial: LayoutState = DEFAULT_LAYOUT): SidebarLayout {
  const store = createStore<LayoutState>(initial);
  return {
    ...store,
    update: (p) => store.set({ ...p, ...(p.width === undefined ? {} : { width: clampWidth(p.width) }) }),
  };
}

/** The whole sidebar: a collapsible, resizable complementary landmark docked to one side. */
export function Sidebar({
  store,
  layout: layoutStore,
  actions = noActions,
}: {
  store: SidebarStore;
  layout?: SidebarLayout;
  actions?: SidebarActions;
}) {
  const fallback = useRef<SidebarLayout | null>(null);
  fallback.current ??= memoryLayout();
  const layoutSrc = layoutStore ?? fallback.current;
  const state = useStore(store);
  const layout = useStore(layoutSrc);
  const tabRef = useRef<HTMLButtonElement>(null);
  const { prefs } = state;
  const a = state.analysis;
  const hasNote = state.text.trim().length > 0 && a !== null;
  const suggested = hasNote && a.suggested ? a.suggested : null;
  const side = effectiveSide(layout, prefs.side, prefs.sideLocked);
  // Kept across re-analyses (the coder may fix the note and watch the check follow); the summary quotes it.
  const [billed, setBilled] = useState('');
  const whole = useFullAnalysis(hasNote ? a : null, actions.fetchAnalysis ?? noFetch);
  const interventions = hasNote ? (a.partial?.coded ?? a.segments.filter((s) => s.code !== null).length) : 0;
  const statusText = state.status === 'error' && state.error ? `Error — ${state.error}` : STATUS_WORDS[state.status];

  const collapse = () => {
    layoutSrc.update({ collapsed: true });
    queueMicrotask(() => tabRef.current?.focus());
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      collapse();
    }
  };
  const onShow = (seg: Segment) => {
    if (state.fieldId !== null && state.frameId !== null) actions.showSegment(state.fieldId, state.frameId, seg);
  };

  const sectionOpen = (id: SectionId) => !layout.closed.includes(id);
  const onToggle = (id: SectionId, open: boolean) =>
    layoutSrc.update({ closed: toggleSection(layout.closed, id, open) });
  const openBilled = () => {
    if (!sectionOpen('billed')) onToggle('billed', true);
    queueMicrotask(() => document.getElementById('tc-billed-input')?.focus());
  };
  const fold = { onToggle };

  return (
    <div class="tc-root" data-theme={prefs.theme} data-side={side}>
      <button
        ref={tabRef}
        type="button"
        class="tc-tab"
        hidden={!layout.collapsed}
        aria-expanded={!layout.collapsed}
        onClick={() => layoutSrc.update({ collapsed: false })}
      >
        TheraCode{suggested ? ` · ${suggested}` : ''}
      </button>
      <aside class="tc-sidebar" aria-label="TheraCode coding assistant" hidden={layout.collapsed} onKeyDown={onKeyDown}>
        <ResizeHandle width={layout.width} side={side} onWidth={(w) => layoutSrc.update({ width: w })} />
        <div class="tc-glance">
          <div class="tc-titlebar">
            <h1 class="tc-title">TheraCode</h1>
            <p class="tc-status" data-testid="analysis-status" role="status" aria-live="polite">
              {statusText}
            </p>
            {!prefs.sideLocked && (
              <button
                type="button"
                class="tc-btn tc-move"
                data-testid="move-side"
                onClick={() => layoutSrc.update({ side: otherSide(side) })}
                aria-label={`Move the sidebar to the ${otherSide(side)} edge`}
              >
                {side === 'right' ? '⇤ Left' : 'Right ⇥'}
              </button>
            )}
            <button type="button" class="tc-btn tc-collapse" onClick={collapse} aria-label="Hide sidebar">
              Hide
            </button>
          </div>
          <SummaryLine analysis={hasNote ? a : null} rule={prefs.rule} />
        </div>
        <header class="tc-header">
          {prefs.orgName && <p class="tc-org">Set up by {prefs.orgName}</p>}
          {hasNote && state.frameHost && (
            <p class="tc-org tc-frame-host" data-testid="frame-host">
              Note in a frame from {state.frameHost}
            </p>
          )}
          <PayerSelect store={store} onPick={actions.setPayer} />
          {hasNote && state.text.length > 50_000 && (
            <p class="tc-note">Analysed {state.text.length.toLocaleString('en-US')} characters of the note.</p>
          )}
        </header>
        {hasNote && <ReviewSource fieldId={state.fieldId} text={state.text} />}
        {hasNote && (
          <Tools
            whole={whole}
            text={state.text}
            prefs={prefs}
            copy={actions.copy}
            openBilled={openBilled}
            billed={billed}
          />
        )}
        {hasNote && (
          <Section id="billed" title="Check billed lines" open={sectionOpen('billed')} {...fold}>
            <BilledCheck whole={whole} rule={prefs.rule} input={billed} setInput={setBilled} />
          </Section>
        )}
        {hasNote && a.codes.length > 0 && (
          <Section id="ledger" title="Minutes and units" open={sectionOpen('ledger')} {...fold}>
            <Ledger analysis={a} rule={prefs.rule} />
          </Section>
        )}
        {hasNote && interventions > 0 && (
          <Section
            id="interventions"
            title="Interventions"
            count={interventions}
            open={sectionOpen('interventions')}
            {...fold}
          >
            <Interventions
              analysis={a}
              full={whole.full}
              onAll={whole.want}
              text={state.text}
              uncertainBelow={prefs.uncertainBelow}
              onShow={onShow}
            />
          </Section>
        )}
        {hasNote && a.missing.length > 0 && (
          <Section id="missing" title="Missing documentation" open={sectionOpen('missing')} {...fold}>
            <Missing analysis={a} />
          </Section>
        )}
        {hasNote && a.flags.length > 0 && (
          <Section id="flags" title="Flags" count={a.flags.length} open={sectionOpen('flags')} {...fold}>
            <Flags analysis={a} />
          </Section>
        )}
      </aside>
    </div>
  );
}
