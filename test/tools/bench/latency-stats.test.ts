import { describe, expect, it } from 'vitest';
import { percentile, summarize } from '../../../src/tools/bench/latency-stats.js';

describe('latency figures', () => {
  it('a percentile is a latency that was observed (nearest rank), never an interpolation', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([0.3, 7], 50)).toBe(0.3);
    expect(percentile([], 99)).toBe(0);
  });

  it('one slow turn in a hundred shows in p99 but not in p50', () => {
    const samples = [...Array.from({ length: 98 }, () => 0.1), 5, 9];
    const summary = summarize(samples, 1000);
    expect(summary.p50Ms).toBe(0.1);
    expect(summary.p99Ms).toBe(5);
    expect(summary.perSecond).toBe(100);
  });
});
