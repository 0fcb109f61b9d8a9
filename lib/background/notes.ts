/**
 * In-memory per-tab note state: which field each tab's sidebar shows. Nothing here is ever
 * written to storage; a tab's entry is dropped when the tab closes or navigates.
 */

/** Which field in which frame a tab's sidebar shows. */
export interface FieldRef {
  frameId: number;
  fieldId: string;
  /** The code the sidebar suggests for this field (no note text is kept here). */
  suggested?: string | null;
}

/** The last field that sent a note, per tab (what the sidebar is showing). */
export class TabNotes {
  private readonly current = new Map<number, FieldRef>();

  /** Remember that this field is the one in use in the tab. */
  set(tabId: number, ref: FieldRef): void {
    this.current.set(tabId, ref);
  }

  get(tabId: number): FieldRef | undefined {
    return this.current.get(tabId);
  }

  /** Forget a tab entirely (closed or navigated). */
  drop(tabId: number): void {
    this.current.delete(tabId);
  }

  get size(): number {
    return this.current.size;
  }
}

/** The slice of `browser.tabs` whose events end a tab's note (handed in so tests can fire them). */
export interface TabEvents {
  onRemoved: { addListener: (cb: (tabId: number) => void) => void };
  onUpdated: { addListener: (cb: (tabId: number, change: { status?: string }) => void) => void };
}

/** Anything else that keeps per-tab state (the sidebar hub). */
export interface TabDroppable {
  drop: (tabId: number) => void;
}

/** Drop a tab's note when the tab closes or starts loading another page (a reload counts: the note is gone). */
export function dropNotesWithTabs(tabs: TabEvents, notes: TabNotes, ...more: TabDroppable[]): void {
  const drop = (tabId: number) => {
    notes.drop(tabId);
    for (const m of more) m.drop(tabId);
  };
  tabs.onRemoved.addListener(drop);
  tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') drop(tabId);
  });
}
