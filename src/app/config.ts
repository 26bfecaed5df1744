/**
 * The process configuration: environment variables → one zod schema → a frozen `Config`. A missing or
 * malformed value stops start-up with a `ConfigError` naming every bad variable and what it expects,
 * instead of failing later, far from the cause. Each channel declares its own variables beside its code
 * (src/channels/<name>/<name>-env.ts); this file composes them with the app's own. `.env.example` explains each variable. An empty value
 * (`FOO=`) counts as unset, as it does in most .env tooling. The app reads `process.env` only; it does
 * not load .env files itself (use `node --env-file=.env` or your process manager).
 */
import { z } from 'zod';
import { telegramEnv, type TelegramConfig } from '../channels/telegram/telegram-env.js';
import { wecomEnv, type WecomAibotConfig, type WecomConfig } from '../channels/wecom/wecom-env.js';
import { integer, oneOf, text, url } from '../lib/env-schema.js';

/** pino's level names. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ReviewConfig {
  /** REVIEW_CAPTURE: false keeps no inbox and no message text (counts and answer records stay). */
  capture: boolean;
  /** Days the inbox and message texts are kept, and answer records and daily counts (no text). */
  retention: { textDays: number; answerDays: number };
  /** The SQLite file's folder when REDIS_URL is unset. */
  dataDir: string;
}

/** The HTTP server's limits (src/infra/http-server.ts), all from the environment. */
export interface HttpConfig {
  maxBodyBytes: number;
  /** WeCom callbacks carry one encrypted message: a few KB. */
  wecomMaxBodyBytes: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  maxConnections: number;
  /** Whose X-Forwarded-For to believe: false (none), true (any), or the proxies' addresses / CIDR ranges. */
  trustProxy: boolean | string[];
  /** On SIGTERM: how long /readyz says 503 while the server still serves, before it closes. */
  shutdownGraceMs: number;
  /** Then: how long the requests in flight may take before their connections are cut. */
  shutdownTimeoutMs: number;
}

export interface Config {
  port: number;
  host: string;
  http: HttpConfig;
  /** `POST /api/chat` messages per client address per minute; 0 turns the limit off. */
  apiRateLimitPerMinutePerAddress: number;
  logLevel: LogLevel;
  sessionIdleSeconds: number;
  /** In-memory session cap of the signed-in channels (WeCom, Telegram). */
  maxSessions: number;
  /** In-memory session cap of the anonymous channels (the HTTP API and console). */
  maxAnonymousSessions: number;
  /** Messages per user per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Sessions, locks, rate limits and WeCom de-duplication in Redis when set; in memory otherwise. */
  redisUrl: string | null;
  wecom: WecomConfig | null;
  wecomAibot: WecomAibotConfig | null;
  telegram: TelegramConfig | null;
  review: ReviewConfig;
  /** The bearer token of the staff page /staff; null: the page is off (404). */
  staffToken: string | null;
}

