import { Redis } from 'ioredis';
import { z } from 'zod';
import { silentLogger, type Logger } from '../lib/logger.js';
import { redisErrorForLog } from './redis-error-for-log.js';

export { redisErrorForLog };

export interface RedisConnectionOptions {
  logger?: Logger;
  /** How long one connection attempt may take before it counts as failed. Default 2,000 ms. */
  connectTimeoutMs?: number;
  /** How long a command may wait for its reply (a hung or paused Redis). Default 1,000 ms. */
  commandTimeoutMs?: number;
  /** The longest pause between reconnection attempts. Default 2,000 ms. */
  maxReconnectDelayMs?: number;
}

const redisUrl = z
  .string()
  .url()
  .refine((url) => /^rediss?:\/\//.test(url), { message: 'must start with redis:// or rediss://' });

/**
 * Opens an ioredis client on `url` and resolves once it is ready; rejects (and stops retrying) when
 * the first connection fails, so a wrong `REDIS_URL` stops start-up with a clear message.
 *
 * After that first connection the client is tuned for a chat bot, where a late answer is as bad as
 * none and the user can simply send again:
 * - `enableOfflineQueue: false`: while disconnected a command rejects at once instead of queueing
 *   until Redis returns, so the turn can answer "please try again" rather than hang.
 * - `maxRetriesPerRequest: 0` and `autoResendUnfulfilledCommands: false`: a command in flight when
 *   the connection drops rejects; it is never resent, because resending an INCR or a SET NX whose
 *   first copy may have reached Redis could count a message twice or double a turn.
 * - `commandTimeout`: a Redis that accepts the connection but does not answer (paused, swapping)
 *   still yields an error within a second.
 * - `connectTimeout`: a dead host does not hold a reconnection attempt for the 10 s default.
 * - `retryStrategy` never gives up (growing pauses, capped), so the client reconnects by itself when
 *   Redis returns and the next turn succeeds without a restart.
 * Connection errors are logged as warnings (ioredis would otherwise print them to the console).
 *
 * @example
 * const redis = await connectRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { logger });
 * const store = createRedisStore<Session>({ redis, prefix: 'relief:session:', ttlSeconds: 1800 });
 */
export async function connectRedis(url: string, options: RedisConnectionOptions = {}): Promise<Redis> {
  const parsed = redisUrl.safeParse(url);
  if (!parsed.success) {
    throw new Error(`REDIS_URL ${JSON.stringify(url)} is not a Redis URL: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  const logger = options.logger ?? silentLogger;
  const maxReconnectDelayMs = options.maxReconnectDelayMs ?? 2_000;
  const redis = new Redis(parsed.data, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    connectTimeout: options.connectTimeoutMs ?? 2_000,
    commandTimeout: options.commandTimeoutMs ?? 1_000,
    retryStrategy: (attempt) => Math.min(100 * 2 ** Math.min(attempt, 10), maxReconnectDelayMs),
  });
  const where = redactedAddress(parsed.data);
  redis.on('error', (error: unknown) => {
    logger.warn({ err: redisErrorForLog(error), redis: where }, 'redis connection error');
  });
  redis.on('ready', () => logger.info({ redis: where }, 'redis ready'));
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new Error(`cannot connect to Redis at ${where}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return redis;
}

/** host:port of a Redis URL, without the password that may be in it, for logs and errors. */
function redactedAddress(url: string): string {
  const { hostname, port } = new URL(url);
  return `${hostname}:${port === '' ? '6379' : port}`;
}
