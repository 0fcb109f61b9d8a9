/**
 * Long tasks, and which of them the extension caused, from a Chromium performance trace.
 *
 * Why a trace and not the page's own `PerformanceObserver('longtask')`: the content script runs in
 * an isolated world on the page's main thread, so a long task it causes is attributed to the page's
 * frame ("window", "unknown"); Long Animation Frame entries list no script for extension code
 * either (checked on Chromium 156), and in practice the page's observer reported far fewer long
 * tasks than the trace showed on the same run. The trace (the DevTools Performance panel's data)
 * does say which script ran inside each task, with its URL.
 *
 * How a long task is attributed: a long task is a top-level `RunTask` over 50 ms on the main thread
 * of a renderer that hosts the bench's pages. Inside it we add up the outermost script events
 * (FunctionCall, EvaluateScript, v8.compile/execute, TimerFire, EventDispatch handlers …) whose URL
 * is the extension's (`chrome-extension://<id>/…`); garbage collection and forced layout nested in
 * them count as theirs. A `FunctionCall` with no script at all (scriptId 0) is Chromium's native
 * extension bindings delivering a runtime message (deserialising it, then calling the listener,
 * whose code runs next as a microtask): it counts as the extension's when the same task runs
 * extension script. (Checked: the run without the extension has no scriptId-0 calls; with it there
 * are two per edit, analysisStarted and analysisReady.) The task counts against the extension when that time is over 50 ms on its
 * own, or when the task would not have been long without it (duration − extension time ≤ 50 ms).
 * What this cannot see: style/layout/paint that the sidebar's DOM changes trigger later, in the
 * frame's rendering step, carry no script URL. Those are in `unattributed`, and the 40 KB bench
 * also runs the same typing without the extension, so the report shows what the page costs alone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/** One Chromium trace event (the fields we read). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: Record<string, unknown>; beginData?: Record<string, unknown> };
}

/** A long task and the part of it spent in the extension's scripts (ms). */
export interface LongTask {
  ms: number;
  extensionMs: number;
}

/** Long tasks on the bench pages' main threads, split by cause. */
export interface LongTaskReport {
  all: LongTask[];
  /** Tasks the extension caused (see the rule above). */
  extension: LongTask[];
  /** Long tasks with no extension script in them at all. */
  unattributed: LongTask[];
}

/** A task over this is long (the RAIL / Long Tasks API threshold). */
export const LONG_TASK_MS = 50;

function urlOf(e: TraceEvent): string {
  const d = e.args?.data ?? e.args?.beginData;
  const url = d?.url ?? d?.scriptName ?? d?.sourceURL;
  return typeof url === 'string' ? url : '';
}

/** Renderer pids that loaded a page from `pageOrigin` (its main threads are the ones measured). */
function pageRenderers(events: readonly TraceEvent[], pageOrigin: string): Set<number> {
  const pids = new Set<number>();
  for (const e of events) {
    if (urlOf(e).startsWith(pageOrigin)) pids.add(e.pid);
    const frames = e.args?.data?.frames;
    if (Array.isArray(frames))
      for (const f of frames as { processId?: number; url?: string }[])
        if (typeof f.processId === 'number' && f.url?.startsWith(pageOrigin)) pids.add(f.processId);
  }
  return pids;
}

/** Split the long tasks of a trace into the extension's and the rest (pure: unit-testable). */
export function attributeLongTasks(
  events: readonly TraceEvent[],
  extensionOrigin: string,
  pageOrigin: string,
): LongTaskReport {
  const pids = pageRenderers(events, pageOrigin);
  const mainThreads = new Set<string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid))
      mainThreads.add(`${e.pid}:${e.tid}`);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.dur === undefined || !mainThreads.has(key)) continue;
    const list = byThread.get(key) ?? [];
    if (list.length === 0) byThread.set(key, list);
    list.push(e);
  }
  const report: LongTaskReport = { all: [], extension: [], unattributed: [] };
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let task: TraceEvent | null = null;
    let extUntil = -1; // end of the outermost extension script event being counted (µs)
    let extUs = 0;
    let nativeUs = 0; // scriptId-0 calls: the extension's message delivery when the task also runs its script
    let nativeUntil = -1;
    let extSeen = false;
    const close = () => {
      if (!task) return;
      const t: LongTask = { ms: (task.dur ?? 0) / 1000, extensionMs: extSeen ? (extUs + nativeUs) / 1000 : 0 };
      if (t.ms > LONG_TASK_MS) {
        report.all.push(t);
        if (t.extensionMs > LONG_TASK_MS || (t.extensionMs > 0 && t.ms - t.extensionMs <= LONG_TASK_MS))
          report.extension.push(t);
        else if (t.extensionMs === 0) report.unattributed.push(t);
      }
    };
    for (const e of list) {
      const end = e.ts + (e.dur ?? 0);
      if (e.name === 'RunTask' && (!task || e.ts >= task.ts + (task.dur ?? 0))) {
        close();
        task = e;
        extUs = 0;
        nativeUs = 0;
        nativeUntil = -1;
        extSeen = false;
        extUntil = -1;
        continue;
      }
      if (!task || e.ts < extUntil) continue; // outside a task, or nested in extension time already counted
      const own = Math.min(end, task.ts + (task.dur ?? 0)) - e.ts;
      if (urlOf(e).startsWith(extensionOrigin)) {
        extSeen = true;
        if (e.ts >= nativeUntil) extUs += own; // inside a native call its time is counted there already
        extUntil = end;
      } else if (e.name === 'FunctionCall' && String(e.args?.data?.scriptId) === '0' && e.ts >= nativeUntil) {
        nativeUs += own;
        nativeUntil = end;
      }
    }
    close();
  }
  return report;
}

/** Trace categories the DevTools Performance panel uses for the main thread. */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', '__metadata'];

let traceCount = 0;

/**
 * A running trace of the whole browser (all tabs); `stop` returns the long-task report. With
 * BENCH_TRACE_DIR set, each trace is also saved there (open it in the DevTools Performance panel).
 */
export async function startTrace(context: BrowserContext, page: Page, extensionOrigin: string, pageOrigin: string) {
  // BENCH_NO_TRACE=1 measures latency without the tracing overhead (then no long-task figures)
  if (process.env.BENCH_NO_TRACE === '1') return { stop: async (): Promise<LongTaskReport | undefined> => undefined };
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value) events.push(ev as unknown as TraceEvent);
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  return {
    async stop(): Promise<LongTaskReport | undefined> {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach().catch(() => undefined);
      const dir = process.env.BENCH_TRACE_DIR;
      if (dir) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, `trace-${++traceCount}.json`), JSON.stringify({ traceEvents: events }));
      }
      return attributeLongTasks(events, extensionOrigin, pageOrigin);
    },
  };
}
