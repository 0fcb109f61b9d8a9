/**
 * The whole analysis behind the sidebar's view (contracts/sidebar-port.ts): the view itself when it
 * is whole (any note with few interventions), else fetched from the worker once something needs it —
 * "Show all", the defense summary, Copy, the billed check — and fetched again for each newer note
 * while it is still wanted, so those stay live as the therapist types.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../../contracts/analysis';
import type { AnalysisView } from '../../contracts/sidebar-port';

/** Ask the worker for the analysis with this hash (null: gone or stale). */
export type FetchAnalysis = (noteHash: string) => Promise<Analysis | null>;

/** What the sidebar's tools use: the whole analysis or null while it is on its way, and how to ask for it. */
export interface FullAnalysis {
  full: Analysis | null;
  /** From now on keep the whole analysis here (call from an event handler or an effect). */
  want: () => void;
  /** The whole analysis now (fetched if need be), for a click that needs it at once (Copy). */
  load: () => Promise<Analysis | null>;
}

/** Hook: the whole analysis for `view`. */
export function useFullAnalysis(view: AnalysisView | null, fetchFull: FetchAnalysis): FullAnalysis {
  const [wanted, setWanted] = useState(false);
  const [got, setGot] = useState<Analysis | null>(null);
  const hash = view?.partial ? view.noteHash : null;
  const full = view && !view.partial ? view : got !== null && got.noteHash === hash ? got : null;
  const current = useRef({ full, hash });
  current.current = { full, hash };
  useEffect(() => {
    if (!wanted || hash === null) return;
    let live = true;
    void fetchFull(hash).then((a) => {
      if (live && a) setGot(a);
    });
    return () => {
      live = false;
    };
  }, [wanted, hash, fetchFull]);
  const want = useCallback(() => setWanted(true), []);
  const load = useCallback(async () => {
    const { full: now, hash: h } = current.current;
    if (now || h === null) return now;
    const a = await fetchFull(h);
    if (a) setGot(a);
    return a;
  }, [fetchFull]);
  return { full, want, load };
}
