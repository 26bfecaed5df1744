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

export interface Config {
  port: number;
  host: string;
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
  REDIS_URL: url(['redis:', 'rediss:'], 'a Redis URL such as redis://127.0.0.1:6379 or rediss://user:password@host:6380/0'),
  ...wecomEnv.shape,
  ...telegramEnv.shape,
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
  if (problems.length > 0) throw new ConfigError(problems);
  const config: Config = {
    port: e.PORT,
    host: e.HOST ?? '127.0.0.1',
    logLevel: e.LOG_LEVEL ?? 'info',
    sessionIdleSeconds: e.SESSION_IDLE_SECONDS,
    maxSessions: e.MAX_SESSIONS,
    maxAnonymousSessions: e.MAX_ANONYMOUS_SESSIONS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    redisUrl: e.REDIS_URL ?? null,
    ...wecomEnv.read(e),
    ...telegramEnv.read(e),
  };
  return deepFreeze(config);
}

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const child of Object.values(value)) {
    if (child !== null && typeof child === 'object') deepFreeze(child as object);
  }
  return Object.freeze(value);
}
