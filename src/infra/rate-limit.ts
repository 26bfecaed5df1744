/**
 * The two {@link RateLimiter}s: one process (lru-cache) and shared by every instance on one Redis
 * (rate-limiter-flexible). Both count a fixed window that starts at the user's first message (a burst
 * of up to 2 × limit across a window edge is acceptable for a politeness limit).
 *
 * Why not rate-limiter-flexible's RateLimiterMemory too: it keeps every key it has seen, each with its
 * own timer, until its window ends — about 480 B a key and no cap (100,000 fresh keys: +47 MB heap;
 * a flood of new session ids grows it without bound, issue 13 §2). The memory limiter here is capped
 * like the session store.
 */
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimiter, RateLimitResult } from '../core/rate-limiter.js';
import { lruClock } from './lru-clock.js';

export interface RateLimitOptions {
  /** Messages allowed per window. */
  limit: number;
  /** Window length in seconds. */
  windowSeconds: number;
}

export interface MemoryRateLimitOptions extends RateLimitOptions {
  /** The most users tracked at once (least recently seen dropped first). Default 100,000. */
  maxKeys?: number;
  /** Clock in milliseconds; injected by tests. */
  now?: () => number;
}

/** One user's window; mutated in place, as hits on one key happen in one event-loop tick each. */
interface Window {
  count: number;
  endsAt: number;
}

/**
 * A {@link RateLimiter} for one process, bounded in memory like the session store.
 *
 * @example
 * const limiter = createMemoryRateLimiter({ limit: 20, windowSeconds: 60 });
 */
export function createMemoryRateLimiter(options: MemoryRateLimitOptions): RateLimiter {
  const { limit, windowSeconds } = validated(options);
  const now = options.now ?? Date.now;
  const windowMs = windowSeconds * 1000;
  const windows = new LRUCache<string, Window>({ max: options.maxKeys ?? 100_000, ttl: windowMs, ...lruClock(options.now) });
  return {
    hit(key) {
      const at = now();
      let window = windows.get(key);
      if (window === undefined) {
        window = { count: 0, endsAt: at + windowMs };
        windows.set(key, window);
      }
      window.count += 1;
      return Promise.resolve(decide(window.count <= limit, window.endsAt - at));
    },
  };
}

export interface RedisRateLimitOptions extends RateLimitOptions {
  /** A connected client, see `connectRedis`. */
  redis: Redis;
  /** Prepended to every key, e.g. `relief:rate:`. */
  prefix: string;
}

/**
 * A {@link RateLimiter} shared by every instance on one Redis: rate-limiter-flexible's RateLimiterRedis
 * (one atomic script counts and starts the window, so two instances never both see "first hit" or
 * leave a counter without an expiry). Rejects if Redis is unreachable; the bot answers "please try
 * again" (the lock and the store would fail anyway).
 *
 * @example
 * const limiter = createRedisRateLimiter({ redis, prefix: 'relief:rate:', limit: 20, windowSeconds: 60 });
 */
export function createRedisRateLimiter(options: RedisRateLimitOptions): RateLimiter {
  const { limit, windowSeconds } = validated(options);
  const limiter = new RateLimiterRedis({
    storeClient: options.redis,
    // rate-limiter-flexible joins prefix and key with ":" itself.
    keyPrefix: options.prefix.replace(/:$/, ''),
    points: limit,
    duration: windowSeconds,
  });
  return {
    async hit(key) {
      try {
        const res = await limiter.consume(key);
        return decide(true, res.msBeforeNext);
      } catch (refusal: unknown) {
        // Over the limit it rejects with a RateLimiterRes; anything else is a Redis failure.
        if (refusal instanceof RateLimiterRes) return decide(false, refusal.msBeforeNext);
        throw refusal;
      }
    },
  };
}

function decide(allowed: boolean, msLeft: number): RateLimitResult {
  if (allowed) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(msLeft / 1000)) };
}

function validated(options: RateLimitOptions): RateLimitOptions {
  const { limit, windowSeconds } = options;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${String(limit)}`);
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1) {
    throw new RangeError(`windowSeconds must be a positive integer, got ${String(windowSeconds)}`);
  }
  return { limit, windowSeconds };
}
