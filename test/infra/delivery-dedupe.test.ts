import { describe, expect, it } from 'vitest';
import { createDeliveryDedupe } from '../../src/infra/delivery-dedupe.js';
import { createMemoryStore } from '../../src/infra/memory-store.js';

describe('createDeliveryDedupe', () => {
  it('computes once and gives later deliveries the stored answer, even from a new process (same store)', async () => {
    const store = createMemoryStore<string>({ maxEntries: 10, ttlSeconds: 60 });
    let runs = 0;
    const compute = () => Promise.resolve(`answer ${++runs}`);
    expect(await createDeliveryDedupe({ store, ttlSeconds: 60 }).once('k', compute)).toBe('answer 1');
    expect(await createDeliveryDedupe({ store, ttlSeconds: 60 }).once('k', compute)).toBe('answer 1');
    expect(runs).toBe(1);
  });

  it('stores nothing when the computation fails, so the next delivery tries again', async () => {
    const store = createMemoryStore<string>({ maxEntries: 10, ttlSeconds: 60 });
    const dedupe = createDeliveryDedupe({ store, ttlSeconds: 60 });
    await expect(dedupe.once('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await dedupe.once('k', () => Promise.resolve('ok'))).toBe('ok');
  });

  it('forgets an answer after its time to live', async () => {
    let clock = 0;
    const store = createMemoryStore<string>({ maxEntries: 10, ttlSeconds: 60, now: () => clock });
    const dedupe = createDeliveryDedupe({ store, ttlSeconds: 60 });
    await dedupe.once('k', () => Promise.resolve('first'));
    clock = 61_000;
    expect(await dedupe.once('k', () => Promise.resolve('second'))).toBe('second');
  });

  it('a copy whose twin another instance holds answers "pending" if that answer does not arrive in time, and never computes', async () => {
    const store = createMemoryStore<string>({ maxEntries: 10, ttlSeconds: 60 });
    const heldElsewhere = { claim: () => Promise.resolve(null) };
    const dedupe = createDeliveryDedupe({ store, ttlSeconds: 60, claims: heldElsewhere, pending: 'ack', waitMs: 60 });
    let runs = 0;
    expect(await dedupe.once('k', () => Promise.resolve(`answer ${++runs}`))).toBe('ack');
    expect(runs).toBe(0);
  });
});

