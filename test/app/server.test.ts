import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/app/config.js';
import { silentLogger } from '../../src/lib/logger.js';
import type { Reply } from '../../src/core/reply.js';
import { startServer, type RunningServer } from '../../src/app/server.js';
import { FAKE_TOKEN, startFakeTelegramApi, type FakeTelegramApi } from '../support/fake-telegram-api.js';
import { describeWithRedis, useRedisServer } from '../support/redis-server.js';

interface Vector {
  name: string;
  token: string;
  encodingAESKey: string;
  receiveId: string;
  rawQuery?: string;
  plaintext: string;
}
const vectors = JSON.parse(readFileSync(new URL('../fixtures/wecom-vectors.json', import.meta.url), 'utf8')) as Vector[];
const verifyUrl = vectors.find((v) => v.name === 'wecom-official-verify-url-QDG6eK');

async function chat(url: string, sessionId: string, text: string): Promise<Reply> {
  const response = await fetch(`${url}/api/chat`, { method: 'POST', body: JSON.stringify({ sessionId, text }) });
  expect(response.status).toBe(200);
  return (await response.json()) as Reply;
}

describe('startServer with the WeCom app configured', () => {
  let server: RunningServer;
  beforeAll(async () => {
    if (!verifyUrl) throw new Error('the published URL-verification sample is missing from wecom-vectors.json');
    server = await startServer(
      loadConfig({
        PORT: '0',
        WECOM_TOKEN: verifyUrl.token,
        WECOM_ENCODING_AES_KEY: verifyUrl.encodingAESKey,
        WECOM_CORP_ID: verifyUrl.receiveId,
        // The published sample dates from 2014.
        WECOM_TIMESTAMP_TOLERANCE_SECONDS: '0',
      }),
      silentLogger,
    );
  });
  afterAll(() => server.stop());

  it('mounts /wecom/callback beside the API: the published URL verification answers with the echostr', async () => {
    expect(server.channels).toEqual(['api', 'console', 'wecom']);
    const response = await fetch(`${server.url}/wecom/callback?${verifyUrl?.rawQuery ?? ''}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(verifyUrl?.plaintext);
  });

  it('does not mount the AI bot or Telegram routes it was not configured for', async () => {
    expect((await fetch(`${server.url}/wecom/aibot`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await fetch(`${server.url}/telegram/webhook`, { method: 'POST', body: '{}' })).status).toBe(404);
  });
});

describe('startServer with RATE_LIMIT_PER_MINUTE', () => {
  it('answers a caller over the limit politely instead of running the turn', async () => {
    const server = await startServer(loadConfig({ PORT: '0', RATE_LIMIT_PER_MINUTE: '2' }), silentLogger);
    try {
      await chat(server.url, 'busy-caller', '你好');
      await chat(server.url, 'busy-caller', '你好');
      const third = await chat(server.url, 'busy-caller', '你好');
      expect(third.intent).toBe('rate_limited');
      expect((await chat(server.url, 'other-caller', '你好')).intent).not.toBe('rate_limited');
    } finally {
      await server.stop();
    }
  });
});

describe('startServer with Telegram configured (a fake Bot API on loopback)', () => {
  let api: FakeTelegramApi;
  beforeAll(async () => {
    api = await startFakeTelegramApi();
  });
  afterAll(() => api.close());

  it('long polling: a message is answered through the bot, and stop() resolves once polling has ended', async () => {
    const server = await startServer(loadConfig({ PORT: '0', TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: api.apiRoot }), silentLogger);
    try {
      expect(server.channels).toContain('telegram-polling');
      api.pushUpdate({ message: api.textMessage('区属国企的门面，月租2万，3、4月房租能免吗') });
      const sent = await api.waitForCall('sendMessage');
      expect(String(sent.body.text)).toContain('西城区注册');
    } finally {
      await server.stop();
    }
  });

  it('webhook mode: registers the webhook with its secret and serves /telegram/webhook, refusing a wrong secret', async () => {
    const server = await startServer(
      loadConfig({
        PORT: '0', TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: api.apiRoot,
        TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram/webhook', TELEGRAM_WEBHOOK_SECRET: 'S3cr3t_-',
      }),
      silentLogger,
    );
    try {
      expect(server.channels).toContain('telegram-webhook');
      const setWebhook = await api.waitForCall('setWebhook');
      expect(setWebhook.body).toMatchObject({ url: 'https://bot.example.org/telegram/webhook', secret_token: 'S3cr3t_-' });
      const wrong = await fetch(`${server.url}/telegram/webhook`, {
        method: 'POST', headers: { 'x-telegram-bot-api-secret-token': 'nope' }, body: JSON.stringify({ update_id: 1 }),
      });
      expect(wrong.status).toBe(403);
      const right = await fetch(`${server.url}/telegram/webhook`, {
        method: 'POST', headers: { 'x-telegram-bot-api-secret-token': 'S3cr3t_-' }, body: JSON.stringify({ update_id: 2, message: api.textMessage('你好') }),
      });
      expect(right.status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

describeWithRedis('startServer with REDIS_URL', () => {
  const redis = useRedisServer();

  it('two instances share one caller: the question on one, the follow-up answered on the other', async () => {
    const config = loadConfig({ PORT: '0', REDIS_URL: redis.server().url });
    const [a, b] = await Promise.all([startServer(config, silentLogger), startServer(config, silentLogger)]);
    try {
      const first = await chat(a.url, 'shared-caller', '区属国企的门面，月租2万，3、4月房租能免吗');
      expect(first.awaiting).toBe('registeredInXicheng');
      const yes = first.options.find((o) => o.label === '是');
      const second = await chat(b.url, 'shared-caller', yes?.value ?? '');
      // Instance b continued the dialog a started: it asks the next fact, not the first one again.
      expect(second.awaiting).not.toBeNull();
      expect(second.awaiting).not.toBe('registeredInXicheng');
      const client = await redis.connect();
      expect(await client.keys('relief:session:*')).toEqual(['relief:session:api:shared-caller']);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it('a Redis that cannot be reached stops start-up with a message naming it', async () => {
    const config = loadConfig({ PORT: '0', REDIS_URL: 'redis://127.0.0.1:1' });
    await expect(startServer(config, silentLogger)).rejects.toThrow(/cannot connect to Redis at 127\.0\.0\.1:1/);
  });
});
