import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { UserLock } from '../core/user-lock.js';
import { silentLogger, type Logger } from '../lib/logger.js';

/** The lock was not acquired within the bounded wait: the turn should answer "please try again". */
export class LockTimeoutError extends Error {
  override readonly name = 'LockTimeoutError';
  constructor(
    readonly key: string,
    readonly waitedMs: number,
  ) {
    super(`could not lock ${JSON.stringify(key)} within ${waitedMs} ms: another turn of this user is still running`);
  }
}

export interface MemoryLockOptions {
  /** The longest a turn waits for the one before it, then LockTimeoutError. Default 10,000 ms. */
  waitMs?: number;
}

/**
 * A {@link UserLock} for one process: each key holds the promise of its last queued turn, and a new turn
 * chains after it. The entry is removed when the queue for that key drains, so idle users cost nothing.
 *
 * @example
 * const lock = createMemoryLock();
 * await Promise.all([lock.run('u1', turnA), lock.run('u1', turnB)]); // turnB starts after turnA ends
 */
export function createMemoryLock(options: MemoryLockOptions = {}): UserLock & { size(): number } {
  const waitMs = options.waitMs ?? 10_000;
  // The tail never rejects: it resolves when the last queued turn has finished or given up waiting.
  const tails = new Map<string, Promise<void>>();
  return {
    async run(key, fn) {
      const queued = tails.get(key);
      const previous = queued ?? Promise.resolve();
      let release = (): void => undefined;
      const mine = new Promise<void>((resolve) => {
        release = resolve;
      });
      // A turn that gives up waiting releases its own slot, but those after it still wait for `previous`.
      const tail = previous.then(() => mine);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      try {
        // An idle user (the common case) starts at once, without arming a timer.
        if (queued !== undefined) await withinMs(queued, waitMs, () => new LockTimeoutError(key, waitMs));
        return await fn();
      } finally {
        release();
      }
    },
    size: () => tails.size,
  };
}

/** Resolves with `promise`, or rejects with `onTimeout()` if it has not settled after `ms`. */
async function withinMs(promise: Promise<void>, ms: number, onTimeout: () => Error): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  try {
    await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface RedisLockOptions {
  /** A connected client, see `connectRedis`. */
  redis: Redis;
  /** Prepended to every key, e.g. `relief:lock:`. */
  prefix: string;
  /**
   * How long a lock lives if its holder never releases it (crashed instance). Must exceed the longest
   * turn: a turn still running after it loses its exclusivity. Default 15,000 ms.
   */
  ttlMs?: number;
  /** The longest a turn waits for the lock, then LockTimeoutError. Default 10,000 ms. */
  waitMs?: number;
  /** First pause between attempts; it doubles up to `maxRetryMs`, with jitter. Default 10 ms. */
  retryMs?: number;
  /** Longest pause between attempts. Default 200 ms. */
  maxRetryMs?: number;
  logger?: Logger;
}

/** Deletes the lock only if it still holds our token, so a turn never releases a lock taken after its own expired. */
const RELEASE_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/**
 * A {@link UserLock} shared by every instance on one Redis: `SET key token NX PX ttl` to take it (retried
 * with a short, growing, jittered pause up to `waitMs`), a compare-and-delete script to release it.
 * If Redis is unreachable, `run` rejects with that Redis error at once rather than waiting out `waitMs`.
 *
 * @example
 * const lock = createRedisLock({ redis, prefix: 'relief:lock:' });
 * await lock.run('wecom:zhangsan', () => handleTurn(message));
 */
export function createRedisLock(options: RedisLockOptions): UserLock {
  const { redis, prefix } = options;
  const ttlMs = options.ttlMs ?? 15_000;
  const waitMs = options.waitMs ?? 10_000;
  const retryMs = options.retryMs ?? 10;
  const maxRetryMs = options.maxRetryMs ?? 200;
  const logger = options.logger ?? silentLogger;

  async function acquire(key: string, token: string): Promise<void> {
    const lockKey = prefix + key;
    const deadline = Date.now() + waitMs;
    for (let pause = retryMs; ; pause = Math.min(pause * 2, maxRetryMs)) {
      if ((await redis.set(lockKey, token, 'PX', ttlMs, 'NX')) === 'OK') return;
      const left = deadline - Date.now();
      if (left <= 0) throw new LockTimeoutError(key, waitMs);
      // Jitter keeps waiting instances from retrying in lockstep.
      await sleep(Math.min(left, pause / 2 + Math.random() * pause));
    }
  }

  return {
    async run(key, fn) {
      const token = randomUUID();
      await acquire(key, token);
      try {
        return await fn();
      } finally {
        // If Redis is gone the release fails; the lock then expires after ttlMs. The turn's own result
        // (or error) matters more to the caller than this one, so it is not replaced.
        await redis.eval(RELEASE_SCRIPT, 1, prefix + key, token).catch((error: unknown) => {
          logger.warn({ key, err: error }, 'could not release the user lock; it expires by itself');
        });
      }
    },
  };
}
