/**
 * What the sidebar's always-visible summary line and grouped "missing" list say (pure, so unit tests
 * check the words): suggested code, units under the rule in use, timed total, gaps and flags.
 */
import type { Analysis, Element, Missing } from '../../contracts/analysis';
import type { Code } from '../../contracts/codes';
import type { SidebarPrefs } from '../../settings/prefs';

/** The summary line's parts, in reading order. */
export interface Glance {
  units: string;
  timed: string;
  gaps: string;
  flags: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Units under the rule in use ("3 units CMS"; both rules side by side under 'both'), timed total, counts. */
export function glance(analysis: Analysis, rule: SidebarPrefs['rule']): Glance {
  const u = analysis.totals.units;
  const units =
    rule === 'both' ? `${u.cms} CMS / ${u.ama} AMA units` : `${plural(u[rule], 'unit')} ${rule.toUpperCase()}`;
  return {
    units,
    timed: `${analysis.totals.timedMinutes} min timed`,
    gaps: plural(
      missingGroups(analysis.missing).reduce((n, g) => n + g.elements.length, 0),
      'gap',
    ),
    flags: plural(analysis.flags.length, 'flag'),
  };
}

/** One element a code lacks: the message without the code (the group heading names it), how many segments lack it. */
export interface MissingItem {
  element: Element;
  message: string;
  segments: number;
}

/** The missing elements of one code. */
export interface MissingGroup {
  code: Code;
  elements: MissingItem[];
}

/** Group by code (first-seen order), one item per element however many interventions lack it. */
export function missingGroups(missing: readonly Missing[]): MissingGroup[] {
  const groups = new Map<Code, Map<Element, MissingItem>>();
  for (const m of missing) {
    const byElement = groups.get(m.code) ?? new Map<Element, MissingItem>();
    groups.set(m.code, byElement);
    const seen = byElement.get(m.element);
    if (seen) seen.segments += 1;
    else byElement.set(m.element, { element: m.element, message: withoutCode(m.message, m.code), segments: 1 });
  }
  return [...groups].map(([code, els]) => ({ code, elements: [...els.values()] }));
}

/** One neutral hint per element type, in first-seen order (the same hint is never printed twice). */
export function missingHints(missing: readonly Missing[]): { element: Element; hint: string }[] {
  const out = new Map<Element, string>();
  for (const m of missing) if (m.hint && !out.has(m.element)) out.set(m.element, m.hint);
  return [...out].map(([element, hint]) => ({ element, hint }));
}

/** "97116: no minutes…" under the heading 97116 reads "No minutes…". */
function withoutCode(message: string, code: string): string {
  const rest = message.startsWith(code) ? message.slice(code.length).replace(/^[\s:–—-]+/, '') : message;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
