import { describe, expect, it } from 'vitest';
import type { RateLimiter } from '../../src/core/rate-limiter.js';
import { createMemoryRateLimiter, createRedisRateLimiter } from '../../src/infra/rate-limit.js';
import { describeWithRedis, useRedisServer } from '../support/redis-server.js';

async function hits(limiter: RateLimiter, key: string, count: number): Promise<boolean[]> {
  const allowed: boolean[] = [];
  for (let i = 0; i < count; i++) allowed.push((await limiter.hit(key)).allowed);
  return allowed;
}

describe('memory rate limiter', () => {
  it('allows `limit` messages per window, then says how long to wait, then allows again', async () => {
    let now = 5_000_000;
    const limiter = createMemoryRateLimiter({ limit: 3, windowSeconds: 60, now: () => now });
    expect(await hits(limiter, 'u', 3)).toEqual([true, true, true]);
    expect(await limiter.hit('u')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    now += 45_500;
    expect(await limiter.hit('u')).toEqual({ allowed: false, retryAfterSeconds: 15 });
    now += 15_000;
    expect(await limiter.hit('u')).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });

  it('counts each user separately: one user’s flood does not silence another', async () => {
    const limiter = createMemoryRateLimiter({ limit: 2, windowSeconds: 60 });
    await hits(limiter, 'flooder', 10);
    expect((await limiter.hit('flooder')).allowed).toBe(false);
    expect((await limiter.hit('neighbour')).allowed).toBe(true);
  });

  it('counts concurrent messages exactly', async () => {
    const limiter = createMemoryRateLimiter({ limit: 5, windowSeconds: 60 });
    const results = await Promise.all(Array.from({ length: 12 }, () => limiter.hit('u')));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });

  it('rejects a nonsensical configuration', () => {
    expect(() => createMemoryRateLimiter({ limit: 0, windowSeconds: 60 })).toThrow(/limit/);
    expect(() => createMemoryRateLimiter({ limit: 5, windowSeconds: 0.5 })).toThrow(/windowSeconds/);
  });
});

describeWithRedis('redis rate limiter', () => {
  const redis = useRedisServer();

  it('counts one user’s messages across two instances, and says how long to wait', async () => {
    const options = { prefix: 'rate:', limit: 4, windowSeconds: 60 };
    const a = createRedisRateLimiter({ redis: await redis.connect(), ...options });
    const b = createRedisRateLimiter({ redis: await redis.connect(), ...options });
    const results = await Promise.all([a, b, a, b, a, b].map((limiter) => limiter.hit('u')));
    expect(results.filter((r) => r.allowed)).toHaveLength(4);
    for (const refused of results.filter((r) => !r.allowed)) {
      expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(59);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    expect((await b.hit('someone-else')).allowed).toBe(true);
  });

  it('allows again once the window has passed, and never leaves a counter without expiry', async () => {
    const client = await redis.connect();
    const limiter = createRedisRateLimiter({ redis: client, prefix: 'rate:', limit: 1, windowSeconds: 30 });
    expect(await hits(limiter, 'u', 2)).toEqual([true, false]);
    expect(await client.ttl('rate:u')).toBeGreaterThan(0);
    // End the window now rather than sleeping through it.
    await client.pexpire('rate:u', 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await limiter.hit('u')).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });
});
