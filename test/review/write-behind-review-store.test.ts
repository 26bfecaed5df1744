/**
 * The write-behind queue in front of the review store, with a real SQLite file: a turn never waits for the
 * recorder's write, the writes of many turns go to the store together, and nothing recorded is lost when
 * the store is closed — nor does a store that fails or hangs fail a turn.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot/bot.js';
import { createReviewRecorder } from '../../src/review/review-recorder.js';
import type { ReviewBatch, ReviewStore } from '../../src/review/review-store.js';
import { openSqliteReviewStore } from '../../src/review/sqlite-review-store.js';
import { createWriteBehindReviewStore } from '../../src/review/write-behind-review-store.js';
import { captureLogger } from '../support/capture-logger.js';

const RENT = ['区属国企的门面，月租2万，3、4月房租能免吗', '是', '小型企业', '坚持营业', '没有裁员'];

/** The store with every writeBatch call counted (and optionally replaced). */
function spied(store: ReviewStore, writeBatch?: (batch: ReviewBatch) => Promise<void>): ReviewStore & { batches: ReviewBatch[] } {
  const batches: ReviewBatch[] = [];
  return {
    ...store,
    batches,
    writeBatch: async (batch) => {
      batches.push(batch);
      await (writeBatch ?? store.writeBatch)(batch);
    },
  };
}

describe('write-behind review store', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'write-behind-'));
    file = join(dir, 'review.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('nothing recorded is lost on close: every turn counted, every answer found, every miss in the inbox', async () => {
    const inner = spied(openSqliteReviewStore(file));
    // A minute between writes and no size trigger: only close() can write these.
    const store = createWriteBehindReviewStore(inner, { flushMs: 60_000, maxBatch: 100_000 });
    const bot = await createBot({ review: createReviewRecorder({ store }) });
    const answerIds: string[] = [];
    for (let owner = 0; owner < 20; owner += 1) {
      let reply = await bot.handleTurn({ channel: 'api', userId: `owner-${owner}`, text: RENT[0] ?? '' });
      for (const line of RENT.slice(1)) reply = await bot.handleTurn({ channel: 'api', userId: `owner-${owner}`, text: line });
      answerIds.push(reply.answerId ?? '');
      await bot.handleTurn({ channel: 'api', userId: `owner-${owner}`, text: '今天天气怎么样' });
    }
    expect(inner.batches).toEqual([]);
    await store.close();
    // All of it in one write, hence one transaction.
    expect(inner.batches).toHaveLength(1);

    const reopened = openSqliteReviewStore(file);
    const days = await reopened.days('2000-01-01');
    expect(days[0]?.turns).toBe(20 * (RENT.length + 1));
    expect(days[0]?.outcomes.answered).toBe(20);
    expect(days[0]?.outcomes.not_understood).toBe(20);
    for (const id of answerIds) expect((await reopened.getAnswer(id))?.outcomes[0]?.amount).toBe('40000.00');
    expect((await reopened.listEntries()).map((entry) => entry.text)).toEqual(Array.from({ length: 20 }, () => '今天天气怎么样'));
    await reopened.close();
  });

  it('what a turn recorded is read at once (the inbox, an answer id, the day counts), before any timer fires', async () => {
    const store = createWriteBehindReviewStore(openSqliteReviewStore(file), { flushMs: 60_000 });
    const bot = await createBot({ review: createReviewRecorder({ store }) });
    await bot.handleTurn({ channel: 'api', userId: 'owner', text: '帮我查查个人公积金缴存记录' });
    expect((await store.listEntries()).map((entry) => entry.intent)).toEqual(['out_of_scope']);
    expect((await store.days('2000-01-01'))[0]?.turns).toBe(1);
    await store.close();
  });

  it('writes a batch by itself after flushMs, and at once when maxBatch records wait', async () => {
    const inner = spied(openSqliteReviewStore(file));
    const store = createWriteBehindReviewStore(inner, { flushMs: 20, maxBatch: 3 });
    const bot = await createBot({ review: createReviewRecorder({ store }) });
    await bot.handleTurn({ channel: 'api', userId: 'a', text: '你好' });
    expect(inner.batches).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(inner.batches).toHaveLength(1);
    // Three counted turns fill a batch of three: written without waiting for the timer.
    for (const userId of ['b', 'c', 'd']) await bot.handleTurn({ channel: 'api', userId, text: '你好' });
    expect(inner.batches).toHaveLength(2);
    expect(inner.batches[1]?.counts).toHaveLength(3);
    await store.close();
  });

  it('a store that fails loses only what it could not write: the turn is answered, with its answer id, and the loss is logged', async () => {
    const log = captureLogger('warn');
    const inner = spied(openSqliteReviewStore(file), async () => { throw new Error('disk I/O error'); });
    const store = createWriteBehindReviewStore(inner, { logger: log.logger });
    const bot = await createBot({ review: createReviewRecorder({ store }) });
    let reply = await bot.handleTurn({ channel: 'api', userId: 'owner', text: RENT[0] ?? '' });
    for (const line of RENT.slice(1)) reply = await bot.handleTurn({ channel: 'api', userId: 'owner', text: line });
    expect(reply.results[0]?.amount).toBe('40000.00');
    expect(reply.answerId).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expect(store.close()).resolves.toBeUndefined();
    const failed = log.lines().find((line) => line.event === 'review_write_failed');
    expect(failed).toMatchObject({ answers: 1, counts: RENT.length, err: 'disk I/O error' });
  });

  it('a store that hangs never holds up a turn, keeps a bounded queue, and does not hold up close', async () => {
    const log = captureLogger('warn');
    const hung = spied(openSqliteReviewStore(file), () => new Promise<void>(() => undefined));
    const store = createWriteBehindReviewStore(hung, { flushMs: 1, maxBatch: 1, maxQueued: 3, closeTimeoutMs: 50, logger: log.logger });
    const bot = await createBot({ review: createReviewRecorder({ store }) });
    for (let i = 0; i < 6; i += 1) {
      const reply = await bot.handleTurn({ channel: 'api', userId: `u${i}`, text: '找谁咨询房租的事' });
      expect(reply.contacts.length).toBeGreaterThan(0);
    }
    // The first write hangs; the next three wait; the rest are dropped, and said so once.
    expect(hung.batches).toHaveLength(1);
    expect(log.lines().filter((line) => line.event === 'review_queue_full')).toHaveLength(1);
    await store.close();
    expect(log.lines().find((line) => line.event === 'review_write_failed')).toMatchObject({ counts: 3 });
  });
});
