/**
 * A review store that never makes a turn wait for its write: the recorder's writes (inbox entries,
 * answers, turn counts) are queued and written together, one `writeBatch` (one SQLite transaction, one
 * Redis MULTI) every `flushMs` or as soon as `maxBatch` records wait. Every read and every other change
 * (list, look up, remove, purge) writes the queue first, so what was recorded is always what is read;
 * `flush()` and `close()` write what is left, so a stop loses nothing. A failing write is logged with
 * what it held and dropped, never thrown at a turn; the queue is bounded (`maxQueued`), so a store that
 * hangs cannot fill memory, and close() waits for it a bounded time.
 *
 * @example
 *   const store = createWriteBehindReviewStore(openSqliteReviewStore('data/review.sqlite'), { logger });
 *   const bot = await createBot({ review: createReviewRecorder({ store }) });
 *   // … on shutdown:
 *   await store.close(); // writes the last batch, then closes the file
 */
import { silentLogger, type Logger } from '../lib/logger.js';
import { emptyBatch, singleWrites, type ReviewBatch, type ReviewStore } from './review-store.js';

export interface WriteBehindOptions {
  /** The longest a record waits before it is written. Default 100 ms. */
  flushMs?: number;
  /** Records (entries + answers + counts) that start a write at once. Default 500. */
  maxBatch?: number;
  /**
   * Records kept waiting while a write is under way; beyond this (a store that hangs) new ones are dropped
   * and the loss logged, so memory stays bounded. Default 20 × maxBatch.
   */
  maxQueued?: number;
  /** close() waits at most this long for the last write, then closes anyway. Default 5 s. */
  closeTimeoutMs?: number;
  logger?: Logger;
}

export interface WriteBehindReviewStore extends ReviewStore {
  /** Writes everything queued so far; resolves once it is written (or the failure logged). */
  flush(): Promise<void>;
}

const size = (batch: ReviewBatch): number => batch.entries.length + batch.answers.length + batch.counts.length;

const counts = (batch: ReviewBatch) => ({ entries: batch.entries.length, answers: batch.answers.length, counts: batch.counts.length });

export function createWriteBehindReviewStore(store: ReviewStore, options: WriteBehindOptions = {}): WriteBehindReviewStore {
  const flushMs = options.flushMs ?? 100;
  const maxBatch = options.maxBatch ?? 500;
  const maxQueued = options.maxQueued ?? 20 * maxBatch;
  const closeTimeoutMs = options.closeTimeoutMs ?? 5_000;
  const logger = options.logger ?? silentLogger;
  let queued = emptyBatch();
  let timer: NodeJS.Timeout | null = null;
  /** The writes under way: one at a time, so batches reach the store in order. */
  let writing: Promise<void> | null = null;
  let dropping = false;

  /** Writes batch after batch until nothing waits (what arrives meanwhile goes in the next one). */
  async function drain(): Promise<void> {
    while (size(queued) > 0) {
      const batch = queued;
      queued = emptyBatch();
      try {
        await store.writeBatch(batch);
        dropping = false;
      } catch (error) {
        logger.warn({ event: 'review_write_failed', ...counts(batch), err: error instanceof Error ? error.message : String(error) },
          'review write failed; these records are lost');
      }
    }
  }

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    writing ??= drain().finally(() => { writing = null; });
    return writing;
  }

  /** Queues; the write happens later, off the turn. */
  async function writeBatch(batch: ReviewBatch): Promise<void> {
    if (size(queued) + size(batch) > maxQueued) {
      if (!dropping) logger.warn({ event: 'review_queue_full', queued: size(queued), ...counts(batch) }, 'review store too slow; records dropped until it catches up');
      dropping = true;
      return;
    }
    queued.entries.push(...batch.entries);
    queued.answers.push(...batch.answers);
    queued.counts.push(...batch.counts);
    if (size(queued) >= maxBatch) void flush();
    else if (!timer) {
      timer = setTimeout(() => void flush(), flushMs);
      // A queued write never keeps the process alive; close() (every command and the server call it) writes it.
      timer.unref();
    }
  }

  /** Runs a read or a change after everything queued before it is written. */
  const after = <A extends unknown[], R>(work: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    await flush();
    return work(...args);
  };

  async function close(): Promise<void> {
    let waited: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => { waited = setTimeout(() => resolve(true), closeTimeoutMs); });
    if (await Promise.race([flush().then(() => false), timedOut])) {
      logger.warn({ event: 'review_write_failed', ...counts(queued), err: `no answer from the store within ${closeTimeoutMs} ms` }, 'review store closed before its last write');
    }
    clearTimeout(waited);
    await store.close();
  }

  return {
    writeBatch,
    ...singleWrites(writeBatch),
    flush,
    listEntries: after(() => store.listEntries()),
    removeEntries: after((ids: readonly string[]) => store.removeEntries(ids)),
    getAnswer: after((id: string) => store.getAnswer(id)),
    days: after((fromDay: string) => store.days(fromDay)),
    purge: after((textsBefore: number, answersBefore: number) => store.purge(textsBefore, answersBefore)),
    close,
  };
}
