import { readFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
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

function post(url: string, body: object, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/chat`, { method: 'POST', headers, body: JSON.stringify(body) });
}

async function chat(url: string, sessionId: string, text: string): Promise<Reply> {
  const response = await post(url, { sessionId, text });
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

  it('caps WeCom bodies at WECOM_MAX_BODY_BYTES (one encrypted message), far below the API limit', async () => {
    const response = await fetch(`${server.url}/wecom/callback?msg_signature=x&timestamp=1&nonce=1`, { method: 'POST', body: `<xml>${'a'.repeat(20_000)}</xml>` });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'request body over 16384 bytes' });
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
      const third = await post(server.url, { sessionId: 'busy-caller', text: '你好' });
      // An integrator's HTTP client sees the limit as such; the body is still the reply to show.
      expect(third.status).toBe(429);
      const retryAfter = Number(third.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      const body = (await third.json()) as Reply;
      expect(body).toMatchObject({ intent: 'rate_limited', retryAfterSeconds: retryAfter });
      expect(body.text).toContain(`${retryAfter} 秒后再试`);
      expect((await chat(server.url, 'other-caller', '你好')).intent).not.toBe('rate_limited');
    } finally {
      await server.stop();
    }
  });
});

describe('startServer with API_RATE_LIMIT_PER_MINUTE_PER_ADDRESS', () => {
  it('one address inventing session ids is stopped with 429; another address is not', async () => {
    const server = await startServer(loadConfig({ PORT: '0', RATE_LIMIT_PER_MINUTE: '0', API_RATE_LIMIT_PER_MINUTE_PER_ADDRESS: '3' }), silentLogger);
    try {
      for (const id of ['fresh-1', 'fresh-2', 'fresh-3']) await chat(server.url, id, '你好');
      const fourth = await post(server.url, { sessionId: 'fresh-4', text: 'hello', lang: 'en' });
      expect(fourth.status).toBe(429);
      expect(fourth.headers.get('retry-after')).toMatch(/^\d+$/);
      const body = (await fourth.json()) as Reply;
      expect(body).toMatchObject({ intent: 'rate_limited', lang: 'en' });
      expect(body.text).toContain('Too many messages');
      // Without TRUST_PROXY a forged X-Forwarded-For changes nothing: still the socket's address.
      expect((await post(server.url, { sessionId: 'fresh-5', text: '你好' }, { 'x-forwarded-for': '203.0.113.9' })).status).toBe(429);
    } finally {
      await server.stop();
    }
  });

  it('behind a trusted proxy (TRUST_PROXY) each X-Forwarded-For address has its own budget', async () => {
    const server = await startServer(
      loadConfig({ PORT: '0', RATE_LIMIT_PER_MINUTE: '0', API_RATE_LIMIT_PER_MINUTE_PER_ADDRESS: '2', TRUST_PROXY: '127.0.0.1' }),
      silentLogger,
    );
    try {
      const from = (address: string, id: string): Promise<Response> => post(server.url, { sessionId: id, text: '你好' }, { 'x-forwarded-for': address });
      expect((await from('198.51.100.1', 'a1')).status).toBe(200);
      expect((await from('198.51.100.1', 'a2')).status).toBe(200);
      expect((await from('198.51.100.1', 'a3')).status).toBe(429);
      expect((await from('198.51.100.2', 'b1')).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

describe('POST /api/chat with lang', () => {
  it('lang pins the conversation: "en" answers a Chinese message in English, and the next message too', async () => {
    const server = await startServer(loadConfig({ PORT: '0' }), silentLogger);
    try {
      const first = await post(server.url, { sessionId: 'pinned', text: '区属国企的门面，月租2万，3、4月房租能免吗', lang: 'en' });
      expect(first.status).toBe(200);
      const reply = (await first.json()) as Reply;
      expect(reply.lang).toBe('en');
      expect(reply.text).toMatch(/[A-Za-z]{4,}/);
      const next = await chat(server.url, 'pinned', '是');
      expect(next.lang).toBe('en');
      const unpinned = await chat(server.url, 'not-pinned', '区属国企的门面，月租2万，3、4月房租能免吗');
      expect(unpinned.lang).toBe('zh');
    } finally {
      await server.stop();
    }
  });
});

/** POSTs over a keep-alive agent; resolves with the status, or the error code (ECONNRESET, ECONNREFUSED, ...). */
function postKeepAlive(url: string, agent: Agent, body: object): Promise<number | string> {
  return new Promise((resolve) => {
    const req = httpRequest(`${url}/api/chat`, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.end(JSON.stringify(body));
  });
}

describe('shutdown (what SIGTERM does)', () => {
  it('not ready first, serving through the grace (keep-alive clients included), nothing reset, then closed', async () => {
    const server = await startServer(loadConfig({ PORT: '0', RATE_LIMIT_PER_MINUTE: '0', API_RATE_LIMIT_PER_MINUTE_PER_ADDRESS: '0', SHUTDOWN_GRACE_MS: '1000' }), silentLogger);
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    const outcomes: (number | string)[] = [];
    // The clients stand for a load balancer: it keeps sending until its health check has seen the 503.
    let balancerNoticed = false;
    const client = async (n: number): Promise<void> => {
      for (let i = 0; !balancerNoticed; i += 1) outcomes.push(await postKeepAlive(server.url, agent, { sessionId: `ka-${n}-${i}`, text: '你好' }));
    };
    const clients = [0, 1, 2, 3, 4, 5, 6, 7].map(client);
    await sleep(300);
    const before = outcomes.length;
    const shutdown = server.shutdown();
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    await sleep(300);
    balancerNoticed = true;
    await Promise.all(clients);
    const duringGrace = outcomes.length - before;
    await shutdown;
    agent.destroy();
    expect(duringGrace).toBeGreaterThan(8);
    // Every request sent was answered: none reset, none refused, none cut mid-way.
    expect(outcomes.filter((o) => o !== 200)).toEqual([]);
    await expect(fetch(`${server.url}/livez`)).rejects.toThrow();
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

  it('/healthz and /readyz report the store: 503 with the reason while Redis is down, 200 again once it is back', async () => {
    const server = await startServer(loadConfig({ PORT: '0', REDIS_URL: redis.server().url }), silentLogger);
    const until = async (status: number): Promise<{ status: number; body: { status: string; reason?: string } }> => {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const response = await fetch(`${server.url}/healthz`);
        const body = (await response.json()) as { status: string; reason?: string };
        if (response.status === status || Date.now() > deadline) return { status: response.status, body };
        await sleep(100);
      }
    };
    try {
      expect((await until(200)).status).toBe(200);
      await redis.server().halt();
      const down = await until(503);
      expect(down.status).toBe(503);
      expect(down.body.status).toBe('unavailable');
      expect(down.body.reason).toMatch(/^store: (Redis is (connecting|reconnecting|close|end)|.*Connection is closed.*)/);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
      expect((await fetch(`${server.url}/livez`)).status).toBe(200);
      await redis.server().start();
      expect((await until(200)).body).toEqual({ status: 'ready' });
    } finally {
      await server.stop();
    }
  });

  it('a Redis that cannot be reached stops start-up with a message naming it', async () => {
    const config = loadConfig({ PORT: '0', REDIS_URL: 'redis://127.0.0.1:1' });
    await expect(startServer(config, silentLogger)).rejects.toThrow(/cannot connect to Redis at 127\.0\.0\.1:1/);
  });
});
