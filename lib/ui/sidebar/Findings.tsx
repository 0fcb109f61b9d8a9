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

/** One flag as a list item (the testids other tools rely on). */
function FlagItem({ flag }: { flag: Analysis['flags'][number] }) {
  return (
    <li data-testid="flag" data-flag={flag.id} class={`tc-flag tc-flag-${flag.severity}`}>
      <span class="tc-sev">{flag.severity === 'warning' ? 'Warning' : 'Note'}:</span> {flag.message}
    </li>
  );
}

/**
 * Flags about the note as a whole (list only: the section heading is the caller's). Warnings ask for
 * action and are listed in full; notes (severity info: a CMS tie, a label the content overrides, a
 * pair whose time blocks are documented) are folded behind one line, so a typical note still fits
 * one screen. The summary line and the section heading count both.
 */
export function Flags({ analysis }: { analysis: Analysis }) {
  if (analysis.flags.length === 0) return null;
  const warnings = analysis.flags.filter((f) => f.severity === 'warning');
  const notes = analysis.flags.filter((f) => f.severity !== 'warning');
  return (
    <>
      {warnings.length > 0 && (
        <ul class="tc-list">
          {warnings.map((f) => (
            <FlagItem key={f.id} flag={f} />
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <details class="tc-why-box" data-testid="flag-notes">
          <summary>{notes.length === 1 ? '1 note' : `${notes.length} notes`} for information</summary>
          <ul class="tc-list">
            {notes.map((f) => (
              <FlagItem key={f.id} flag={f} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
