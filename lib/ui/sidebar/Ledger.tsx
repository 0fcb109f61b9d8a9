/** The minute/unit ledger: each code's minutes and units under the rule in use, the other rule beside it. */
import type { Analysis } from '../../contracts/analysis';
import type { SidebarPrefs } from '../../settings/prefs';

const RULE_LABEL = { cms: 'CMS', ama: 'AMA' } as const;

/** Table of codes with minutes and units, and the totals. */
export function Ledger({ analysis, rule }: { analysis: Analysis; rule: SidebarPrefs['rule'] }) {
  const order: ('cms' | 'ama')[] = rule === 'ama' ? ['ama', 'cms'] : ['cms', 'ama'];
  const lead = rule === 'both' ? null : rule;
  const t = analysis.totals;
  return (
    <>
      <table class="tc-ledger">
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Minutes</th>
            {order.map((r) => (
              <th scope="col" key={r} class={r === lead ? 'tc-lead' : undefined}>
                {RULE_LABEL[r]} units{r === lead ? ' (in use)' : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {analysis.codes.map((c) => (
            <tr key={c.code} data-testid="code-row" data-code={c.code}>
              <th scope="row">{c.code}</th>
              <td data-testid="code-minutes">
                {c.minutes === null ? '—' : `${c.minutes} min`}
                {c.timed ? '' : ' (untimed)'}
              </td>
              {order.map((r) => (
                <td key={r} data-testid={`code-units-${r}`} class={r === lead ? 'tc-lead' : undefined}>
                  {c.units[r]} {c.units[r] === 1 ? 'unit' : 'units'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="totals-row">
            <th scope="row">Total</th>
            <td>{t.timedMinutes} min</td>
            {order.map((r) => (
              <td key={r} class={r === lead ? 'tc-lead' : undefined}>
                {t.units[r]} {t.units[r] === 1 ? 'unit' : 'units'}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      {t.statedTimedMinutes !== null && t.statedTimedMinutes !== t.timedMinutes && (
        <p class="tc-note">The note states {t.statedTimedMinutes} timed minutes in total.</p>
      )}
    </>
  );
}
