import type { Redis } from 'ioredis';
import type { z } from 'zod';
import { hashUserId } from '../lib/hash-user-id.js';
import { silentLogger, type Logger } from '../lib/logger.js';
import type { SessionStore } from '../core/session-store.js';
import { assertTtlSeconds } from './assert-ttl-seconds.js';

export interface RedisStoreOptions<T> {
  /** A connected client, see `connectRedis`. */
  redis: Redis;
  /** Prepended to every key, e.g. `relief:session:`, so several stores share one Redis. */
  prefix: string;
  /** Default idle lifetime in seconds (rounded up to whole seconds for `SET ... EX`). */
  ttlSeconds: number;
  /**
   * Checks what comes back from Redis, which another version of the bot may have written. A value
   * that fails (or is not JSON) reads as absent, so that user starts afresh instead of failing forever.
   */
  schema?: z.ZodType<T>;
  logger?: Logger;
}

/**
 * A {@link SessionStore} in Redis, shared by every instance behind the load balancer: the value is its
 * JSON text under `prefix + key`, written with `SET ... EX` so idle sessions expire in Redis itself.
 * Errors from Redis (down, timed out) reject the returned promise; the caller answers "please try again".
 *
 * @example
 * const store = createRedisStore<Session>({ redis, prefix: 'relief:session:', ttlSeconds: 1800 });
 * await store.write('wecom:zhangsan', session);
 */
export function createRedisStore<T>(options: RedisStoreOptions<T>): SessionStore<T> {
  const { redis, prefix, ttlSeconds, schema } = options;
  const logger = options.logger ?? silentLogger;
  assertTtlSeconds(ttlSeconds);
  return {
    async read(key) {
      const json = await redis.get(prefix + key);
      if (json === null) return undefined;
      let value: unknown;
      try {
        value = JSON.parse(json);
      } catch {
        // Not the parser's message: V8 quotes the text, which holds what the user told us.
        logger.warn({ store: prefix, user: hashUserId(key) }, 'stored value is not JSON; treating it as absent');
        return undefined;
      }
      if (schema === undefined) return value as T;
      const parsed = schema.safeParse(value);
      if (parsed.success) return parsed.data;
      logger.warn({ store: prefix, user: hashUserId(key), issues: parsed.error.issues.map((issue) => ({ path: issue.path, code: issue.code })) }, 'stored value does not match its schema; treating it as absent');
      return undefined;
    },
    async write(key, value, ttl = ttlSeconds) {
      assertTtlSeconds(ttl);
      const json = JSON.stringify(value);
      if (json === undefined) {
        await redis.del(prefix + key);
        return;
      }
      await redis.set(prefix + key, json, 'EX', Math.ceil(ttl));
    },
    async delete(key) {
      await redis.del(prefix + key);
    },
  };
}
