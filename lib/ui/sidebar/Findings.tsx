/** What the note still lacks (with hints) and note-level flags (e.g. a note too long to analyse whole). */
import type { Analysis } from '../../contracts/analysis';
import { missingGroups, missingHints } from './glance';

/**
 * Missing documentation, grouped under each code, one line per element (however many interventions
 * lack it; the §3.3 testid stays on that line), and each element type's hint printed once below.
 */
export function Missing({ analysis }: { analysis: Analysis }) {
  if (analysis.missing.length === 0) return null;
  const hints = missingHints(analysis.missing);
  return (
    <>
      <dl class="tc-missing">
        {missingGroups(analysis.missing).map((g) => (
          <div key={g.code} class="tc-missing-group" data-testid="missing-group" data-code={g.code}>
            <dt>{g.code}</dt>
            {g.elements.map((m) => (
              <dd key={m.element} data-testid="missing-element" data-element={m.element} data-code={g.code}>
                {m.message}
                {m.segments > 1 && <span class="tc-hint"> ({m.segments} interventions)</span>}
              </dd>
            ))}
          </div>
        ))}
      </dl>
      {hints.length > 0 && (
        <details class="tc-why-box">
          <summary>How to add {hints.length === 1 ? 'it' : `them (${hints.length} hints)`}</summary>
          <ul class="tc-hints">
            {hints.map((h) => (
              <li key={h.element} data-testid="missing-hint" data-element={h.element}>
                {h.hint}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** Flags about the note as a whole (list only: the section heading is the caller's). */
export function Flags({ analysis }: { analysis: Analysis }) {
  if (analysis.flags.length === 0) return null;
  return (
    <ul class="tc-list">
      {analysis.flags.map((f) => (
        <li key={f.id} data-testid="flag" data-flag={f.id} class={`tc-flag tc-flag-${f.severity}`}>
          <span class="tc-sev">{f.severity === 'warning' ? 'Warning' : 'Note'}:</span> {f.message}
        </li>
      ))}
    </ul>
  );
}
