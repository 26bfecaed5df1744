/**
 * Latency samples → the figures the benchmark reports: throughput, mean, p50 and p99.
 *
 * @example
 * summarize([0.1, 0.2, 0.3], 1) // { count: 3, perSecond: 3000, p50Ms: 0.2, p99Ms: 0.3, meanMs: 0.2 }
 */
export interface LatencySummary {
  /** Operations measured. */
  count: number;
  /** Operations per second of wall time (one operation at a time: 1000 / mean when nothing else runs). */
  perSecond: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * The `p`-th percentile (0–100) of samples sorted ascending, nearest-rank (no interpolation: every
 * reported figure is a latency that was actually observed). 0 for no samples.
 *
 * @example
 * percentile([1, 2, 3, 4], 50) // 2
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? 0;
}

/** Summarises latencies (ms) measured over `wallMs` of wall time. */
export function summarize(samplesMs: readonly number[], wallMs: number): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const total = sorted.reduce((sum, ms) => sum + ms, 0);
  return {
    count: sorted.length,
    perSecond: wallMs > 0 ? round((sorted.length * 1000) / wallMs, 1) : 0,
    meanMs: sorted.length > 0 ? round(total / sorted.length, 4) : 0,
    p50Ms: round(percentile(sorted, 50), 4),
    p99Ms: round(percentile(sorted, 99), 4),
  };
}

/** Rounds for display in reports (these are measurements, not money). */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
