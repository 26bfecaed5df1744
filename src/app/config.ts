/**
 * The process configuration: environment variables → one zod schema → a frozen `Config`. A missing or
 * malformed value stops start-up with a `ConfigError` naming every bad variable and what it expects,
 * instead of failing later, far from the cause. `.env.example` explains each variable. An empty value
 * (`FOO=`) counts as unset, as it does in most .env tooling. The app reads `process.env` only; it does
 * not load .env files itself (use `node --env-file=.env` or your process manager).
 */
import { z } from 'zod';

/** pino's level names. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface WecomConfig {
  token: string;
  encodingAesKey: string;
  corpId: string;
  timestampToleranceSeconds: number;
}

export interface WecomAibotConfig {
  token: string;
  encodingAesKey: string;
  timestampToleranceSeconds: number;
}

export interface TelegramConfig {
  token: string;
  /** Another Bot API server, or null for api.telegram.org. */
  apiRoot: string | null;
  /** Webhook mode when set; long polling otherwise. */
  webhook: { url: string; secret: string } | null;
}

export interface Config {
  port: number;
  host: string;
  logLevel: LogLevel;
  sessionIdleSeconds: number;
  maxSessions: number;
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

/** "" and absent are the same: unset. */
const unsetIfEmpty = (value: unknown): unknown => (value === '' ? undefined : value);

function integer(min: number, max: number, fallback: number): z.ZodType<number> {
  const expected = `an integer from ${min} to ${max}`;
  return z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .trim()
      .regex(/^\d+$/, { message: `expected ${expected}` })
      .transform(Number)
      .refine((n) => n >= min && n <= max, { message: `expected ${expected}` })
      .optional(),
  ).transform((n) => n ?? fallback);
}

function text(pattern: RegExp, expected: string): z.ZodType<string | undefined> {
  return z.preprocess(unsetIfEmpty, z.string().regex(pattern, { message: `expected ${expected}` }).optional());
}

function url(protocols: readonly string[], expected: string): z.ZodType<string | undefined> {
  const ok = (value: string): boolean => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  };
  return z.preprocess(unsetIfEmpty, z.string().refine(ok, { message: `expected ${expected}` }).optional());
}

/** WeCom's EncodingAESKey: 43 characters, base64 of a 32-byte key without its "=". */
const aesKey = text(/^[A-Za-z0-9]{43}$/, 'the 43-character EncodingAESKey (letters and digits) from the WeCom admin console');
const wecomToken = text(/^[A-Za-z0-9]{1,32}$/, 'the Token from the WeCom admin console (1–32 letters or digits)');

const envSchema = z.object({
  PORT: integer(0, 65535, 8080),
  HOST: text(/^\S+$/, 'a host name or IP address to listen on, e.g. 127.0.0.1 or 0.0.0.0'),
  LOG_LEVEL: z.preprocess(
    unsetIfEmpty,
    z.enum(LOG_LEVELS, { message: `expected one of ${LOG_LEVELS.join(', ')}` }).optional(),
  ),
  SESSION_IDLE_SECONDS: integer(1, 7 * 24 * 3600, 1800),
  MAX_SESSIONS: integer(1, 10_000_000, 100_000),
  RATE_LIMIT_PER_MINUTE: integer(0, 100_000, 30),
  REDIS_URL: url(['redis:', 'rediss:'], 'a Redis URL such as redis://127.0.0.1:6379 or rediss://user:password@host:6380/0'),
  WECOM_TOKEN: wecomToken,
  WECOM_ENCODING_AES_KEY: aesKey,
  WECOM_CORP_ID: text(/^[A-Za-z0-9_-]{1,64}$/, 'the CorpID (企业ID) from the WeCom admin console, e.g. ww1436e0e65a779aee'),
  WECOM_TIMESTAMP_TOLERANCE_SECONDS: integer(0, 7 * 24 * 3600, 300),
  WECOM_AIBOT_TOKEN: wecomToken,
  WECOM_AIBOT_ENCODING_AES_KEY: aesKey,
  TELEGRAM_BOT_TOKEN: text(/^\d+:[A-Za-z0-9_-]+$/, 'the token from @BotFather, e.g. 123456789:AAH...'),
  TELEGRAM_API_ROOT: url(['http:', 'https:'], 'an http(s) URL of a Bot API server, e.g. https://api.telegram.org'),
  TELEGRAM_WEBHOOK_URL: url(['https:'], 'the public https URL Telegram should post to, ending in /telegram/webhook'),
  TELEGRAM_WEBHOOK_SECRET: text(/^[A-Za-z0-9_-]{1,256}$/, '1–256 characters from A-Z, a-z, 0-9, _ and -'),
});

