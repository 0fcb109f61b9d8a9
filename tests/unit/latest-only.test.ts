/** The background's per-frame gate: one analysis at a time, only the newest text waiting. */
import { expect, test } from 'vitest';
import { createLatestOnly } from '../../lib/background/latest-only';
import { singleFlight } from '../../lib/messaging/single-flight';

test('a burst for one key runs the first and the last; the ones between are dropped', async () => {
  const submit = createLatestOnly();
  const ran: number[] = [];
  const job = (i: number) => async () => {
    ran.push(i);
    await new Promise((r) => setTimeout(r, 5));
  };
  const results = await Promise.all([1, 2, 3, 4, 5].map((i) => submit('tab:0', job(i))));
  expect(ran).toEqual([5]); // all arrived before the first ran: only the newest runs
  expect(results).toEqual([false, false, false, false, true]);
  const first = submit('tab:0', job(6));
  await new Promise((r) => setTimeout(r, 1)); // 6 is running now
  const late = await Promise.all([submit('tab:0', job(7)), submit('tab:0', job(8)), first]);
  expect(ran).toEqual([5, 6, 8]);
  expect(late).toEqual([false, true, true]);
});

test('keys are independent: another frame is not held up', async () => {
  const submit = createLatestOnly();
  const ran: string[] = [];
  await Promise.all([submit('tab:0', async () => void ran.push('a')), submit('tab:3', async () => void ran.push('b'))]);
  expect(ran.sort()).toEqual(['a', 'b']);
});

test('singleFlight: one request in flight, the newest sent when it returns', async () => {
  const sent: number[] = [];
  let release: () => void = () => undefined;
  const send = singleFlight(async (n: number) => {
    sent.push(n);
    await new Promise<void>((r) => {
      release = r;
    });
  });
  send(1);
  send(2);
  send(3);
  expect(sent).toEqual([1]);
  release();
  await new Promise((r) => setTimeout(r, 0));
  expect(sent).toEqual([1, 3]);
  release();
});
