import type { Redis } from 'ioredis';
import type { RateLimiter, RateLimitResult } from '../core/rate-limiter.js';
import { createBoundedTtlMap } from './bounded-ttl-map.js';

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
  const windows = createBoundedTtlMap<Window>({ maxEntries: options.maxKeys ?? 100_000, now });
  return {
    hit(key) {
      const at = now();
      let window = windows.get(key);
      if (window === undefined) {
        window = { count: 0, endsAt: at + windowSeconds * 1000 };
        windows.set(key, window, windowSeconds * 1000);
      }
      window.count += 1;
      return Promise.resolve(decide(window.count, limit, window.endsAt - at));
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
 * Counts and starts the window in one atomic step, so concurrent instances never both see "first hit"
 * or leave a counter without an expiry. Returns the count and the milliseconds left in the window.
 */
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { count, redis.call('PTTL', KEYS[1]) }`;

/**
 * A {@link RateLimiter} shared by every instance on one Redis. Rejects if Redis is unreachable; the
 * caller decides whether to let the message through (the lock and the store will fail anyway).
 *
 * @example
 * const limiter = createRedisRateLimiter({ redis, prefix: 'relief:rate:', limit: 20, windowSeconds: 60 });
 */
export function createRedisRateLimiter(options: RedisRateLimitOptions): RateLimiter {
  const { limit, windowSeconds } = validated(options);
  const { redis, prefix } = options;
  return {
    async hit(key) {
      const reply: unknown = await redis.eval(HIT_SCRIPT, 1, prefix + key, String(windowSeconds * 1000));
      if (!Array.isArray(reply) || typeof reply[0] !== 'number' || typeof reply[1] !== 'number') {
        throw new Error(`unexpected reply from the rate-limit script: ${JSON.stringify(reply)}`);
      }
      return decide(reply[0], limit, reply[1]);
    },
  };
}

function decide(count: number, limit: number, msLeft: number): RateLimitResult {
  if (count <= limit) return { allowed: true, retryAfterSeconds: 0 };
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
