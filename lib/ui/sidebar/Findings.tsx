/** What the note still lacks (with hints) and note-level flags (e.g. a note too long to analyse whole). */
import type { Analysis } from '../../contracts/analysis';

/** Missing documentation elements, one item each, with the hint that fixes it. */
export function Missing({ analysis }: { analysis: Analysis }) {
  if (analysis.missing.length === 0) return null;
  return (
    <section aria-labelledby="tc-missing-h">
      <h2 id="tc-missing-h">Missing documentation</h2>
      <ul class="tc-list">
        {analysis.missing.map((m) => (
          <li
            key={`${m.segment}-${m.code}-${m.element}`}
            data-testid="missing-element"
            data-element={m.element}
            data-code={m.code}
          >
            <strong>{m.code}</strong> {m.message}
            {m.hint && <span class="tc-hint"> Hint: {m.hint}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Flags about the note as a whole. */
export function Flags({ analysis }: { analysis: Analysis }) {
  if (analysis.flags.length === 0) return null;
  return (
    <section aria-labelledby="tc-flags-h">
      <h2 id="tc-flags-h">Flags</h2>
      <ul class="tc-list">
        {analysis.flags.map((f) => (
          <li key={f.id} data-testid="flag" data-flag={f.id} class={`tc-flag tc-flag-${f.severity}`}>
            <span class="tc-sev">{f.severity === 'warning' ? 'Warning' : 'Note'}:</span> {f.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
