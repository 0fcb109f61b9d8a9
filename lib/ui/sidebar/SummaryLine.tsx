/** The always-visible summary line: suggested code, units under the rule in use, timed total, gaps, flags. */
import type { Analysis } from '../../contracts/analysis';
import { CODE_NAMES } from '../../contracts/codes';
import type { SidebarPrefs } from '../../settings/prefs';
import { glance } from './glance';

/** One line (wrapping in a narrow panel); the §3.3 `suggested-code` testid is its first part. */
export function SummaryLine({ analysis, rule }: { analysis: Analysis | null; rule: SidebarPrefs['rule'] }) {
  const code = analysis?.suggested ?? null;
  const g = analysis ? glance(analysis, rule) : null;
  return (
    <p class="tc-summary" data-testid="summary-line">
      <span class="tc-summary-label">Suggested code</span>{' '}
      <span data-testid="suggested-code" class="tc-code">
        {code ? `${code} ${CODE_NAMES[code]}` : '—'}
      </span>
      {g && (
        <span class="tc-summary-facts">
          {' · '}
          <span data-testid="summary-units">{g.units}</span>
          {' · '}
          <span data-testid="summary-timed">{g.timed}</span>
          {' · '}
          <span data-testid="summary-gaps">{g.gaps}</span>
          {' · '}
          <span data-testid="summary-flags">{g.flags}</span>
        </span>
      )}
    </p>
  );
}
