/**
 * Claims on deliveries shared by every instance on one Redis: the first instance to claim a WeCom MsgId
 * answers it, and the copies WeCom sent to other instances wait for that answer instead of running the
 * turn again (path/90238: WeCom retries a callback it thinks failed, and a load balancer spreads the
 * copies).
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { compareAndDelete } from './user-lock.js';

/** One claim per key, held until its time to live or until given up. */
export interface DeliveryClaims {
  /**
   * Claims `key` for `ttlSeconds`; resolves with a function that gives the claim up, or with null when
   * another holder has it. Rejects when the store cannot say.
   */
  claim(key: string, ttlSeconds: number): Promise<(() => Promise<void>) | null>;
}

export interface RedisClaimsOptions {
  redis: Redis;
  /** Prepended to every key, e.g. `relief:wecom-claim:`. */
  prefix: string;
}

/**
 * {@link DeliveryClaims} in Redis: `SET key token NX EX ttl`. Giving up deletes the key only if it still
 * holds the token. A `SET` that timed out on the client is given up at once, behind itself on the same
 * connection, so it cannot run late and silence a delivery nobody is answering.
 *
 * @example
 * const claims = createRedisClaims({ redis, prefix: 'relief:wecom-claim:' });
 * const giveUp = await claims.claim('msg|4561255354251345929', 30); // null: another instance answers it
 */
export function createRedisClaims(options: RedisClaimsOptions): DeliveryClaims {
  const { redis, prefix } = options;
  return {
    async claim(key, ttlSeconds) {
      const token = randomUUID();
      const giveUp = (): Promise<void> => compareAndDelete(redis, prefix + key, token).then(() => undefined);
      let taken: string | null;
      try {
        taken = await redis.set(prefix + key, token, 'EX', Math.ceil(ttlSeconds), 'NX');
      } catch (error) {
        void giveUp().catch(() => undefined);
        throw error;
      }
      return taken === 'OK' ? giveUp : null;
    },
  };
}
