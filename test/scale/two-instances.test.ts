// Several instances behind a load balancer (issue 6 §1): two bots, each with its own ioredis client, on
// one real redis-server, sharing sessions (Redis store) and turn order (Redis lock).
import type { Redis } from 'ioredis';
import { beforeAll, expect, it } from 'vitest';
import { createBot, type Bot, type Understand } from '../../src/bot/bot.js';
import { createRedisStore } from '../../src/infra/redis-store.js';
import type { Session } from '../../src/dialog/session.js';
import type { SessionStore } from '../../src/core/session-store.js';
import type { UserLock } from '../../src/core/user-lock.js';
import { createRedisLock } from '../../src/infra/user-lock.js';
import { loadDefaultUnderstander } from '../../src/nlu/default-understander.js';
import { describeWithRedis, useRedisServer } from '../support/redis-server.js';
import { playRentConversation, rentOwner } from '../support/rent-conversation.js';

let understand: Understand;
beforeAll(() => {
  understand = loadDefaultUnderstander();
});

/** The same prefixes the server uses, so this is the deployed layout. */
const SESSION_PREFIX = 'relief:session:';
const LOCK_PREFIX = 'relief:lock:';

function sessionStore(redis: Redis): SessionStore<Session> {
  return createRedisStore<Session>({ redis, prefix: SESSION_PREFIX, ttlSeconds: 1800 });
}

/** One instance of the bot: its own Redis client, store and lock, as a second machine would have. */
async function instance(redis: Redis, lock: UserLock = createRedisLock({ redis, prefix: LOCK_PREFIX })): Promise<Bot> {
  return createBot({ understand, store: sessionStore(redis), lock });
}

/** A lock that does not lock: what the bot would be without one, to show the race is real. */
const noLock: UserLock = { run: (_key, fn) => fn() };

/** Sends two messages of one user at the same moment, one to each instance, and returns the facts stored after. */
async function simultaneous(bots: [Bot, Bot], store: SessionStore<Session>, userId: string, texts: [string, string]): Promise<Record<string, unknown>> {
  await Promise.all([
    bots[0].handleTurn({ channel: 'wecom', userId, text: texts[0] }),
    bots[1].handleTurn({ channel: 'wecom', userId, text: texts[1] }),
  ]);
  return { ...(await store.read(`wecom:${userId}`))?.facts };
}

describeWithRedis('two bot instances on one Redis', () => {
  const redis = useRedisServer();

  it('one conversation alternating between the instances turn by turn reaches the right amount', async () => {
    const bots = [await instance(await redis.connect()), await instance(await redis.connect())] as const;
    const owner = rentOwner(42, 'roaming');
    const served: number[] = [];
    let turn = 0;
    const final = await playRentConversation(owner, (text) => {
      const which = turn++ % 2;
      served.push(which);
      return bots[which]!.handleTurn({ channel: 'wecom', userId: owner.userId, text });
    });
    expect(served.slice(0, 2)).toEqual([0, 1]); // both instances really took part
    expect(final.results.find((r) => r.rule === 'rent-waiver')?.amount).toBe(owner.expectedAmount);
  });

  it('two messages of one user arriving at the same moment on the two instances both keep their fact', async () => {
    const clients = [await redis.connect(), await redis.connect()] as const;
    const bots: [Bot, Bot] = [await instance(clients[0]), await instance(clients[1])];
    const store = sessionStore(clients[0]);
    for (let round = 0; round < 20; round += 1) {
      const userId = `pair-${round}`;
      await bots[0].handleTurn({ channel: 'wecom', userId, text: rentOwner(round).opening });
      const facts = await simultaneous(bots, store, userId, ['/answer enterpriseSize small', '/answer operatingStatus open']);
      expect(facts, `round ${round}`).toMatchObject({ landlordType: 'districtSoe', enterpriseSize: 'small', operatingStatus: 'open' });
    }
  });

  it('without the lock the same race loses a fact (so the test above can tell)', async () => {
    const clients = [await redis.connect(), await redis.connect()] as const;
    const bots: [Bot, Bot] = [await instance(clients[0], noLock), await instance(clients[1], noLock)];
    const store = sessionStore(clients[0]);
    let lost = 0;
    for (let round = 0; round < 20; round += 1) {
      const userId = `unlocked-${round}`;
      await bots[0].handleTurn({ channel: 'wecom', userId, text: rentOwner(round).opening });
      const facts = await simultaneous(bots, store, userId, ['/answer enterpriseSize small', '/answer operatingStatus open']);
      if (facts.enterpriseSize === undefined || facts.operatingStatus === undefined) lost += 1;
    }
    expect(lost).toBeGreaterThan(0);
  });
});
