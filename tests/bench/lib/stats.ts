/** Percentiles and summaries for benchmark samples (nearest-rank, no interpolation). */

/** The q-th percentile (0..1) of numbers, nearest rank; NaN for no samples. */
export function percentile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** p50/p95/max of a set of latencies; a sample that timed out is NaN and counts as a failure. */
export interface LatencySummary {
  n: number;
  p50: number;
  p95: number;
  max: number;
  timedOut: number;
}

/** Summarise latency samples (NaN = the sidebar never showed the result within the probe's timeout). */
export function summarize(samples: readonly number[]): LatencySummary {
  const ok = samples.filter((s) => Number.isFinite(s));
  return {
    n: samples.length,
    p50: percentile(ok, 0.5),
    p95: percentile(ok, 0.95),
    max: ok.length ? Math.max(...ok) : Number.NaN,
    timedOut: samples.length - ok.length,
  };
}
