/** The bench's long-task attribution (tests/bench/lib/trace.ts) on small hand-made traces. */
import { describe, expect, it } from 'vitest';
import { attributeLongTasks, type TraceEvent } from '../bench/lib/trace';

const EXT = 'chrome-extension://abc/';
const PAGE = 'http://127.0.0.1:1234';
const meta: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', pid: 1, tid: 1, ts: 0, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', pid: 2, tid: 2, ts: 0, args: { name: 'CrRendererMain' } },
  { name: 'ParseHTML', ph: 'X', pid: 1, tid: 1, ts: 0, dur: 1, args: { beginData: { url: `${PAGE}/textarea.html` } } },
];
/** Times in ms here; traces count µs. */
const task = (ts: number, ms: number, pid = 1): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  pid,
  tid: pid,
  ts: ts * 1000,
  dur: ms * 1000,
});
const call = (ts: number, ms: number, url: string, scriptId = '5'): TraceEvent => ({
  name: 'FunctionCall',
  ph: 'X',
  pid: 1,
  tid: 1,
  ts: ts * 1000,
  dur: ms * 1000,
  args: { data: { url, scriptId } },
});

describe('attributeLongTasks', () => {
  it.each([
    ['extension script over 50 ms', [task(0, 120), call(10, 80, `${EXT}editor.js`)], 1, 80],
    ['long only because of the extension', [task(0, 60), call(0, 20, `${EXT}editor.js`)], 1, 20],
    [
      'page script, a little extension',
      [task(0, 200), call(0, 5, `${EXT}editor.js`), call(10, 150, `${PAGE}/a.js`)],
      0,
      5,
    ],
    ['no extension at all', [task(0, 90)], 0, 0],
    ['short task', [task(0, 40), call(0, 39, `${EXT}editor.js`)], 0, 39],
  ])('%s', (_name, events, extensionCount, extensionMs) => {
    const r = attributeLongTasks([...meta, ...events], EXT, PAGE);
    expect(r.extension).toHaveLength(extensionCount);
    if (r.all[0]) expect(r.all[0].extensionMs).toBeCloseTo(extensionMs);
  });

  it('counts nested extension calls once, and native message delivery only beside extension script', () => {
    const nested = [task(0, 100), call(0, 40, `${EXT}e.js`), call(5, 30, `${EXT}e.js`), call(50, 30, '', '0')];
    expect(attributeLongTasks([...meta, ...nested], EXT, PAGE).all[0]?.extensionMs).toBeCloseTo(70);
    const nativeOnly = [task(0, 100), call(0, 60, '', '0')];
    const r = attributeLongTasks([...meta, ...nativeOnly], EXT, PAGE);
    expect(r.extension).toHaveLength(0);
    expect(r.unattributed).toHaveLength(1);
  });

  it('ignores renderers that host no bench page (the extension or other tabs)', () => {
    const r = attributeLongTasks([...meta, task(0, 300, 2)], EXT, PAGE);
    expect(r.all).toHaveLength(0);
  });
});
