import { expect, it } from 'vitest';
import { z } from 'zod';
import { createRedisStore } from '../../src/infra/redis-store.js';
import { describeWithRedis, useRedisServer } from '../support/redis-server.js';

const session = z.object({ dialog: z.string(), facts: z.record(z.string(), z.string()) });
type Session = z.infer<typeof session>;
const rent = (amount: string): Session => ({ dialog: 'rent', facts: { monthlyRent: amount } });

describeWithRedis('redis session store', () => {
  const redis = useRedisServer();

  it('gives back what was written, also to another instance, and forgets it after delete', async () => {
    const instanceA = createRedisStore<Session>({ redis: await redis.connect(), prefix: 's:', ttlSeconds: 60 });
    const instanceB = createRedisStore<Session>({ redis: await redis.connect(), prefix: 's:', ttlSeconds: 60 });
    await instanceA.write('wecom:zhangsan', rent('20000'));
    expect(await instanceB.read('wecom:zhangsan')).toEqual(rent('20000'));
    expect(await instanceB.read('wecom:lisi')).toBeUndefined();
    await instanceB.delete('wecom:zhangsan');
    expect(await instanceA.read('wecom:zhangsan')).toBeUndefined();
  });

  it('stores JSON under prefix + key, so stores with different prefixes do not see each other', async () => {
    const client = await redis.connect();
    const sessions = createRedisStore<Session>({ redis: client, prefix: 'relief:session:', ttlSeconds: 60 });
    const other = createRedisStore<Session>({ redis: client, prefix: 'relief:other:', ttlSeconds: 60 });
    await sessions.write('u', rent('1'));
    expect(JSON.parse((await client.get('relief:session:u')) ?? 'null')).toEqual(rent('1'));
    expect(await other.read('u')).toBeUndefined();
  });

  it('lets Redis expire an idle session: the default TTL, or the one given with a write', async () => {
    const client = await redis.connect();
    const store = createRedisStore<Session>({ redis: client, prefix: 's:', ttlSeconds: 1800 });
    await store.write('default', rent('1'));
    await store.write('short', rent('2'), 1);
    const defaultTtl = await client.ttl('s:default');
    expect(defaultTtl).toBeGreaterThan(1790);
    expect(defaultTtl).toBeLessThanOrEqual(1800);
    expect(await client.pttl('s:short')).toBeLessThanOrEqual(1000);
    // Let Redis expire it now rather than sleeping a second.
    await client.pexpire('s:short', 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await store.read('short')).toBeUndefined();
    expect(await store.read('default')).toEqual(rent('1'));
  });

  it('reads a stored value that is not JSON or does not fit the schema as absent (that user starts afresh)', async () => {
    const client = await redis.connect();
    const store = createRedisStore<Session>({ redis: client, prefix: 's:', ttlSeconds: 60, schema: session });
    await client.set('s:garbled', '{"dialog":');
    await client.set('s:old-version', JSON.stringify({ step: 3 }));
    await client.set('s:fine', JSON.stringify(rent('5')));
    expect(await store.read('garbled')).toBeUndefined();
    expect(await store.read('old-version')).toBeUndefined();
    expect(await store.read('fine')).toEqual(rent('5'));
  });
});
