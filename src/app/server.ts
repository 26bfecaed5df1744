/**
 * The composition behind `relief-bot serve`: from a Config to a running process — stores (memory, or
 * Redis when REDIS_URL is set), the bot, every configured channel's routes on one HTTP server, the
 * Telegram bot — and the orderly way back down. Tests and the benchmark start it in-process on port 0.
 */
import type { Redis } from 'ioredis';
import { createBot, type Bot, type BotOptions } from '../bot/bot.js';
import { createHttpServer } from '../infra/http-server.js';
import type { ChannelAdapter } from '../core/channel-adapter.js';
import { DEFAULT_DEDUPE_TTL_SECONDS, type WecomMemo } from '../channels/wecom/wecom-conversation.js';
import { createChannels } from './channels.js';
import type { Config } from './config.js';
import { createMemoryStore } from '../infra/memory-store.js';
import type { RateLimiter } from '../core/rate-limiter.js';
import { createMemoryRateLimiter, createRedisRateLimiter } from '../infra/rate-limit.js';
import { connectRedis } from '../infra/redis-connection.js';
import { createRedisStore } from '../infra/redis-store.js';
import type { Session } from '../dialog/session.js';
import type { SessionStore } from '../core/session-store.js';
import { createRedisLock } from '../infra/user-lock.js';
import type { Logger } from '../lib/logger.js';

export interface RunningServer {
  /** The base URL, e.g. "http://127.0.0.1:8080". */
  url: string;
  port: number;
  /** The channels served, for the start-up line: ["api", "console", "wecom", ...]. */
  channels: string[];
  bot: Bot;
  /**
   * Stops accepting, lets the turns in flight finish, closes every connection, stops Telegram and
   * quits Redis. Safe to call twice.
   */
  stop(): Promise<void>;
}

export interface StartServerOptions {
  /** Overrides for the bot (tests inject `understand` or a clock); the config decides the rest. */
  bot?: Pick<BotOptions, 'understand' | 'dialogs' | 'now'>;
}

/** Key prefixes in a shared Redis: one namespace per kind of state. */
const REDIS_PREFIX = { session: 'relief:session:', lock: 'relief:lock:', rate: 'relief:rate:', wecom: 'relief:wecom:' } as const;

interface State {
  store?: SessionStore<Session>;
  lock?: BotOptions['lock'];
  rateLimiter?: RateLimiter;
  dedupe: SessionStore<WecomMemo>;
}

function memoryState(config: Config): State {
  return {
    rateLimiter: config.rateLimitPerMinute > 0
      ? createMemoryRateLimiter({ limit: config.rateLimitPerMinute, windowSeconds: 60, maxKeys: config.maxSessions })
      : undefined,
    dedupe: createMemoryStore<WecomMemo>({ maxEntries: config.maxSessions, ttlSeconds: DEFAULT_DEDUPE_TTL_SECONDS }),
  };
}

function redisState(config: Config, redis: Redis, logger: Logger): State {
  return {
    store: createRedisStore<Session>({ redis, prefix: REDIS_PREFIX.session, ttlSeconds: config.sessionIdleSeconds, logger }),
    lock: createRedisLock({ redis, prefix: REDIS_PREFIX.lock, logger }),
    rateLimiter: config.rateLimitPerMinute > 0
      ? createRedisRateLimiter({ redis, prefix: REDIS_PREFIX.rate, limit: config.rateLimitPerMinute, windowSeconds: 60 })
      : undefined,
    dedupe: createRedisStore<WecomMemo>({ redis, prefix: REDIS_PREFIX.wecom, ttlSeconds: DEFAULT_DEDUPE_TTL_SECONDS, logger }),
  };
}

/**
 * Starts everything the config asks for and resolves once the server answers `GET /healthz` with 200.
 *
 * @example
 * const running = await startServer(loadConfig({ PORT: '0' }), logger);
 * await fetch(`${running.url}/api/chat`, { method: 'POST', body: JSON.stringify({ sessionId: 's1', text: '你好' }) });
 * await running.stop();
 */
export async function startServer(config: Config, logger: Logger, options: StartServerOptions = {}): Promise<RunningServer> {
  const redis = config.redisUrl ? await connectRedis(config.redisUrl, { logger }) : null;
  let adapters: ChannelAdapter[] = [];
  try {
    const state = redis ? redisState(config, redis, logger) : memoryState(config);
    const bot = await createBot({
      ...options.bot,
      store: state.store,
      lock: state.lock,
      rateLimiter: state.rateLimiter,
      logger,
      idleSeconds: config.sessionIdleSeconds,
      maxSessions: config.maxSessions,
      maxAnonymousSessions: config.maxAnonymousSessions,
    });
    adapters = createChannels(config, { handleTurn: bot.handleTurn, dedupe: state.dedupe, logger });
    const channels = adapters.map((adapter) => adapter.name);
    const http = createHttpServer({ routes: adapters.flatMap((adapter) => adapter.routes ?? []), logger });
    const { url, port } = await http.listen(config.port, config.host);
    try {
      // Listening first: in webhook mode Telegram may post as soon as the webhook is set.
      for (const adapter of adapters) await adapter.start?.();
    } catch (error) {
      await http.stop();
      throw error;
    }
    http.markReady();
    logger.info({ event: 'listening', url, channels, store: redis ? 'redis' : 'memory' }, 'listening');

    let stopping: Promise<void> | null = null;
    const stop = async (): Promise<void> => {
      logger.info({ event: 'stopping' }, 'stopping');
      // The server and every channel stop taking messages at once; Redis goes last, so the turns in flight can still
      // store their sessions.
      await Promise.all([
        http.stop(),
        ...adapters.map((adapter) => adapter.stop?.('shutdown').catch((error: unknown) => logger.warn({ err: String(error) }, `${adapter.name} stop failed`))),
      ]);
      await redis?.quit().catch((error: unknown) => logger.warn({ err: String(error) }, 'redis quit failed'));
      logger.info({ event: 'stopped' }, 'stopped');
    };
    return {
      url,
      port,
      channels,
      bot,
      stop() {
        stopping ??= stop();
        return stopping;
      },
    };
  } catch (error) {
    await Promise.all(adapters.map((adapter) => adapter.stop?.('start-up failed').catch(() => undefined)));
    redis?.disconnect();
    throw error;
  }
}
