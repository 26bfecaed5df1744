import { createServer } from 'node:net';
import { expect, it } from 'vitest';
import { createBot } from '../../src/bot/bot.js';
import { createRedisRateLimiter } from '../../src/infra/rate-limit.js';
import { connectRedis } from '../../src/infra/redis-connection.js';
import { createRedisStore } from '../../src/infra/redis-store.js';
import type { Session } from '../../src/dialog/session.js';
import { createRedisLock } from '../../src/infra/user-lock.js';
import { describeWithRedis, useRedisServer, whenReady } from '../support/redis-server.js';

/** The operation must settle within `ms`: a hung promise is reported as such instead of hitting the test timeout. */
async function settledWithin<T>(operation: Promise<T>, ms: number): Promise<PromiseSettledResult<T>> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still pending after ${ms} ms: the operation hangs`)), ms);
  });
  try {
    return await Promise.race([Promise.allSettled([operation]).then(([result]) => result as PromiseSettledResult<T>), hung]);
  } finally {
    clearTimeout(timer);
  }
}

describeWithRedis('redis faults', () => {
  const redis = useRedisServer();

  it('while Redis is down every operation fails promptly, and all work again when it returns', async () => {
    const client = await redis.connect();
    const store = createRedisStore<{ step: number }>({ redis: client, prefix: 's:', ttlSeconds: 60 });
    const lock = createRedisLock({ redis: client, prefix: 'lock:' });
    const limiter = createRedisRateLimiter({ redis: client, prefix: 'rate:', limit: 10, windowSeconds: 60 });
    await store.write('u', { step: 1 });

    await redis.server().stop();
    try {
      let turnRan = false;
      const outage: Promise<unknown>[] = [
        store.read('u'),
        store.write('u', { step: 2 }),
        store.delete('u'),
        limiter.hit('u'),
        lock.run('u', () => {
          turnRan = true;
          return Promise.resolve();
        }),
      ];
      for (const operation of outage) {
        const result = await settledWithin(operation, 3_000);
        expect(result.status).toBe('rejected');
      }
      expect(turnRan).toBe(false);
    } finally {
      await redis.server().restart();
    }
    await whenReady(client);
    await store.write('u', { step: 3 });
    expect(await store.read('u')).toEqual({ step: 3 });
    expect((await limiter.hit('u')).allowed).toBe(true);
    await expect(lock.run('u', () => Promise.resolve('served'))).resolves.toBe('served');
  });

  it('a Redis that hangs makes a command fail after the command timeout instead of hanging the turn', async () => {
    const client = await redis.connect();
    const store = createRedisStore<{ step: number }>({ redis: client, prefix: 's:', ttlSeconds: 60 });
    await store.write('u', { step: 1 });
    redis.server().pause();
    try {
      expect((await settledWithin(store.read('u'), 3_000)).status).toBe('rejected');
    } finally {
      redis.server().resume();
    }
    expect(await store.read('u')).toEqual({ step: 1 });
  });

  it('a command in flight when Redis crashes is rejected, not left hanging or resent', async () => {
    const client = await redis.connect({ commandTimeoutMs: 60_000 });
    const store = createRedisStore<{ step: number }>({ redis: client, prefix: 's:', ttlSeconds: 60 });
    redis.server().pause();
    // Watch the write from the start: it may reject while crash() is still awaited, and a rejection
    // nobody listens to yet is reported as unhandled.
    const inFlight = settledWithin(store.write('u', { step: 2 }), 5_000);
    await redis.server().crash();
    try {
      expect((await inFlight).status).toBe('rejected');
    } finally {
      await redis.server().restart();
    }
    await whenReady(client);
    expect(await store.read('u')).toBeUndefined();
  });

  it('refuses to start with a clear message when nothing answers at REDIS_URL, or it is not a Redis URL', async () => {
    const silent = createServer();
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
    if (address === null || typeof address === 'string') throw new Error('no port');
    await expect(connectRedis(`redis://127.0.0.1:${address.port}`)).rejects.toThrow(
      `cannot connect to Redis at 127.0.0.1:${address.port}`,
    );
    await expect(connectRedis('http://localhost:6379')).rejects.toThrow(/REDIS_URL/);
  });

  it('a user whose message met a paused Redis is answered at once on the next message, not kept waiting for a lock nobody holds', async () => {
    const client = await redis.connect({ commandTimeoutMs: 300 });
    const bot = await createBot({
      store: createRedisStore<Session>({ redis: client, prefix: 'relief:session:', ttlSeconds: 1800 }),
      lock: createRedisLock({ redis: client, prefix: 'relief:lock:' }),
    });
    const message = { channel: 'wecom' as const, userId: 'zhangsan', text: '区属国企的门面月租2万，3、4月房租能免吗？' };
    redis.server().pause();
    let first;
    try {
      first = await bot.handleTurn(message);
    } finally {
      redis.server().resume();
    }
    expect(first.intent).toBe('busy');
    const started = Date.now();
    const next = await bot.handleTurn(message);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(next.intent).not.toBe('busy');
    expect(next.measures).toContain(1);
  });
});