/** Start-up configuration is wrong; the message names each variable and what it expects. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const envSchema = z.object({
  PORT: integer(0, 65535, 8080),
  HOST: text(/^\S+$/, 'a host name or IP address to listen on, e.g. 127.0.0.1 or 0.0.0.0'),
  LOG_LEVEL: oneOf(LOG_LEVELS),
  SESSION_IDLE_SECONDS: integer(1, 7 * 24 * 3600, 1800),
  MAX_SESSIONS: integer(1, 10_000_000, 100_000),
  MAX_ANONYMOUS_SESSIONS: integer(1, 10_000_000, 100_000),
  RATE_LIMIT_PER_MINUTE: integer(0, 100_000, 30),
  API_RATE_LIMIT_PER_MINUTE_PER_ADDRESS: integer(0, 1_000_000, 600),
  TRUST_PROXY: text(
    /^(true|false|[0-9A-Za-z:./]+(\s*,\s*[0-9A-Za-z:./]+)*)$/,
    'true, false, or the proxies\' addresses or CIDR ranges separated by commas, e.g. 10.0.0.0/8,127.0.0.1',
  ),
  HTTP_MAX_BODY_BYTES: integer(1024, 10 * 1024 * 1024, 64 * 1024),
  WECOM_MAX_BODY_BYTES: integer(1024, 1024 * 1024, 16 * 1024),
  HTTP_HEADERS_TIMEOUT_MS: integer(100, 600_000, 15_000),
  HTTP_REQUEST_TIMEOUT_MS: integer(100, 3_600_000, 30_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: integer(1_000, 600_000, 5_000),
  HTTP_MAX_CONNECTIONS: integer(1, 1_000_000, 1_000),
  SHUTDOWN_GRACE_MS: integer(0, 600_000, 5_000),
  SHUTDOWN_TIMEOUT_MS: integer(0, 600_000, 10_000),
  REDIS_URL: url(['redis:', 'rediss:'], 'a Redis URL such as redis://127.0.0.1:6379 or rediss://user:password@host:6380/0'),
  ...wecomEnv.shape,
  ...telegramEnv.shape,
  REVIEW_CAPTURE: oneOf(['on', 'off'], 'on or off'),
  REVIEW_RETENTION_DAYS: integer(1, 3650, 30),
  ANSWER_RETENTION_DAYS: integer(1, 3650, 365),
  DATA_DIR: text(/^.+$/, 'a folder for the review database, e.g. ./data'),
  STAFF_TOKEN: text(/^[A-Za-z0-9_\-.~+/=]{16,256}$/, 'at least 16 characters from A-Z, a-z, 0-9 and _-.~+/= (e.g. from openssl rand -hex 24)'),
});

type Env = z.infer<typeof envSchema>;

/** Every variable the configuration reads; `.env.example` explains each (a test keeps the two in step). */
export const CONFIG_VARIABLES = Object.keys(envSchema.shape) as readonly (keyof Env)[];

/**
 * Reads the configuration from `env`; throws a ConfigError listing every bad variable.
 *
 * @example
 * const config = loadConfig(process.env); // { port: 8080, host: '127.0.0.1', wecom: null, ... }
 * loadConfig({ PORT: 'eighty' }); // ConfigError: PORT: expected an integer from 0 to 65535, got "eighty"
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Readonly<Config> {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '?');
        const given = env[name];
        // Secrets are never echoed back into logs.
        const shown = given === undefined || /TOKEN|KEY|SECRET|REDIS_URL/.test(name) ? '' : `, got ${JSON.stringify(given)}`;
        return `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  const e = parsed.data;
  const problems = [...wecomEnv.checks(e), ...telegramEnv.checks(e)];
  if (e.HTTP_HEADERS_TIMEOUT_MS > e.HTTP_REQUEST_TIMEOUT_MS) {
    problems.push(`HTTP_HEADERS_TIMEOUT_MS: must not exceed HTTP_REQUEST_TIMEOUT_MS (${e.HTTP_REQUEST_TIMEOUT_MS}); the headers are part of the request`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const config: Config = {
    port: e.PORT,
    host: e.HOST ?? '127.0.0.1',
    http: {
      maxBodyBytes: e.HTTP_MAX_BODY_BYTES,
      wecomMaxBodyBytes: e.WECOM_MAX_BODY_BYTES,
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      maxConnections: e.HTTP_MAX_CONNECTIONS,
      trustProxy: trustProxyOf(e.TRUST_PROXY),
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    },
    apiRateLimitPerMinutePerAddress: e.API_RATE_LIMIT_PER_MINUTE_PER_ADDRESS,
    logLevel: e.LOG_LEVEL ?? 'info',
    sessionIdleSeconds: e.SESSION_IDLE_SECONDS,
    maxSessions: e.MAX_SESSIONS,
    maxAnonymousSessions: e.MAX_ANONYMOUS_SESSIONS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    redisUrl: e.REDIS_URL ?? null,
    ...wecomEnv.read(e),
    ...telegramEnv.read(e),
    review: {
      capture: e.REVIEW_CAPTURE !== 'off',
      retention: { textDays: e.REVIEW_RETENTION_DAYS, answerDays: e.ANSWER_RETENTION_DAYS },
      dataDir: e.DATA_DIR ?? './data',
    },
    staffToken: e.STAFF_TOKEN ?? null,
  };
  return deepFreeze(config);
}

function trustProxyOf(value: string | undefined): boolean | string[] {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return value.split(',').map((part) => part.trim());
}

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const child of Object.values(value)) {
    if (child !== null && typeof child === 'object') deepFreeze(child as object);
  }
  return Object.freeze(value);
}
