/** The content script waits for a slow-starting worker long enough (about 25 s), not 3.6 s. */
import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../../lib/settings/page';

describe('first-settings retries', () => {
  it('back off by 100 ms, then wait once a second', () => {
    expect([1, 2, 5, 10, 11, 29].map(retryDelayMs)).toEqual([100, 200, 500, 1000, 1000, 1000]);
  });

  it('the 30 default attempts wait over 20 s in all before giving up', () => {
    let total = 0;
    for (let i = 1; i < 30; i++) total += retryDelayMs(i);
    expect(total).toBeGreaterThan(20_000);
    expect(total).toBeLessThan(30_000);
  });
});
