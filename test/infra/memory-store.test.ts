import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/infra/memory-store.js';

interface Session {
  dialog: string;
  facts: Record<string, string>;
}

/** A clock the test moves by hand. */
function manualClock(start = 1_000_000): { now: () => number; advanceSeconds(seconds: number): void } {
  let at = start;
  return { now: () => at, advanceSeconds: (seconds) => (at += seconds * 1000) };
}

const rent = (amount: string): Session => ({ dialog: 'rent', facts: { monthlyRent: amount } });

describe('memory session store', () => {
  it('gives back what was written, and forgets it after delete', async () => {
    const store = createMemoryStore<Session>({ maxEntries: 10, ttlSeconds: 60 });
    await store.write('telegram:1', rent('20000'));
    expect(await store.read('telegram:1')).toEqual(rent('20000'));
    expect(await store.read('telegram:2')).toBeUndefined();
    await store.delete('telegram:1');
    expect(await store.read('telegram:1')).toBeUndefined();
  });

  it('keeps a copy: changing a session read from the store does not change the stored one', async () => {
    const store = createMemoryStore<Session>({ maxEntries: 10, ttlSeconds: 60 });
    await store.write('u', rent('20000'));
    const session = await store.read('u');
    if (session === undefined) throw new Error('session missing');
    session.facts.monthlyRent = '1';
    expect(await store.read('u')).toEqual(rent('20000'));
  });

  it('over its cap drops the least recently used user, not one who just spoke', async () => {
    const store = createMemoryStore<Session>({ maxEntries: 2, ttlSeconds: 60 });
    await store.write('a', rent('1'));
    await store.write('b', rent('2'));
    await store.read('a'); // a is now more recent than b
    await store.write('c', rent('3'));
    expect(await store.read('b')).toBeUndefined();
    expect(await store.read('a')).toEqual(rent('1'));
    expect(await store.read('c')).toEqual(rent('3'));
    expect(store.size()).toBe(2);
  });

  it('stays at its cap however many users come', async () => {
    const store = createMemoryStore<Session>({ maxEntries: 1_000, ttlSeconds: 60 });
    for (let user = 0; user < 20_000; user++) await store.write(`user:${user}`, rent(String(user)));
    expect(store.size()).toBe(1_000);
    expect(await store.read('user:19999')).toEqual(rent('19999'));
    expect(await store.read('user:0')).toBeUndefined();
  });

  it('forgets a session idle for longer than the TTL; a write restarts the idle time', async () => {
    const clock = manualClock();
    const store = createMemoryStore<Session>({ maxEntries: 10, ttlSeconds: 60, now: clock.now });
    await store.write('u', rent('20000'));
    clock.advanceSeconds(50);
    await store.write('u', rent('30000'));
    clock.advanceSeconds(50);
    expect(await store.read('u')).toEqual(rent('30000'));
    clock.advanceSeconds(11);
    expect(await store.read('u')).toBeUndefined();
  });

  it('honours a TTL given with one write, and counts only live sessions in size()', async () => {
    const clock = manualClock();
    const store = createMemoryStore<Session>({ maxEntries: 10, ttlSeconds: 600, now: clock.now });
    await store.write('short', rent('1'), 5);
    await store.write('long', rent('2'));
    expect(store.size()).toBe(2);
    clock.advanceSeconds(6);
    expect(store.size()).toBe(1);
    expect(await store.read('short')).toBeUndefined();
    expect(await store.read('long')).toEqual(rent('2'));
  });

  it('rejects a nonsensical TTL or cap when created', () => {
    expect(() => createMemoryStore({ maxEntries: 10, ttlSeconds: 0 })).toThrow(/ttlSeconds/);
    expect(() => createMemoryStore({ maxEntries: 0, ttlSeconds: 60 })).toThrow(/maxEntries/);
  });
});
