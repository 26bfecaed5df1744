/**
 * Picks the review store the configuration asks for: Redis when REDIS_URL is set (sharing the server's
 * connection, or opening one for a CLI command), else the SQLite file DATA_DIR/review.sqlite; behind a
 * write-behind queue, so a turn never waits for the recorder's write (close it to write the rest).
 *
 * @example const store = await openReviewStore(loadConfig(process.env));
 */
import { join, resolve } from 'node:path';
import type { Redis } from 'ioredis';
import type { Config } from './config.js';
import type { Logger } from '../lib/logger.js';
import { createRedisReviewStore } from '../review/redis-review-store.js';
import type { ReviewStore } from '../review/review-store.js';
import { openSqliteReviewStore } from '../review/sqlite-review-store.js';
import { createWriteBehindReviewStore } from '../review/write-behind-review-store.js';

export const REVIEW_DB_FILE = 'review.sqlite';

/** Where the SQLite store lives for a DATA_DIR, resolved against the working directory. */
export function reviewDbPath(dataDir: string): string {
  return join(resolve(dataDir), REVIEW_DB_FILE);
}

export async function openReviewStore(config: Pick<Config, 'redisUrl' | 'review'>, shared?: Redis | null, logger?: Logger): Promise<ReviewStore> {
  return createWriteBehindReviewStore(await openStore(config, shared, logger), logger ? { logger } : {});
}

async function openStore(config: Pick<Config, 'redisUrl' | 'review'>, shared?: Redis | null, logger?: Logger): Promise<ReviewStore> {
  if (shared) return createRedisReviewStore({ redis: shared, retention: config.review.retention });
  if (config.redisUrl) {
    // Loaded only when asked for: ioredis is a fifth of a CLI command's start-up (`relief-bot ask` without Redis).
    const { connectRedis } = await import('../infra/redis-connection.js');
    const redis = await connectRedis(config.redisUrl, logger ? { logger } : {});
    return createRedisReviewStore({ redis, retention: config.review.retention, ownsConnection: true });
  }
  return openSqliteReviewStore(reviewDbPath(config.review.dataDir));
}
