import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/infra/memory-store.js';
import { createRedisStore } from '../../src/infra/redis-store.js';
import type { SessionStore } from '../../src/core/session-store.js';
import type { UserLock } from '../../src/core/user-lock.js';
import { createMemoryLock, createRedisLock, LockTimeoutError } from '../../src/infra/user-lock.js';
import { hashUserId } from '../../src/lib/hash-user-id.js';
import { captureLogger } from '../support/capture-logger.js';
import { describeWithRedis, useRedisServer } from '../support/redis-server.js';

interface Facts {
  facts: string[];
}

/**
 * One turn: read the session, think (yielding to other work, as a real turn awaits I/O), add a fact,
 * write it back. Without a lock, concurrent turns read the same session and all but one fact is lost.
 */
async function addFact(lock: UserLock, store: SessionStore<Facts>, key: string, fact: string, inside: { active: number; most: number }): Promise<void> {
  await lock.run(key, async () => {
    inside.active += 1;
    inside.most = Math.max(inside.most, inside.active);
    const session = (await store.read(key)) ?? { facts: [] };
    await sleep(1);
    await store.write(key, { facts: [...session.facts, fact] });
    inside.active -= 1;
  });
}

/** Two turns of different users, each waiting for the other to start: completes only if they run in parallel. */
async function twoUsersMeet(lock: UserLock): Promise<void> {
  let arrivedA = (): void => undefined;
  let arrivedB = (): void => undefined;
  const a = new Promise<void>((resolve) => (arrivedA = resolve));
  const b = new Promise<void>((resolve) => (arrivedB = resolve));
  const bothRan = Promise.all([
    lock.run('user-a', async () => {
      arrivedA();
      await b;
    }),
    lock.run('user-b', async () => {
      arrivedB();
      await a;
    }),
  ]);
  const stuck = sleep(3_000).then(() => {
    throw new Error('the turns of two different users did not run in parallel');
  });
  await Promise.race([bothRan, stuck]);
}

/** Holds `key` until the returned release() is called. */
function holdLock(lock: UserLock, key: string): { held: Promise<void>; release(): void; done: Promise<void> } {
  let release = (): void => undefined;
  let signalHeld = (): void => undefined;
  const held = new Promise<void>((resolve) => (signalHeld = resolve));
  const done = lock.run(key, async () => {
    signalHeld();
    await new Promise<void>((resolve) => (release = resolve));
  });
  return { held, release: () => release(), done };
}

describe('memory user lock', () => {
  it('serializes the turns of one user so no fact is lost', async () => {
    const lock = createMemoryLock();
    const store = createMemoryStore<Facts>({ maxEntries: 10, ttlSeconds: 60 });
    const inside = { active: 0, most: 0 };
    const facts = Array.from({ length: 20 }, (_, i) => `fact-${i}`);
    await Promise.all(facts.map((fact) => addFact(lock, store, 'u', fact, inside)));
    expect(inside.most).toBe(1);
    expect((await store.read('u'))?.facts).toEqual(facts);
  });

  it('runs the turns of different users in parallel', async () => {
    await twoUsersMeet(createMemoryLock());
  });

  it('gives the turn’s result or error back, and a failed turn does not block the next', async () => {
    const lock = createMemoryLock();
    await expect(lock.run('u', () => Promise.reject(new Error('rule failed')))).rejects.toThrow('rule failed');
    await expect(lock.run('u', () => Promise.resolve(42))).resolves.toBe(42);
  });

  it('gives up waiting with a LockTimeoutError, and the user’s next turn runs once the slow one ends', async () => {
    const lock = createMemoryLock({ waitMs: 50 });
    const slow = holdLock(lock, 'u');
    await slow.held;
    const waiting = lock.run('u', () => Promise.resolve('never'));
    await expect(waiting).rejects.toBeInstanceOf(LockTimeoutError);
    slow.release();
    await slow.done;
    await expect(lock.run('u', () => Promise.resolve('next'))).resolves.toBe('next');
  });

  it('forgets a user once their turns are done, so idle users cost no memory', async () => {
    const lock = createMemoryLock();
    await Promise.all(Array.from({ length: 100 }, (_, i) => lock.run(`user-${i % 10}`, () => sleep(1))));
    await sleep(0);
    expect(lock.size()).toBe(0);
  });
});