type Env = z.infer<typeof envSchema>;

/** Every variable the configuration reads; `.env.example` explains each (a test keeps the two in step). */
export const CONFIG_VARIABLES = Object.keys(envSchema.shape) as readonly (keyof Env)[];

/** Variables that only make sense together: all set or none, else a problem naming the missing ones. */
function together(env: Env, names: readonly (keyof Env)[], what: string): string[] {
  const missing = names.filter((name) => env[name] === undefined);
  if (missing.length === 0 || missing.length === names.length) return [];
  return [`${missing.join(', ')}: required because ${names.filter((n) => !missing.includes(n)).join(', ')} ${what}`];
}

function crossChecks(env: Env): string[] {
  const problems = [
    ...together(env, ['WECOM_TOKEN', 'WECOM_ENCODING_AES_KEY', 'WECOM_CORP_ID'], 'set (the WeCom app callback needs all three)'),
    ...together(env, ['WECOM_AIBOT_TOKEN', 'WECOM_AIBOT_ENCODING_AES_KEY'], 'set (the WeCom AI bot callback needs both)'),
  ];
  if (env.TELEGRAM_WEBHOOK_URL !== undefined && env.TELEGRAM_WEBHOOK_SECRET === undefined) {
    problems.push('TELEGRAM_WEBHOOK_SECRET: required with TELEGRAM_WEBHOOK_URL (Telegram sends it back so forged updates can be refused)');
  }
  if (env.TELEGRAM_WEBHOOK_SECRET !== undefined && env.TELEGRAM_WEBHOOK_URL === undefined) {
    problems.push('TELEGRAM_WEBHOOK_URL: required with TELEGRAM_WEBHOOK_SECRET (the secret is only used in webhook mode)');
  }
  if (env.TELEGRAM_BOT_TOKEN === undefined) {
    for (const name of ['TELEGRAM_API_ROOT', 'TELEGRAM_WEBHOOK_URL'] as const) {
      if (env[name] !== undefined) problems.push(`TELEGRAM_BOT_TOKEN: required because ${name} is set`);
    }
  }
  return problems;
}

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
  const problems = crossChecks(e);
  if (problems.length > 0) throw new ConfigError(problems);
  const tolerance = e.WECOM_TIMESTAMP_TOLERANCE_SECONDS;
  const config: Config = {
    port: e.PORT,
    host: e.HOST ?? '127.0.0.1',
    logLevel: e.LOG_LEVEL ?? 'info',
    sessionIdleSeconds: e.SESSION_IDLE_SECONDS,
    maxSessions: e.MAX_SESSIONS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    redisUrl: e.REDIS_URL ?? null,
    wecom:
      e.WECOM_TOKEN && e.WECOM_ENCODING_AES_KEY && e.WECOM_CORP_ID
        ? { token: e.WECOM_TOKEN, encodingAesKey: e.WECOM_ENCODING_AES_KEY, corpId: e.WECOM_CORP_ID, timestampToleranceSeconds: tolerance }
        : null,
    wecomAibot:
      e.WECOM_AIBOT_TOKEN && e.WECOM_AIBOT_ENCODING_AES_KEY
        ? { token: e.WECOM_AIBOT_TOKEN, encodingAesKey: e.WECOM_AIBOT_ENCODING_AES_KEY, timestampToleranceSeconds: tolerance }
        : null,
    telegram: e.TELEGRAM_BOT_TOKEN
      ? {
          token: e.TELEGRAM_BOT_TOKEN,
          apiRoot: e.TELEGRAM_API_ROOT ?? null,
          webhook: e.TELEGRAM_WEBHOOK_URL && e.TELEGRAM_WEBHOOK_SECRET ? { url: e.TELEGRAM_WEBHOOK_URL, secret: e.TELEGRAM_WEBHOOK_SECRET } : null,
        }
      : null,
  };
  return deepFreeze(config);
}

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const child of Object.values(value)) {
    if (child !== null && typeof child === 'object') deepFreeze(child as object);
  }
  return Object.freeze(value);
}
