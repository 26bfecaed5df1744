// Faults at the bot level (issue 6 §4): Redis going away mid-conversation gives the owner a clear
// "please send it again", never a crash or a hang, and the same conversation goes on when Redis is
// back; a flood of messages from one owner is answered politely by the rate limit.
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBot, type Bot, type Understand } from '../../src/bot/bot.js';
import type { RateLimiter } from '../../src/core/rate-limiter.js';
import { createMemoryRateLimiter, createRedisRateLimiter } from '../../src/infra/rate-limit.js';
import { connectRedis } from '../../src/infra/redis-connection.js';
import { createRedisStore } from '../../src/infra/redis-store.js';
import type { Session } from '../../src/dialog/session.js';
import { createRedisLock } from '../../src/infra/user-lock.js';
import { loadDefaultUnderstander } from '../../src/nlu/default-understander.js';
import type { Reply } from '../../src/core/reply.js';
import { describeWithRedis, startRedisServer, whenReady, type RedisServer } from '../support/redis-server.js';
import { rentOwner, RENT_ANSWERS } from '../support/rent-conversation.js';

let understand: Understand;
beforeAll(() => {
  understand = loadDefaultUnderstander();
});

/** What the owner sees when the turn could not be served. */
const SEND_AGAIN = /请稍后重新发送|send it again/;

function redisBot(redis: Redis, rateLimiter?: RateLimiter): Promise<Bot> {
  return createBot({
    understand,
    store: createRedisStore<Session>({ redis, prefix: 'relief:session:', ttlSeconds: 1800 }),
    lock: createRedisLock({ redis, prefix: 'relief:lock:' }),
    rateLimiter,
  });
}

/** Settles within `ms` or fails saying the turn hung (a hung turn is the fault we guard against). */
async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no reply within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, hung]);
  } finally {
    clearTimeout(timer);
  }
}

describeWithRedis('Redis going away mid-conversation', () => {
  let server: RedisServer;
  let redis: Redis;
  let bot: Bot;
  beforeAll(async () => {
    // Persistent, as a production Redis is: what was stored before it stopped is there when it returns.
    server = await startRedisServer({ persistent: true });
    redis = await connectRedis(server.url, { commandTimeoutMs: 500, maxReconnectDelayMs: 200 });
    bot = await redisBot(redis);
  });
  beforeEach(async () => {
    await whenReady(redis);
    await redis.flushall();
  });
  afterAll(async () => {
    redis.disconnect();
    await server.stop();
  });

  const owner = rentOwner(3, 'fault');
  const say = (text: string): Promise<Reply> => within(bot.handleTurn({ channel: 'wecom', userId: owner.userId, text }), 5_000);

  /** Answers the bot's questions until the result; the conversation must reach the owner's amount. */
  async function finish(reply: Reply): Promise<void> {
    for (let turn = 0; reply.awaiting !== null && turn < 10; turn += 1) reply = await say(RENT_ANSWERS[reply.awaiting] ?? '');
    expect(reply.results[0]?.amount).toBe(owner.expectedAmount);
  }

  it('stopped: each message gets "send it again" at once; after the restart the same conversation goes on', async () => {
    const first = await say(owner.opening);
    const answer = RENT_ANSWERS[first.awaiting ?? ''] ?? '';

    await server.halt();
    for (let i = 0; i < 3; i += 1) {
      const reply = await say(answer);
      expect(reply.intent).toBe('busy');
      expect(reply.text).toMatch(SEND_AGAIN);
      expect(reply.results).toEqual([]);
    }
    await server.start();
    await whenReady(redis);
    // The owner sends the answer again and gets the question after it: nothing lost, nothing doubled.
    const resumed = await say(answer);
    expect(resumed.intent).not.toBe('busy');
    expect(resumed.awaiting).not.toBe(first.awaiting);
    await finish(resumed);
  });

  it('hung (the process frozen): the turn answers "send it again" after the command timeout, then goes on', async () => {
    // A lock taken while Redis was frozen is applied when it thaws and never released (the release
    // timed out), so it lives out its TTL; a short TTL keeps this test short.
    const hungBot = await createBot({
      understand,
      store: createRedisStore<Session>({ redis, prefix: 'relief:session:', ttlSeconds: 1800 }),
      lock: createRedisLock({ redis, prefix: 'relief:lock:', ttlMs: 1_500, waitMs: 3_000 }),
    });
    const sayHung = (text: string): Promise<Reply> => within(hungBot.handleTurn({ channel: 'wecom', userId: owner.userId, text }), 5_000);
    const first = await sayHung(owner.opening);
    const answer = RENT_ANSWERS[first.awaiting ?? ''] ?? '';
    server.pause();
    let reply: Reply;
    try {
      reply = await sayHung(answer);
    } finally {
      server.resume();
    }
    expect(reply.text).toMatch(SEND_AGAIN);
    await whenReady(redis);
    const resumed = await sayHung(answer);
    expect(resumed.awaiting).not.toBe(first.awaiting);
  });
});

describe('a flood of messages from one owner', () => {
  it('beyond the limit each gets a polite "wait N seconds", other owners are served, and the owner is served again after the window', async () => {
    let now = 1_000_000;
    const clock = (): number => now;
    const bot = await createBot({ understand, now: clock, rateLimiter: createMemoryRateLimiter({ limit: 5, windowSeconds: 60, now: clock }) });
    const flood = await Promise.all(
      Array.from({ length: 50 }, () => bot.handleTurn({ channel: 'telegram', userId: 'flooder', text: '区属国企的门面，月租2万' })),
    );
    const limited = flood.filter((reply) => reply.intent === 'rate_limited');
    expect(limited).toHaveLength(45);
    for (const reply of limited) expect(reply.text).toMatch(/请 60 秒后再试/);
    const other = await bot.handleTurn({ channel: 'telegram', userId: 'neighbour', text: '区属国企的门面，月租2万' });
    expect(other.awaiting).not.toBeNull();
    now += 61_000;
    expect((await bot.handleTurn({ channel: 'telegram', userId: 'flooder', text: '1' })).intent).not.toBe('rate_limited');
  });
});

describeWithRedis('a flood spread over two instances', () => {
  let server: RedisServer;
  const clients: Redis[] = [];
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    for (const client of clients) client.disconnect();
    await server.stop();
  });

  it('the limit holds across instances: 10 allowed in all, not 10 each', async () => {
    const bots: Bot[] = [];
    for (let i = 0; i < 2; i += 1) {
      const redis = await connectRedis(server.url);
      clients.push(redis);
      bots.push(await redisBot(redis, createRedisRateLimiter({ redis, prefix: 'relief:rate:', limit: 10, windowSeconds: 60 })));
    }
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, i) => bots[i % 2]!.handleTurn({ channel: 'wecom', userId: 'flooder', text: '你好' })),
    );
    expect(replies.filter((reply) => reply.intent !== 'rate_limited')).toHaveLength(10);
    for (const reply of replies.filter((r) => r.intent === 'rate_limited')) expect(reply.text).toMatch(/秒后再试/);
  });
});
