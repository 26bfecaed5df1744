import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { UserLock } from '../core/user-lock.js';
import { hashUserId } from '../lib/hash-user-id.js';
import { silentLogger, type Logger } from '../lib/logger.js';
import { redisErrorForLog } from './redis-error-for-log.js';

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
   * The lease: how long a lock lives unless renewed. The holder renews it every third of the lease
   * while its turn runs, so it only has to outlast a stall of Redis, not the longest turn; a lock left
   * by a crashed instance, or taken by a command that ran late, frees itself within it. Default 3,000 ms.
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
 * Deletes `key` only if it still holds `token` (one script, so nothing runs between the check and the
 * delete); resolves with whether it did.
 *
 * @example
 * await compareAndDelete(redis, 'relief:lock:wecom:zhangsan', token) // true: it was ours
 */
export async function compareAndDelete(redis: Redis, key: string, token: string): Promise<boolean> {
  return (await redis.eval(RELEASE_SCRIPT, 1, key, token)) === 1;
}
/** Extends the lease only if the lock is still ours. */
const RENEW_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;

/**
 * A {@link UserLock} shared by every instance on one Redis: `SET key token NX PX lease` to take it
 * (retried with a short, growing, jittered pause up to `waitMs`), a renewal of the lease while the turn
 * runs, and a compare-and-delete script to release it.
 *
 * Safe against late execution: a `SET NX` that timed out on the client may still run when a stalled
 * Redis resumes, taking the lock for a turn that has already answered "busy". So after a failed attempt
 * the same token is released at once: the release travels on the same connection, behind the `SET`, and
 * Redis runs them in that order. If even that is lost, the lease (seconds) frees the user.
 * If Redis is unreachable, `run` rejects with that Redis error at once rather than waiting out `waitMs`.
 *
 * @example
 * const lock = createRedisLock({ redis, prefix: 'relief:lock:' });
 * await lock.run('wecom:zhangsan', () => handleTurn(message));
 */
export function createRedisLock(options: RedisLockOptions): UserLock {
  const { redis, prefix } = options;
  const ttlMs = options.ttlMs ?? 3_000;
  const waitMs = options.waitMs ?? 10_000;
  const retryMs = options.retryMs ?? 10;
  const maxRetryMs = options.maxRetryMs ?? 200;
  const logger = options.logger ?? silentLogger;

  function release(key: string, token: string, why: string): Promise<void> {
    return compareAndDelete(redis, prefix + key, token).then(
      () => undefined,
      (error: unknown) => {
        // If Redis is gone the release fails; the lock then expires after ttlMs. The turn's own result
        // (or error) matters more to the caller than this one, so it is not replaced.
        logger.warn({ user: hashUserId(key), why, err: redisErrorForLog(error) }, 'could not release the user lock; it expires by itself');
      },
    );
  }

  async function acquire(key: string, token: string): Promise<void> {
    const lockKey = prefix + key;
    const deadline = Date.now() + waitMs;
    for (let pause = retryMs; ; pause = Math.min(pause * 2, maxRetryMs)) {
      let taken: string | null;
      try {
        taken = await redis.set(lockKey, token, 'PX', ttlMs, 'NX');
      } catch (error) {
        // The SET may yet run (a timed-out command is not withdrawn): undo it, in order, behind it.
        void release(key, token, 'acquire failed');
        throw error;
      }
      if (taken === 'OK') return;
      const left = deadline - Date.now();
      if (left <= 0) throw new LockTimeoutError(key, waitMs);
      // Jitter keeps waiting instances from retrying in lockstep.
      await sleep(Math.min(left, pause / 2 + Math.random() * pause));
    }
  }

  /** Renews the lease every third of it until stopped; a renewal that finds the lock gone is logged. */
  function keepLease(key: string, token: string): () => void {
    const timer = setInterval(() => {
      redis.eval(RENEW_SCRIPT, 1, prefix + key, token, ttlMs).then(
        (renewed) => {
          if (renewed !== 1) logger.warn({ user: hashUserId(key) }, 'the user lock expired while its turn ran');
        },
        (error: unknown) => logger.warn({ user: hashUserId(key), err: redisErrorForLog(error) }, 'could not renew the user lock'),
      );
    }, Math.max(1, Math.floor(ttlMs / 3)));
    // A pending renewal must not keep the process alive at shutdown.
    timer.unref();
    return () => clearInterval(timer);
  }

  return {
    async run(key, fn) {
      const token = randomUUID();
      await acquire(key, token);
      const stopRenewing = keepLease(key, token);
      try {
        return await fn();
      } finally {
        stopRenewing();
        await release(key, token, 'turn ended');
      }
    },
  };
}
