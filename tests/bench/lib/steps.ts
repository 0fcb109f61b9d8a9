/**
 * The step profile of a timed edit: where the time between the keystroke and the painted sidebar
 * goes. A build made with WXT_E2E_HOOKS=1 (`npm run build:e2e`; the bench's `--steps`) leaves User
 * Timing marks at each step (lib/messaging/step-marks.ts) in the page (the content script shares the
 * page's timeline), the service worker and the sidebar page; after each edit they are read on the
 * wall clock (`timeOrigin + startTime`, as the probes do) and cleared. A plain build has no marks and
 * the profile is simply absent.
 */
import type { Frame, Page } from '@playwright/test';
import { STEPS, type Step } from '../../../lib/messaging/step-marks';
import { percentile } from './stats';

/** Read (and clear) this context's TheraCode marks as [step, wall-clock ms]. */
const READ_MARKS = `(() => {
  const out = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('tc:'))
    .map((m) => [m.name.slice(3), performance.timeOrigin + m.startTime]);
  for (const [name] of out) performance.clearMarks('tc:' + name);
  return out;
})()`;

type Mark = [Step, number];

/** One stretch of the trip, from one stamp to the next. */
export const LEGS = [
  ['debounce + read', 'input', 'cs:send'],
  ['to the worker (send, parse)', 'cs:send', 'sw:received'],
  ['wait for a running analysis', 'sw:received', 'sw:start'],
  ['engine', 'sw:start', 'sw:analysed'],
  ['view and port.postMessage', 'sw:analysed', 'sw:posted'],
  ['delivery to the sidebar page', 'sw:posted', 'sb:message'],
  ['sidebar: schema check', 'sb:message', 'sb:parsed'],
  ['sidebar: state and render', 'sb:parsed', 'sb:rendered'],
  ['sidebar: to the painted frame', 'sb:rendered', 'shown'],
] as const;

/** Stamps of one edit, by step (plus the probes' `input` and `shown`). */
export type Stamps = Partial<Record<Step | 'input' | 'shown', number>>;

/**
 * Walk back from the paint: each step's stamp is its last mark before the next step's, so the
 * chain is the one trip that painted this edit's result (earlier analyses of half-typed text and
 * the "Analysing…" message leave marks too).
 */
export function chainOf(marks: readonly Mark[], input: number, shown: number): Stamps {
  const stamps: Stamps = { input, shown };
  let before = shown;
  for (const step of [...STEPS].reverse()) {
    const at = marks.filter(([s, t]) => s === step && t <= before).reduce((m, [, t]) => Math.max(m, t), -1);
    if (at < 0) continue;
    stamps[step] = at;
    before = at;
  }
  return stamps;
}

/** Every TheraCode mark since the last read, from the page, the extension's worker and the sidebar document. */
export async function readMarks(page: Page, sidebar: Frame): Promise<Mark[]> {
  const sources: Promise<unknown>[] = [page.evaluate(READ_MARKS), sidebar.evaluate(READ_MARKS)];
  for (const sw of page.context().serviceWorkers()) sources.push(sw.evaluate(READ_MARKS));
  const all = await Promise.all(sources.map((p) => p.catch(() => [])));
  return all.flat() as Mark[];
}

/** The edits' stamps, collected by timedEdit when handed one. */
export class StepLog {
  readonly edits: Stamps[] = [];

  /** p50 and p95 of each leg (ms) over the edits that have both ends; empty when the build has no marks. */
  summary(): { leg: string; p50: number; p95: number; n: number }[] {
    return LEGS.map(([leg, from, to]) => {
      const d = this.edits
        .map((s) => (s[from] !== undefined && s[to] !== undefined ? (s[to] as number) - (s[from] as number) : NaN))
        .filter(Number.isFinite);
      return { leg, p50: percentile(d, 0.5), p95: percentile(d, 0.95), n: d.length };
    }).filter((l) => l.n > 0);
  }
}
