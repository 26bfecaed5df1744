// A whole run through every channel, logged by the real pino logger at info (the production level):
// nothing in the log may name a user, quote what they wrote or what the bot answered, or reveal the
// Redis password — not even when Redis stalls, a Telegram send is refused, or the password is rotated.
import type { Redis } from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { HttpRequest } from '../src/core/http-types.js';
import { loadConfig } from '../src/app/config.js';
import { connectRedis } from '../src/infra/redis-connection.js';
import { hashUserId } from '../src/lib/hash-user-id.js';
import { startServer, type RunningServer } from '../src/app/server.js';
import { captureLogger } from './support/capture-logger.js';
import { FAKE_TOKEN, startFakeTelegramApi, type FakeTelegramApi } from './support/fake-telegram-api.js';
import { describeWithRedis, startRedisServer, type RedisServer } from './support/redis-server.js';
import { SAMPLE_KEYS, wecomClient, type WecomKeys } from './support/wecom-client.js';

const PASSWORD = 'rotate-me-Q8v2kT9x';
const NEW_PASSWORD = 'rotated-Zp41mW0c';
const AIBOT_KEYS: WecomKeys = { token: 'hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo', encodingAesKey: '6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt', receiveId: '' };
const SECRET = 'Webhook_S3cret-9';

const USERS = { wecom: 'zhangsan-wx-0193', aibot: 'lisi-aibot-0284', chat: 'CHAT-room-0375', telegram: 987_654_321, api: 'api-session-7d1e5' };
const TEXTS = [
  '我的饭馆租的区属国企门面，月租2万，3、4月房租能免吗？',
  'My restaurant rents from a district SOE at 18,500 a month; can rent be waived?',
  '担保费率百分之一点五，贷款三百万',
  '商务局电话多少',
];

describeWithRedis('logs of a run through every channel', () => {
  let redis: RedisServer;
  let admin: Redis;
  let api: FakeTelegramApi;
  let server: RunningServer;
  const log = captureLogger('info');

  beforeAll(async () => {
    redis = await startRedisServer();
    admin = await connectRedis(redis.url);
    await admin.config('SET', 'requirepass', PASSWORD);
    api = await startFakeTelegramApi();
    const url = new URL(redis.url);
    url.password = PASSWORD;
    server = await startServer(loadConfig({
      PORT: '0',
      REDIS_URL: url.toString(),
      WECOM_TOKEN: SAMPLE_KEYS.token, WECOM_ENCODING_AES_KEY: SAMPLE_KEYS.encodingAesKey, WECOM_CORP_ID: SAMPLE_KEYS.receiveId,
      WECOM_AIBOT_TOKEN: AIBOT_KEYS.token, WECOM_AIBOT_ENCODING_AES_KEY: AIBOT_KEYS.encodingAesKey,
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: api.apiRoot,
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram/webhook', TELEGRAM_WEBHOOK_SECRET: SECRET,
    }), log.logger);
  });

  afterAll(async () => {
    await server?.stop();
    await api?.close();
    admin?.disconnect();
    await redis?.stop();
  });

  const send = (request: HttpRequest): Promise<Response> =>
    fetch(`${server.url}${request.path}?${request.query.toString()}`, { method: request.method, body: request.body.toString("utf8") });
  const telegram = (updateId: number, text: string): Promise<Response> => fetch(`${server.url}/telegram/webhook`, {
    method: 'POST',
    headers: { 'x-telegram-bot-api-secret-token': SECRET, 'content-type': 'application/json' },
    body: JSON.stringify({
      update_id: updateId,
      message: { ...api.textMessage(text, { id: USERS.telegram, is_bot: false, first_name: '王', language_code: 'zh-hans' }) },
    }),
  });

  it('names users by hash only, quotes no message or answer, and never shows the password', async () => {
    const wecom = wecomClient(SAMPLE_KEYS, Date.now);
    const aibot = wecomClient(AIBOT_KEYS, Date.now);
    let msgId = 7_000_000_000_000_000_000n;
    let updateId = 500;
    for (const text of TEXTS) {
      expect((await send(wecom.textRequest(USERS.wecom, text, String(msgId++)))).status).toBe(200);
      expect((await send(aibot.jsonRequest({
        msgid: `m${msgId++}`, aibotid: 'AIBOT', chatid: USERS.chat, chattype: 'group', from: { userid: USERS.aibot },
        msgtype: 'text', text: { content: `@政策助手 ${text}` },
      }))).status).toBe(200);
      expect((await fetch(`${server.url}/api/chat`, { method: 'POST', body: JSON.stringify({ sessionId: USERS.api, text }) })).status).toBe(200);
      expect((await telegram(updateId++, text)).status).toBe(200);
    }
    await api.waitForCall('sendMessage', TEXTS.length);

    // A Telegram send refused (the user blocked the bot): logged as an error.
    api.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    await telegram(updateId++, TEXTS[0] ?? '');
    await log.waitFor((line) => line.msg === 'telegram: update failed');

    // Redis stalls during a WeCom turn: the turn fails, and the lock and store log what they could not do.
    redis.pause();
    const stalled = send(wecom.textRequest(USERS.wecom, TEXTS[1] ?? '', String(msgId++)));
    await sleep(1_500);
    redis.resume();
    expect((await stalled).status).toBe(200);
    await log.waitFor((line) => line.msg === 'wecom turn failed');

    // The operator rotates the password: the bot's reconnection fails AUTH, and that is logged.
    await admin.config('SET', 'requirepass', NEW_PASSWORD);
    await admin.client('KILL', 'TYPE', 'normal').catch(() => undefined);
    await log.waitFor((line) => JSON.stringify(line).includes('WRONGPASS'));

    const text = log.text();
    expect(log.lines().filter((line) => line.msg === 'turn').length).toBeGreaterThanOrEqual(4 * TEXTS.length);
    expect(text).toContain(hashUserId(`wecom:${USERS.wecom}`));
    expect(text).toContain(hashUserId(`telegram:${USERS.telegram}:${USERS.telegram}`));
    const forbidden = [
      ...Object.values(USERS).map(String), ...TEXTS, PASSWORD, NEW_PASSWORD,
      // Pieces of the answers the bot gave.
      '40,000', '66112569', '您好',
    ];
    for (const secret of forbidden) expect(text, `the log mentions ${secret}`).not.toContain(secret);
  });
});
