/**
 * The review store in Redis, when REDIS_URL is set, so every instance behind the load balancer writes
 * to one inbox. Each record is its JSON under its own key with an expiry (the retention), so Redis
 * deletes old ones itself; a sorted set per kind lists them by time. Keys (prefix relief:review:):
 * inbox (zset) + inbox:<id>; answer:<id>; answer-text:<id>; day:<YYYY-MM-DD> (a hash of counters).
 *
 * @example const store = createRedisReviewStore({ redis, retention: { textDays: 30, answerDays: 365 } });
 */
import type { Redis } from 'ioredis';
import { DAY_MS, emptyOutcomes, singleWrites, type AnswerRecord, type DayCounts, type InboxEntry, type ReviewBatch, type Retention, type ReviewStore } from './review-store.js';
import type { TurnOutcome } from './turn-kind.js';

export interface RedisReviewStoreOptions {
  redis: Redis;
  retention: Retention;
  prefix?: string;
  /** Quit the connection on close (the CLI's own connection); the server quits its shared one itself. */
  ownsConnection?: boolean;
}

export const REVIEW_REDIS_PREFIX = 'relief:review:';

function parse<T>(json: string | null): T | null {
  if (json === null) return null;
  try {
    return JSON.parse(json) as T;
  } catch {
    return null;
  }
}

export function createRedisReviewStore(options: RedisReviewStoreOptions): ReviewStore {
  const { redis } = options;
  const prefix = options.prefix ?? REVIEW_REDIS_PREFIX;
  const textSeconds = options.retention.textDays * 86_400;
  const answerSeconds = options.retention.answerDays * 86_400;
  const index = `${prefix}inbox`;
  const days = `${prefix}days`;
  const answers = `${prefix}answers`;
  const answerTexts = `${prefix}answer-texts`;

  /** The whole batch in one MULTI: one round trip, applied together. */
  async function writeBatch(batch: ReviewBatch): Promise<void> {
    const multi = redis.multi();
    for (const entry of batch.entries) {
      multi.set(`${prefix}inbox:${entry.id}`, JSON.stringify(entry), 'EX', textSeconds).zadd(index, entry.at, entry.id);
    }
    for (const record of batch.answers) {
      const { text, ...rest } = record;
      multi.set(`${prefix}answer:${record.id}`, JSON.stringify(rest), 'EX', answerSeconds, 'NX').zadd(answers, 'NX', record.at, record.id);
      if (text !== null) {
        multi.set(`${prefix}answer-text:${record.id}`, text, 'EX', textSeconds, 'NX').zadd(answerTexts, 'NX', record.at, record.id);
      }
    }
    const daysCounted = new Set<string>();
    for (const { day, outcome, topic } of batch.counts) {
      const key = `${prefix}day:${day}`;
      multi.hincrby(key, 'turns', 1).hincrby(key, `outcome:${outcome}`, 1).hincrby(key, `topic:${topic}`, 1);
      daysCounted.add(day);
    }
    for (const day of daysCounted) multi.expire(`${prefix}day:${day}`, answerSeconds).zadd(days, Date.parse(day), day);
    if (multi.length > 0) await multi.exec();
  }

  return {
    writeBatch,
    ...singleWrites(writeBatch),
    async listEntries() {
      const ids = await redis.zrange(index, 0, -1);
      if (ids.length === 0) return [];
      const values = await redis.mget(ids.map((id) => `${prefix}inbox:${id}`));
      return values.map((json) => parse<InboxEntry>(json)).filter((entry): entry is InboxEntry => entry !== null);
    },
    async removeEntries(ids) {
      if (ids.length === 0) return;
      await redis.multi().del(...ids.map((id) => `${prefix}inbox:${id}`)).zrem(index, ...ids).exec();
    },
    async getAnswer(id) {
      const [record, text] = await redis.mget(`${prefix}answer:${id}`, `${prefix}answer-text:${id}`);
      const parsed = parse<Omit<AnswerRecord, 'text'>>(record ?? null);
      return parsed ? { ...parsed, text: text ?? null } : null;
    },
    async days(fromDay) {
      const names = await redis.zrangebyscore(days, Date.parse(fromDay), '+inf');
      const result: DayCounts[] = [];
      for (const day of names) {
        const hash = await redis.hgetall(`${prefix}day:${day}`);
        if (Object.keys(hash).length === 0) continue;
        const counts: DayCounts = { day, turns: Number(hash.turns ?? 0), outcomes: emptyOutcomes(), topics: {} };
        for (const [field, value] of Object.entries(hash)) {
          if (field.startsWith('outcome:')) {
            const outcome = field.slice(8);
            if (outcome in counts.outcomes) counts.outcomes[outcome as TurnOutcome] = Number(value);
          } else if (field.startsWith('topic:')) counts.topics[field.slice(6)] = Number(value);
        }
        result.push(counts);
      }
      return result;
    },
    async purge(textsBefore, answersBefore) {
      // The records also expire on their own (EX); this deletes by the clock the recorder keeps, and
      // trims the indexes that point at them.
      const expire = async (set: string, before: number, key: (id: string) => string) => {
        const old = await redis.zrangebyscore(set, '-inf', `(${before}`);
        if (old.length > 0) await redis.multi().del(...old.map(key)).zrem(set, ...old).exec();
      };
      await expire(index, textsBefore, (id) => `${prefix}inbox:${id}`);
      await expire(answerTexts, textsBefore, (id) => `${prefix}answer-text:${id}`);
      await expire(answers, answersBefore, (id) => `${prefix}answer:${id}`);
      await expire(days, answersBefore - DAY_MS, (day) => `${prefix}day:${day}`);
    },
    async close() {
      if (options.ownsConnection) await redis.quit().catch(() => undefined);
    },
  };
}
