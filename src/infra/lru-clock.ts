import type { LRUCache } from 'lru-cache';

/**
 * lru-cache options for an injected clock (tests move it by hand): read on every check
 * (ttlResolution 0, so a moved clock is seen at once), and shifted by 1 ms because lru-cache reads an
 * entry stored at time 0 as one without a TTL. Only differences of the clock matter, so the shift
 * changes no expiry.
 *
 * @example new LRUCache({ max: 10, ...lruClock(() => fakeNow) })
 */
export function lruClock(now: (() => number) | undefined): Pick<LRUCache.Options<string, object, unknown>, 'ttlResolution' | 'perf'> {
  return { ttlResolution: 0, ...(now ? { perf: { now: () => now() + 1 } } : {}) };
}