describeWithRedis('redis user lock', () => {
  const redis = useRedisServer();

  it('serializes one user’s turns across two instances so no fact is lost', async () => {
    const [clientA, clientB] = await Promise.all([redis.connect(), redis.connect()]);
    const instances = [clientA, clientB].map((client) => ({
      lock: createRedisLock({ redis: client, prefix: 'lock:' }),
      store: createRedisStore<Facts>({ redis: client, prefix: 's:', ttlSeconds: 60 }),
    }));
    const inside = { active: 0, most: 0 };
    const facts = Array.from({ length: 20 }, (_, i) => `fact-${i}`);
    await Promise.all(
      facts.map((fact, i) => {
        const instance = instances[i % 2];
        if (instance === undefined) throw new Error('no instance');
        return addFact(instance.lock, instance.store, 'u', fact, inside);
      }),
    );
    expect(inside.most).toBe(1);
    expect([...((await instances[0]?.store.read('u'))?.facts ?? [])].sort()).toEqual([...facts].sort());
  });

  it('runs the turns of different users in parallel', async () => {
    await twoUsersMeet(createRedisLock({ redis: await redis.connect(), prefix: 'lock:' }));
  });

  it('gives up waiting with a LockTimeoutError while another instance holds the user', async () => {
    const holder = createRedisLock({ redis: await redis.connect(), prefix: 'lock:' });
    const waiter = createRedisLock({ redis: await redis.connect(), prefix: 'lock:', waitMs: 100 });
    const slow = holdLock(holder, 'u');
    await slow.held;
    const error: unknown = await waiter.run('u', () => Promise.resolve('never')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockTimeoutError);
    expect((error as LockTimeoutError).key).toBe('u');
    slow.release();
    await slow.done;
    await expect(waiter.run('u', () => Promise.resolve('next'))).resolves.toBe('next');
  });

  it('is not blocked forever by an instance that crashed holding the lock', async () => {
    const client = await redis.connect();
    // What a crashed instance leaves behind: a lock nobody will release.
    await client.set('lock:u', 'token-of-a-crashed-instance', 'PX', 200);
    const lock = createRedisLock({ redis: client, prefix: 'lock:', waitMs: 5_000 });
    await expect(lock.run('u', () => Promise.resolve('served'))).resolves.toBe('served');
  });

  it('releases only its own lock: a turn whose lock was lost does not free the lock another turn took', async () => {
    const client = await redis.connect();
    const lock = createRedisLock({ redis: client, prefix: 'lock:', ttlMs: 100 });
    let second: ReturnType<typeof holdLock> | undefined;
    await lock.run('u', async () => {
      // As if the lease had run out during a long stall of this instance.
      await client.del('lock:u');
      second = holdLock(lock, 'u');
      await second.held;
    });
    // The first turn has ended and "released"; the second still holds the user.
    expect(await client.exists('lock:u')).toBe(1);
    second?.release();
    await second?.done;
    expect(await client.exists('lock:u')).toBe(0);
  });

  it('renews its lease while the turn runs, so a turn longer than the lease keeps the user to itself', async () => {
    const holder = createRedisLock({ redis: await redis.connect(), prefix: 'lock:', ttlMs: 150 });
    const waiter = createRedisLock({ redis: await redis.connect(), prefix: 'lock:', waitMs: 100 });
    const slow = holdLock(holder, 'u');
    await slow.held;
    await sleep(600); // four leases
    await expect(waiter.run('u', () => Promise.resolve('never'))).rejects.toBeInstanceOf(LockTimeoutError);
    slow.release();
    await slow.done;
    await expect(waiter.run('u', () => Promise.resolve('next'))).resolves.toBe('next');
  });

  it('a lock command that timed out while Redis was paused and ran when it resumed does not lock the user out', async () => {
    const client = await redis.connect({ commandTimeoutMs: 300 });
    const lock = createRedisLock({ redis: client, prefix: 'lock:' });
    redis.server().pause();
    try {
      await expect(lock.run('u', () => Promise.resolve('not while paused'))).rejects.toThrow(/timed out/i);
    } finally {
      redis.server().resume();
    }
    // The SET NX has now run in Redis; the user's next message must not wait for it.
    const started = Date.now();
    await expect(lock.run('u', () => Promise.resolve('served'))).resolves.toBe('served');
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('a Redis paused in the middle of a turn fails that turn only: the next one starts at once, and the log names the user by hash', async () => {
    const client = await redis.connect({ commandTimeoutMs: 300 });
    const log = captureLogger();
    const lock = createRedisLock({ redis: client, prefix: 'lock:', logger: log.logger });
    const store = createRedisStore<Facts>({ redis: client, prefix: 's:', ttlSeconds: 60 });
    const turn = lock.run('wecom:zhangsan', async () => {
      redis.server().pause();
      return store.read('wecom:zhangsan');
    });
    try {
      await expect(turn).rejects.toThrow(/timed out/i);
    } finally {
      redis.server().resume();
    }
    const started = Date.now();
    await expect(lock.run('wecom:zhangsan', () => Promise.resolve('served'))).resolves.toBe('served');
    expect(Date.now() - started).toBeLessThan(500);
    expect(await log.waitFor((line) => line.msg === 'could not release the user lock; it expires by itself'))
      .toMatchObject({ user: hashUserId('wecom:zhangsan') });
    expect(log.text()).not.toContain('zhangsan');
  });
});
