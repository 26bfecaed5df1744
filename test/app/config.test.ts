import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../src/app/config.js';

const AES_KEY = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('with nothing configured serves the API and console on 127.0.0.1:8080, sessions in memory', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      port: 8080, host: '127.0.0.1', logLevel: 'info', sessionIdleSeconds: 1800, maxSessions: 100_000, maxAnonymousSessions: 100_000,
      rateLimitPerMinute: 30, redisUrl: null, wecom: null, wecomAibot: null, telegram: null,
      apiRateLimitPerMinutePerAddress: 600,
      review: { capture: true, retention: { textDays: 30, answerDays: 365 }, dataDir: './data' }, staffToken: null,
      http: {
        maxBodyBytes: 65_536, wecomMaxBodyBytes: 16_384, headersTimeoutMs: 15_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000,
        maxConnections: 1_000, trustProxy: false, shutdownGraceMs: 5_000, shutdownTimeoutMs: 10_000,
      },
    });
  });

  it.each([
    ['false', false],
    ['true', true],
    ['127.0.0.1, 10.0.0.0/8', ['127.0.0.1', '10.0.0.0/8']],
  ])('TRUST_PROXY=%j is read as %j', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).http.trustProxy).toEqual(expected);
  });

  it('refuses a header timeout longer than the request timeout, and a bad TRUST_PROXY, naming each', () => {
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '20000', HTTP_REQUEST_TIMEOUT_MS: '10000' })).toThrow(/HTTP_HEADERS_TIMEOUT_MS: must not exceed HTTP_REQUEST_TIMEOUT_MS/);
    expect(() => loadConfig({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY: expected true, false, or the proxies/);
  });

  it('review capture, retention, data folder and the staff token come from REVIEW_*, ANSWER_RETENTION_DAYS, DATA_DIR, STAFF_TOKEN', () => {
    const config = loadConfig({ REVIEW_CAPTURE: 'off', REVIEW_RETENTION_DAYS: '7', ANSWER_RETENTION_DAYS: '90', DATA_DIR: '/var/lib/relief', STAFF_TOKEN: 'staff-token-0123456789' });
    expect(config.review).toEqual({ capture: false, retention: { textDays: 7, answerDays: 90 }, dataDir: '/var/lib/relief' });
    expect(config.staffToken).toBe('staff-token-0123456789');
    expect(() => loadConfig({ REVIEW_CAPTURE: 'no' })).toThrow('REVIEW_CAPTURE: expected on or off');
    expect(() => loadConfig({ REVIEW_RETENTION_DAYS: '0' })).toThrow('REVIEW_RETENTION_DAYS: expected an integer from 1 to 3650');
    const short = (() => { try { loadConfig({ STAFF_TOKEN: 'short' }); return ''; } catch (error) { return String(error); } })();
    expect(short).toContain('STAFF_TOKEN: expected at least 16 characters');
    expect(short).not.toContain('short"');
  });

  it('is frozen, so no module can change the configuration after start-up', () => {
    const config = loadConfig({ WECOM_TOKEN: 'QDG6eK', WECOM_ENCODING_AES_KEY: AES_KEY, WECOM_CORP_ID: 'wx5823bf96d3bd56c7' });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.wecom)).toBe(true);
  });

  it('an empty value counts as unset, as in most .env files', () => {
    expect(loadConfig({ PORT: '', REDIS_URL: '', TELEGRAM_BOT_TOKEN: '' }).port).toBe(8080);
  });

  it('reads every channel when fully configured', () => {
    const config = loadConfig({
      PORT: '0', HOST: '0.0.0.0', LOG_LEVEL: 'debug', SESSION_IDLE_SECONDS: '600', MAX_SESSIONS: '5000', MAX_ANONYMOUS_SESSIONS: '200', RATE_LIMIT_PER_MINUTE: '0',
      REDIS_URL: 'redis://127.0.0.1:6379/1',
      WECOM_TOKEN: 'QDG6eK', WECOM_ENCODING_AES_KEY: AES_KEY, WECOM_CORP_ID: 'wx5823bf96d3bd56c7', WECOM_TIMESTAMP_TOLERANCE_SECONDS: '0',
      WECOM_AIBOT_TOKEN: 'aibot1', WECOM_AIBOT_ENCODING_AES_KEY: AES_KEY,
      TELEGRAM_BOT_TOKEN: '123456:TEST-TOKEN', TELEGRAM_API_ROOT: 'http://127.0.0.1:8081',
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram/webhook', TELEGRAM_WEBHOOK_SECRET: 'S3cr3t_-',
    });
    expect(config).toMatchObject({
      port: 0, host: '0.0.0.0', logLevel: 'debug', sessionIdleSeconds: 600, maxSessions: 5000, maxAnonymousSessions: 200, rateLimitPerMinute: 0,
      redisUrl: 'redis://127.0.0.1:6379/1',
      wecom: { token: 'QDG6eK', encodingAesKey: AES_KEY, corpId: 'wx5823bf96d3bd56c7', timestampToleranceSeconds: 0 },
      wecomAibot: { token: 'aibot1', encodingAesKey: AES_KEY, timestampToleranceSeconds: 0 },
      telegram: { token: '123456:TEST-TOKEN', apiRoot: 'http://127.0.0.1:8081', webhook: { url: 'https://bot.example.org/telegram/webhook', secret: 'S3cr3t_-' } },
    });
  });

  it('Telegram without a webhook URL polls', () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '123456:ABC' }).telegram).toEqual({ token: '123456:ABC', apiRoot: null, webhook: null });
  });

  it.each([
    ['PORT', 'eighty', 'integer from 0 to 65535'],
    ['PORT', '70000', 'integer from 0 to 65535'],
    ['PORT', '-1', 'integer from 0 to 65535'],
    ['HOST', 'local host', 'host name or IP address'],
    ['LOG_LEVEL', 'verbose', 'one of fatal, error, warn, info, debug, trace, silent'],
    ['SESSION_IDLE_SECONDS', '0', 'integer from 1'],
    ['SESSION_IDLE_SECONDS', '30m', 'integer from 1'],
    ['MAX_SESSIONS', '1.5', 'integer from 1'],
    ['RATE_LIMIT_PER_MINUTE', 'off', 'integer from 0'],
    ['REDIS_URL', 'http://127.0.0.1:6379', 'Redis URL'],
    ['REDIS_URL', 'localhost:6379', 'Redis URL'],
    ['WECOM_TIMESTAMP_TOLERANCE_SECONDS', 'never', 'integer from 0'],
    ['TELEGRAM_BOT_TOKEN', 'not-a-token', '@BotFather'],
    ['TELEGRAM_API_ROOT', 'api.telegram.org', 'http(s) URL'],
  ])('%s=%j stops start-up, naming the variable and what it expects', (name, value, expected) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name}: `));
    expect(problems[0]).toContain(expected);
  });

  it('shows the bad value of a plain setting but never echoes a secret', () => {
    expect(problemsOf({ PORT: 'eighty' })[0]).toContain('got "eighty"');
    const [problem] = problemsOf({ WECOM_TOKEN: 'has spaces in it', WECOM_ENCODING_AES_KEY: AES_KEY, WECOM_CORP_ID: 'ww1' });
    expect(problem).toMatch(/^WECOM_TOKEN: /);
    expect(problem).not.toContain('has spaces');
  });

  it('WECOM_ENCODING_AES_KEY must be 43 letters or digits', () => {
    const problems = problemsOf({ WECOM_TOKEN: 'QDG6eK', WECOM_ENCODING_AES_KEY: AES_KEY.slice(1), WECOM_CORP_ID: 'ww1' });
    expect(problems).toEqual([expect.stringMatching(/^WECOM_ENCODING_AES_KEY: .*43-character/)]);
    expect(problems[0]).not.toContain(AES_KEY.slice(1));
  });

  it('the WeCom app needs all three of token, key and corp id, and names the missing ones', () => {
    expect(problemsOf({ WECOM_TOKEN: 'QDG6eK' })).toEqual([
      expect.stringMatching(/^WECOM_ENCODING_AES_KEY, WECOM_CORP_ID: required because WECOM_TOKEN set/),
    ]);
    expect(problemsOf({ WECOM_TOKEN: 'QDG6eK', WECOM_ENCODING_AES_KEY: AES_KEY })).toEqual([expect.stringMatching(/^WECOM_CORP_ID: required/)]);
  });

  it('the WeCom AI bot needs both token and key', () => {
    expect(problemsOf({ WECOM_AIBOT_ENCODING_AES_KEY: AES_KEY })).toEqual([expect.stringMatching(/^WECOM_AIBOT_TOKEN: required/)]);
  });

  it('a Telegram webhook needs its secret, https, and a bot token', () => {
    const token = { TELEGRAM_BOT_TOKEN: '123456:ABC' };
    expect(problemsOf({ ...token, TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram/webhook' })).toEqual([
      expect.stringMatching(/^TELEGRAM_WEBHOOK_SECRET: required with TELEGRAM_WEBHOOK_URL/),
    ]);
    expect(problemsOf({ ...token, TELEGRAM_WEBHOOK_URL: 'http://bot.example.org/hook', TELEGRAM_WEBHOOK_SECRET: 's' })).toEqual([
      expect.stringMatching(/^TELEGRAM_WEBHOOK_URL: expected the public https URL/),
    ]);
    expect(problemsOf({ ...token, TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/hook', TELEGRAM_WEBHOOK_SECRET: 'no spaces!' })).toEqual([
      expect.stringMatching(/^TELEGRAM_WEBHOOK_SECRET: expected 1–256 characters/),
    ]);
    expect(problemsOf({ TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/hook', TELEGRAM_WEBHOOK_SECRET: 's' })).toEqual([
      'TELEGRAM_BOT_TOKEN: required because TELEGRAM_WEBHOOK_URL is set',
    ]);
  });

  it('lists every bad variable at once, so one restart fixes them all', () => {
    const error = (() => {
      try {
        loadConfig({ PORT: 'x', LOG_LEVEL: 'loud', MAX_SESSIONS: '0' });
      } catch (caught) {
        return caught as Error;
      }
      return null;
    })();
    expect(error?.message).toMatch(/^invalid configuration:\n/);
    expect(error?.message).toContain('PORT: ');
    expect(error?.message).toContain('LOG_LEVEL: ');
    expect(error?.message).toContain('MAX_SESSIONS: ');
  });
});

describe('.env.example', () => {
  const text = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
  const assignments = [...text.matchAll(/^([A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1] ?? '', m[2] ?? ''] as const);

  it('lists every variable the configuration reads, and no other', () => {
    expect(assignments.map(([name]) => name).sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it('explains each variable in a comment just above it', () => {
    for (const [name] of assignments) {
      const before = text.slice(0, text.indexOf(`\n${name}=`)).split('\n').at(-1) ?? '';
      expect(before, name).toMatch(/^# /);
    }
  });

  it('copied as it is, starts the same as no configuration', () => {
    expect(loadConfig(Object.fromEntries(assignments))).toEqual(loadConfig({}));
  });
});
