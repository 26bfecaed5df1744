/**
 * The composition behind `relief-bot serve`: from a Config to a running process — stores (memory, or
 * Redis when REDIS_URL is set), the bot, every configured channel's routes on one HTTP server, the
 * Telegram bot — and the orderly way back down. Tests and the benchmark start it in-process on port 0.
 */
import type { Redis } from 'ioredis';
import { createBot, type Bot, type BotOptions } from '../bot/bot.js';
import { createHttpServer, type HealthCheck } from '../infra/http-server.js';
import type { ChannelAdapter } from '../core/channel-adapter.js';
import { DEFAULT_DEDUPE_TTL_SECONDS, type WecomMemo } from '../channels/wecom/wecom-conversation.js';
import { createChannels } from './channels.js';
import type { Config } from './config.js';
import { openReviewStore } from './open-review-store.js';
import { createRedisClaims, type DeliveryClaims } from '../infra/delivery-claim.js';
import { createMemoryStore } from '../infra/memory-store.js';
import type { RateLimiter } from '../core/rate-limiter.js';
import { createMemoryRateLimiter, createRedisRateLimiter } from '../infra/rate-limit.js';
import { connectRedis } from '../infra/redis-connection.js';
import { createRedisStore } from '../infra/redis-store.js';
import type { Session } from '../dialog/session.js';
import type { SessionStore } from '../core/session-store.js';
import { createRedisLock } from '../infra/user-lock.js';
import type { Logger } from '../lib/logger.js';
import { createReviewRecorder } from '../review/review-recorder.js';
import type { ReviewStore } from '../review/review-store.js';

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
  /**
   * What SIGTERM does: not ready at once (/readyz 503), still serving for SHUTDOWN_GRACE_MS so a
   * load balancer routes elsewhere before the port closes, then `stop()`.
   */
  shutdown(): Promise<void>;
}

export interface StartServerOptions {
  /** Overrides for the bot (tests inject `understand` or a clock); the config decides the rest. */
  bot?: Pick<BotOptions, 'understand' | 'dialogs' | 'now'>;
}

/** Key prefixes in a shared Redis: one namespace per kind of state. */
const REDIS_PREFIX = { session: 'relief:session:', lock: 'relief:lock:', rate: 'relief:rate:', wecom: 'relief:wecom:', wecomClaim: 'relief:wecom-claim:' } as const;

interface State {
  store?: SessionStore<Session>;
  lock?: BotOptions['lock'];
  rateLimiter?: RateLimiter;
  /** `POST /api/chat` per client address. */
  addressLimiter?: RateLimiter;
  dedupe: SessionStore<WecomMemo>;
  claims?: DeliveryClaims;
}

function memoryState(config: Config): State {
  const perAddress = config.apiRateLimitPerMinutePerAddress;
  return {
    rateLimiter: config.rateLimitPerMinute > 0
      ? createMemoryRateLimiter({ limit: config.rateLimitPerMinute, windowSeconds: 60, maxKeys: config.maxSessions })
      : undefined,
    addressLimiter: perAddress > 0 ? createMemoryRateLimiter({ limit: perAddress, windowSeconds: 60, maxKeys: config.maxSessions }) : undefined,
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
    addressLimiter: config.apiRateLimitPerMinutePerAddress > 0
      ? createRedisRateLimiter({ redis, prefix: REDIS_PREFIX.rate, limit: config.apiRateLimitPerMinutePerAddress, windowSeconds: 60 })
      : undefined,
    dedupe: createRedisStore<WecomMemo>({ redis, prefix: REDIS_PREFIX.wecom, ttlSeconds: DEFAULT_DEDUPE_TTL_SECONDS, logger }),
    claims: createRedisClaims({ redis, prefix: REDIS_PREFIX.wecomClaim }),
  };
}

/** The store is usable: Redis connected and answering (the health runner bounds the wait). */
async function redisHealth(redis: Redis): Promise<string | null> {
  if (redis.status !== 'ready') return `Redis is ${redis.status}`;
  await redis.ping();
  return null;
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
  let reviewStore: ReviewStore | null = null;
  try {
    const state = redis ? redisState(config, redis, logger) : memoryState(config);
    reviewStore = await openReviewStore(config, redis, logger);
    const review = createReviewRecorder({ store: reviewStore, capture: config.review.capture, retention: config.review.retention, logger });
    const bot = await createBot({
      ...options.bot,
      store: state.store,
      lock: state.lock,
      rateLimiter: state.rateLimiter,
      logger,
      idleSeconds: config.sessionIdleSeconds,
      maxSessions: config.maxSessions,
      maxAnonymousSessions: config.maxAnonymousSessions,
      review,
    });
    const addressLimit = state.addressLimiter ? { limiter: state.addressLimiter, reply: bot.rateLimitedReply } : undefined;
    adapters = createChannels(config, { handleTurn: bot.handleTurn, addressLimit, dedupe: state.dedupe, claims: state.claims, reviewStore, logger });
    const channels = adapters.map((adapter) => adapter.name);
    const checks: HealthCheck[] = redis ? [{ name: 'store', check: () => redisHealth(redis) }] : [];
    const { http: limits } = config;
    const http = createHttpServer({
      routes: adapters.flatMap((adapter) => adapter.routes ?? []),
      plugins: adapters.flatMap((adapter) => adapter.plugins ?? []),
      logger,
      limits,
      trustProxy: limits.trustProxy,
      checks,
      stopTimeoutMs: limits.shutdownTimeoutMs,
    });
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
    const stop = async (graceMs: number): Promise<void> => {
      logger.info({ event: 'stopping', graceMs }, 'stopping');
      // The server and every channel stop taking messages at once; Redis goes last, so the turns in
      // flight can still store their sessions.
      await Promise.all([
        http.stop(graceMs),
        ...adapters.map((adapter) => adapter.stop?.('shutdown').catch((error: unknown) => logger.warn({ err: String(error) }, `${adapter.name} stop failed`))),
      ]);
      await reviewStore?.close().catch((error: unknown) => logger.warn({ err: String(error) }, 'review store close failed'));
      await redis?.quit().catch((error: unknown) => logger.warn({ err: String(error) }, 'redis quit failed'));
      logger.info({ event: 'stopped' }, 'stopped');
    };
    return {
      url,
      port,
      channels,
      bot,
      stop() {
        stopping ??= stop(0);
        return stopping;
      },
      shutdown() {
        stopping ??= stop(limits.shutdownGraceMs);
        return stopping;
      },
    };
  } catch (error) {
    await Promise.all(adapters.map((adapter) => adapter.stop?.('start-up failed').catch(() => undefined)));
    await reviewStore?.close().catch(() => undefined);
    redis?.disconnect();
    throw error;
  }
}
