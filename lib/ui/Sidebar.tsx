/** The sidebar: suggested code, minute/unit ledger, interventions with evidence, missing elements, flags. */
import { useRef } from 'preact/hooks';
import type { Segment } from '../contracts/analysis';
import { CODE_NAMES } from '../contracts/codes';
import type { PayerClass } from '../contracts/settings';
import { clampWidth, DEFAULT_LAYOUT, effectiveSide, type LayoutState, otherSide } from '../settings/layout';
import { BilledCheck } from './sidebar/BilledCheck';
import { Flags, Missing } from './sidebar/Findings';
import { Interventions } from './sidebar/Interventions';
import { Ledger } from './sidebar/Ledger';
import { PayerSelect } from './sidebar/PayerSelect';
import { ResizeHandle } from './sidebar/ResizeHandle';
import { ReviewSource } from './sidebar/ReviewSource';
import { SummaryFooter } from './sidebar/SummaryFooter';
import { createStore, type SidebarState, type SidebarStore } from './sidebar/state';
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
}

/** The layout store the sidebar needs (collapse, width, side). */
export type SidebarLayout = Watchable<LayoutState> & { update: (p: Partial<LayoutState>) => void };

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
        <header class="tc-header">
          <div class="tc-titlebar">
            <h1 class="tc-title">TheraCode</h1>
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
          {prefs.orgName && <p class="tc-org">Set up by {prefs.orgName}</p>}
          {hasNote && state.frameHost && (
            <p class="tc-org tc-frame-host" data-testid="frame-host">
              Note in a frame from {state.frameHost}
            </p>
          )}
          <PayerSelect store={store} onPick={actions.setPayer} />
          <p class="tc-status" data-testid="analysis-status" role="status" aria-live="polite">
            {statusText}
          </p>
        </header>
        {hasNote && <ReviewSource fieldId={state.fieldId} text={state.text} />}
        <section aria-labelledby="tc-suggested-h" class="tc-suggested">
          <h2 id="tc-suggested-h">Suggested code</h2>
          <p data-testid="suggested-code" class="tc-code">
            {suggested ? `${suggested} ${CODE_NAMES[suggested]}` : '—'}
          </p>
          {hasNote && state.text.length > 50_000 && (
            <p class="tc-note">Analysed {state.text.length.toLocaleString('en-US')} characters of the note.</p>
          )}
        </section>
        {hasNote && a.codes.length > 0 && <Ledger analysis={a} rule={prefs.rule} />}
        {hasNote && (
          <Interventions analysis={a} text={state.text} uncertainBelow={prefs.uncertainBelow} onShow={onShow} />
        )}
        {hasNote && <Missing analysis={a} />}
        {hasNote && <Flags analysis={a} />}
        {hasNote && <BilledCheck analysis={a} rule={prefs.rule} />}
        {hasNote && <SummaryFooter analysis={a} text={state.text} prefs={prefs} copy={actions.copy} />}
      </aside>
    </div>
  );
}
