/** The sidebar: suggested code, minute/unit ledger, missing elements, status in words. */
import { useEffect, useState } from 'preact/hooks';
import { CODE_NAMES } from '../contracts/codes';
import type { SidebarState, SidebarStore } from '../overlay/store';

const STATUS_WORDS: Record<SidebarState['status'], string> = {
  idle: 'Idle — start typing the treatment note',
  analysing: 'Analysing…',
  ready: 'Ready',
  error: 'Error',
};

/** Subscribe a component to the store. */
function useStore(store: SidebarStore): SidebarState {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    const off = store.subscribe(setState);
    return () => {
      off();
    };
  }, [store]);
  return state;
}

export function Sidebar({ store }: { store: SidebarStore }) {
  const state = useStore(store);
  const a = state.analysis;
  const hasNote = state.text.trim().length > 0;
  return (
    <aside class="tc-sidebar" aria-label="TheraCode coding assistant">
      <header class="tc-header">
        <h1 class="tc-title">TheraCode</h1>
        <p class="tc-status" data-testid="analysis-status" role="status" aria-live="polite">
          {state.status === 'error' && state.error ? `Error — ${state.error}` : STATUS_WORDS[state.status]}
        </p>
      </header>
      <section aria-label="Suggested code" class="tc-suggested">
        <h2>Suggested code</h2>
        <p data-testid="suggested-code" class="tc-code">
          {a?.suggested && hasNote ? `${a.suggested} ${CODE_NAMES[a.suggested]}` : '—'}
        </p>
      </section>
      {a && hasNote && a.codes.length > 0 && (
        <section aria-label="Minutes and units">
          <h2>Minutes and units</h2>
          <table class="tc-ledger">
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Minutes</th>
                <th scope="col">CMS</th>
                <th scope="col">AMA</th>
              </tr>
            </thead>
            <tbody>
              {a.codes.map((c) => (
                <tr key={c.code} data-testid="code-row" data-code={c.code}>
                  <th scope="row">{c.code}</th>
                  <td data-testid="code-minutes">{c.minutes ?? '—'}</td>
                  <td data-testid="code-units-cms">{c.units.cms}</td>
                  <td data-testid="code-units-ama">{c.units.ama}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {a && hasNote && a.missing.length > 0 && (
        <section aria-label="Missing documentation">
          <h2>Missing documentation</h2>
          <ul>
            {a.missing.map((m) => (
              <li
                key={`${m.segment}-${m.code}-${m.element}`}
                data-testid="missing-element"
                data-element={m.element}
                data-code={m.code}
              >
                <strong>{m.code}</strong> {m.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
