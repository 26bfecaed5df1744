/**
 * The Telegram adapter against a fake Bot API server on 127.0.0.1, with a scripted `handleTurn`
 * standing in for the dialog (the real one is in telegram-e2e.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../../../src/core/message.js';
import { createTelegramBot, type TelegramBot } from '../../../src/channels/telegram/telegram-bot.js';
import type { Logger } from '../../../src/lib/logger.js';
import type { Reply, ReplyOption } from '../../../src/core/reply.js';
import {
  FAKE_TOKEN,
  FAKE_USER,
  startFakeTelegramApi,
  type ApiCall,
  type FakeTelegramApi,
} from '../../support/fake-telegram-api.js';

const reply = (text: string, options: ReplyOption[] = [], card: string | null = null): Reply => ({
  text,
  lang: 'zh',
  intent: 'test',
  confidence: 1,
  measures: [],
  awaiting: null,
  options,
  results: [],
  contacts: [],
  card,
});

const LONG_CHOICE = '我想了解国有企业房租减免的具体条件和办理流程'; // 66 bytes: sent by index

/** A scripted dialog: a rent question with buttons, enough to drive the adapter. */
function scriptedDialog(text: string): Reply {
  switch (text) {
    case '你好':
    case 'hello':
      return reply('您好！请选择要咨询的政策：', [
        { label: '房租减免', value: '房租减免' },
        { label: '详细流程', value: LONG_CHOICE },
      ]);
    case '房租减免':
      return reply('您是承租方吗？', [
        { label: '是', value: '是' },
        { label: '否', value: '否' },
      ]);
    case '是':
      return reply('每月租金是多少元？');
    case '20000':
      return reply('3、4月共可免租金 40,000 元（20,000 元 × 2 个月）。', [], '【答复卡片】免租 40,000 元');
    case '/card':
      return reply('答复卡片如下', [], '【答复卡片】免租 40,000 元');
    case LONG_CHOICE:
      return reply('办理流程：向出租方提出申请。');
    case 'boom':
      throw new Error('dialog exploded');
    case 'long':
      return reply(Array.from({ length: 6 }, (_, i) => `第${i + 1}段：${'政策说明'.repeat(300)}`).join('\n\n'), [
        { label: '继续', value: '继续' },
      ]);
    default:
      return reply(`您说的是：${text}`);
  }
}

interface LogLine {
  level: keyof Logger;
  object: object;
  message?: string;
}

const recordingLogger = (lines: LogLine[]): Logger => ({
  debug: (object, message) => lines.push({ level: 'debug', object, message }),
  info: (object, message) => lines.push({ level: 'info', object, message }),
  warn: (object, message) => lines.push({ level: 'warn', object, message }),
  error: (object, message) => lines.push({ level: 'error', object, message }),
});

const keyboardData = (call: ApiCall): string[] => {
  const markup = call.body.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] } | undefined;
  return (markup?.inline_keyboard ?? []).flat().map((button) => button.callback_data);
};

const buttonFor = (call: ApiCall, label: string): string => {
  const markup = call.body.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] };
  const button = markup.inline_keyboard.flat().find((b) => b.text === label);
  if (!button) throw new Error(`no button "${label}" in ${JSON.stringify(markup)}`);
  return button.callback_data;
};

const messageIdOf = (call: ApiCall): number => (call.result as { message_id: number }).message_id;

describe('Telegram bot, long polling against a fake Bot API', () => {
  let api: FakeTelegramApi;
  let telegram: TelegramBot;
  let turns: Message[];
  let logs: LogLine[];
  let sleeps: number[];
  let sent = 0;

  /** Sends a text or presses a button, and waits for the next sendMessage. */
  const say = async (text: string): Promise<ApiCall> => {
    api.pushUpdate({ message: api.textMessage(text) });
    return api.waitForCall('sendMessage', ++sent);
  };
  const press = async (on: ApiCall, label: string): Promise<ApiCall> => {
    api.pushUpdate({ callback_query: api.callbackQuery(buttonFor(on, label), messageIdOf(on)) });
    return api.waitForCall('sendMessage', ++sent);
  };

  beforeEach(async () => {
    api = await startFakeTelegramApi();
    turns = [];
    logs = [];
    sleeps = [];
    sent = 0;
    telegram = createTelegramBot({
      token: FAKE_TOKEN,
      apiRoot: api.apiRoot,
      logger: recordingLogger(logs),
      handleTurn: async (message) => {
        turns.push(message);
        return scriptedDialog(message.text);
      },
      retry: { sleep: async (ms) => void sleeps.push(ms) },
    });
    await telegram.start();
    await api.waitForCall('getUpdates');
  });

  afterEach(async () => {
    await telegram.stop('test over');
    await api.close();
  });

  it('drives a whole dialog: /start, two button presses, a typed answer', async () => {
    const welcome = await say('/start');
    expect(welcome.body.text).toBe('您好！请选择要咨询的政策：');
    expect(keyboardData(welcome)).toEqual(['v:房租减免', 'i:1']);

    const question = await press(welcome, '房租减免');
    expect(api.callsOf('answerCallbackQuery')).toHaveLength(1);
    expect(question.body.text).toBe('您是承租方吗？');

    const ask = await press(question, '是');
    expect(ask.body.text).toBe('每月租金是多少元？');
    expect(ask.body.reply_markup).toBeUndefined();

    const answer = await say('20000');
    expect(answer.body.text).toContain('40,000 元');
    expect(turns).toEqual([
      { channel: 'telegram', userId: '777:777', text: '你好' },
      { channel: 'telegram', userId: '777:777', text: '房租减免' },
      { channel: 'telegram', userId: '777:777', text: '是' },
      { channel: 'telegram', userId: '777:777', text: '20000' },
    ]);
    expect(api.callsOf('answerCallbackQuery')).toHaveLength(2);
  });

  it('sends a long option value by index and hands the whole value to the dialog', async () => {
    const welcome = await say('/start');
    const answer = await press(welcome, '详细流程');
    expect(answer.body.text).toBe('办理流程：向出租方提出申请。');
    expect(turns.at(-1)?.text).toBe(LONG_CHOICE);
  });

  it('answers a press on an old keyboard with a notice and does not move the dialog', async () => {
    const welcome = await say('/start');
    await press(welcome, '房租减免');
    api.pushUpdate({ callback_query: api.callbackQuery(buttonFor(welcome, '房租减免'), messageIdOf(welcome)) });
    const notice = await api.waitForCall('answerCallbackQuery', 2);
    expect(notice.body.text).toMatch(/已过期/);
    // the next real message is answered normally and the stale press reached no dialog
    expect((await say('是')).body.text).toBe('每月租金是多少元？');
    expect(turns.map((turn) => turn.text)).toEqual(['你好', '房租减免', '是']);
  });

  it('maps the commands to dialog texts in the user’s language', async () => {
    api.pushUpdate({ message: api.textMessage('/start', { ...FAKE_USER, id: 888, language_code: 'en' }) });
    await api.waitForCall('sendMessage', ++sent);
    await say('/help');
    await say('/reset');
    const card = await say('/card');
    expect(turns.map((turn) => [turn.userId, turn.text])).toEqual([
      ['888:888', 'hello'],
      ['777:777', '帮助'],
      ['777:777', '重新开始'],
      ['777:777', '/card'],
    ]);
    expect(card.body.text).toBe('【答复卡片】免租 40,000 元');
  });

  it('waits out a 429 for its retry_after and then delivers the reply', async () => {
    api.failNext('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 3',
      parameters: { retry_after: 3 },
    });
    api.pushUpdate({ message: api.textMessage('你好') });
    const delivered = await api.waitForCall('sendMessage', 2);
    expect(delivered.body.text).toBe('您好！请选择要咨询的政策：');
    expect(api.callsOf('sendMessage')[0]?.body.text).toBe(delivered.body.text);
    expect(sleeps).toEqual([3000]);
  });

  it('gives up after a bounded number of 429s, logs it, and keeps serving', async () => {
    for (let i = 0; i < 4; i += 1) {
      api.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests', parameters: { retry_after: 1 } });
    }
    api.pushUpdate({ message: api.textMessage('你好') });
    await api.waitForCall('sendMessage', 4);
    sent = 4;
    expect((await say('还在吗')).body.text).toBe('您说的是：还在吗');
    expect(sleeps).toHaveLength(3);
    expect(logs.some((line) => line.level === 'error' && line.message === 'telegram: update failed')).toBe(true);
  });

  it('logs a refused send (403 blocked) without retrying and keeps serving', async () => {
    api.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    await say('你好');
    expect((await say('还在吗')).body.text).toBe('您说的是：还在吗');
    expect(sleeps).toEqual([]);
    expect(logs.filter((line) => line.level === 'error')).toHaveLength(1);
  });

  it('apologises when the dialog fails, and the next message works', async () => {
    expect((await say('boom')).body.text).toBe('抱歉，刚才出了点问题，请稍后再试。');
    expect(logs.some((line) => line.level === 'error' && line.message === 'telegram: handleTurn failed')).toBe(true);
    expect((await say('你好')).body.text).toBe('您好！请选择要咨询的政策：');
  });

  it('echoes markup-looking user text verbatim, as plain text', async () => {
    const injection = '<b>免租</b> *粗体* [点我](http://evil.example) </code>&lt;';
    const echoed = await say(injection);
    expect(echoed.body.text).toBe(`您说的是：${injection}`);
    expect(echoed.body.parse_mode).toBeUndefined();
    expect(echoed.body.entities).toBeUndefined();
  });

  it('splits a reply over 4096 characters and puts the buttons under the last part', async () => {
    api.pushUpdate({ message: api.textMessage('long') });
    const first = await api.waitForCall('sendMessage', 1);
    const second = await api.waitForCall('sendMessage', 2);
    const parts = api.callsOf('sendMessage').map((call) => String(call.body.text));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(4096);
    expect(parts.join('\n\n')).toBe(scriptedDialog('long').text);
    expect(first.body.reply_markup).toBeUndefined();
    expect(keyboardData(api.callsOf('sendMessage').at(-1) ?? second)).toEqual(['v:继续']);
  });

  it('registers the command menu in Chinese and English', () => {
    const menus = api.callsOf('setMyCommands').map((call) => call.body);
    expect(menus.map((menu) => menu.language_code)).toEqual([undefined, 'en']);
    expect((menus[0]?.commands as { command: string }[]).map((c) => c.command)).toEqual(['start', 'help', 'reset', 'card']);
  });
});

describe('Telegram bot, start and stop', () => {
  it('stops cleanly even right after start, before polling has begun', async () => {
    const api = await startFakeTelegramApi();
    const telegram = createTelegramBot({
      token: FAKE_TOKEN,
      apiRoot: api.apiRoot,
      logger: recordingLogger([]),
      handleTurn: async (message) => scriptedDialog(message.text),
    });
    await telegram.start();
    await telegram.stop('at once');
    await telegram.stop('twice is harmless');
    // stop() resolved only after telegraf's polling loop ended with its offset confirmation
    expect(api.calls.at(-1)).toMatchObject({ method: 'getUpdates', body: { limit: 1 } });
    await api.close();
  });
});

describe('Telegram bot, webhook mode', () => {
  const secret = 'S3cr3t_-token';
  let api: FakeTelegramApi;
  let telegram: TelegramBot;
  let turns: Message[];
  let logs: LogLine[];
  let sleeps: number[];

  beforeEach(async () => {
    api = await startFakeTelegramApi();
    turns = [];
    logs = [];
    sleeps = [];
    telegram = createTelegramBot({
      token: FAKE_TOKEN,
      apiRoot: api.apiRoot,
      logger: recordingLogger(logs),
      apiTimeoutMs: 300,
      retry: { sleep: async (ms) => void sleeps.push(ms) },
      handleTurn: async (message) => {
        turns.push(message);
        return scriptedDialog(message.text);
      },
      webhook: { url: 'https://bot.example.org/telegram/webhook', secret },
    });
    await telegram.start();
  });

  afterEach(async () => {
    await telegram.stop();
    await api.close();
  });

  const post = (body: unknown, headers: Record<string, string | undefined>) => {
    const route = telegram.webhookRoute;
    if (!route) throw new Error('no webhook route');
    return route.handle(
      {
        method: 'POST',
        path: '/telegram/webhook',
        query: new URLSearchParams(),
        headers,
        body: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
      },
      {},
    );
  };

  const update = (id: number, text: string) => ({ update_id: id, message: api.textMessage(text) });

  it('registers the webhook with its secret, and does not poll', async () => {
    expect(telegram.webhookRoute).toMatchObject({ method: 'POST', path: '/telegram/webhook' });
    expect(api.callsOf('setWebhook')[0]?.body).toMatchObject({
      url: 'https://bot.example.org/telegram/webhook',
      secret_token: secret,
    });
    expect(api.callsOf('getUpdates')).toEqual([]);
  });

  it('handles an update with the right secret and answers 200', async () => {
    const response = await post(update(1, '你好'), { 'x-telegram-bot-api-secret-token': secret });
    expect(response.status).toBe(200);
    expect((await api.waitForCall('sendMessage')).body.text).toBe('您好！请选择要咨询的政策：');
  });

  it('refuses a missing (401) or wrong (403) secret, and handles nothing', async () => {
    expect((await post(update(2, '你好'), {})).status).toBe(401);
    expect((await post(update(3, '你好'), { 'x-telegram-bot-api-secret-token': 'S3cr3t_-toke' })).status).toBe(403);
    expect((await post(update(4, '你好'), { 'x-telegram-bot-api-secret-token': `${secret}x` })).status).toBe(403);
    expect(turns).toEqual([]);
    expect(api.callsOf('sendMessage')).toEqual([]);
  });

  it('answers 400 to a body that is not an update, without leaking details', async () => {
    const headers = { 'x-telegram-bot-api-secret-token': secret };
    const bad = await post('{"update_id":', headers);
    expect(bad.status).toBe(400);
    expect(String(bad.body)).not.toMatch(/JSON|at /);
    expect((await post({ message: {} }, headers)).status).toBe(400);
    expect(turns).toEqual([]);
  });

  it('refuses to start with a secret Telegram would reject', () => {
    const create = (webhookSecret: string) => () =>
      createTelegramBot({
        token: FAKE_TOKEN,
        logger: recordingLogger([]),
        handleTurn: async (message) => scriptedDialog(message.text),
        webhook: { url: 'https://bot.example.org/telegram/webhook', secret: webhookSecret },
      });
    expect(create('has space')).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
    expect(create('')).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
    expect(create('ok_Secret-1')).not.toThrow();
  });

  it('handles a redelivered update once', async () => {
    const headers = { 'x-telegram-bot-api-secret-token': secret };
    const once = update(5, '你好');
    expect((await post(once, headers)).status).toBe(200);
    expect((await post(once, headers)).status).toBe(200);
    await api.waitForCall('sendMessage');
    await telegram.stop();
    expect(turns).toHaveLength(1);
    expect(api.callsOf('sendMessage')).toHaveLength(1);
  });

  const headers = { 'x-telegram-bot-api-secret-token': secret };

  /** Posts an update and says how long the webhook took to answer. */
  const timedPost = async (body: unknown) => {
    const started = performance.now();
    const response = await post(body, headers);
    return { status: response.status, ms: performance.now() - started };
  };

  it('answers Telegram at once while a 429 makes the reply wait its retry_after, then delivers it', async () => {
    api.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 9', parameters: { retry_after: 9 } });
    const answered = await timedPost(update(10, '你好'));
    expect(answered.status).toBe(200);
    expect(answered.ms).toBeLessThan(100);
    expect((await api.waitForCall('sendMessage', 2)).body.text).toBe('您好！请选择要咨询的政策：');
    expect(sleeps).toEqual([9000]);
  });

  it('answers Telegram at once when the Bot API never answers, abandons that call after its timeout, and serves the next update', async () => {
    api.hangNext('sendMessage');
    const hung = await timedPost(update(11, '你好'));
    expect(hung.status).toBe(200);
    expect(hung.ms).toBeLessThan(100);
    await api.waitForCall('sendMessage', 1);
    const next = await timedPost(update(12, '房租减免'));
    expect(next.ms).toBeLessThan(100);
    expect((await api.waitForCall('sendMessage', 2)).body.text).toBe('您是承租方吗？');
    await telegram.stop();
    expect(logs.filter((line) => line.level === 'error').map((line) => line.message)).toEqual(['telegram: update failed']);
  });

  it('answers a numeric text as the text it spells, without an error', async () => {
    const numeric = update(13, 'x');
    (numeric.message as Record<string, unknown>).text = 20000;
    expect((await post(numeric, headers)).status).toBe(200);
    expect((await api.waitForCall('sendMessage')).body.text).toBe('3、4月共可免租金 40,000 元（20,000 元 × 2 个月）。');
    expect(turns).toEqual([expect.objectContaining({ text: '20000' })]);
    expect(logs.filter((line) => line.level === 'error')).toEqual([]);
  });

  /** A message from `from` carrying `fields` instead of text. */
  const nonText = (id: number, fields: Record<string, unknown>, from: Record<string, unknown> = FAKE_USER) => {
    const message: Record<string, unknown> = { ...api.textMessage('x', from), ...fields };
    delete message.text;
    return { update_id: id, message };
  };

  it.each([
    ['a photo', { photo: [{ file_id: 'p', file_unique_id: 'p', width: 90, height: 90 }] }],
    ['a voice note', { voice: { file_id: 'v', file_unique_id: 'v', duration: 3 } }],
    ['a sticker', { sticker: { file_id: 's', file_unique_id: 's', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false } }],
    ['a location', { location: { latitude: 39.91, longitude: 116.37 } }],
    ['a file', { document: { file_id: 'd', file_unique_id: 'd', file_name: 'a.pdf' } }],
  ])('answers %s with "please type your question", without a turn', async (_what, fields) => {
    expect((await post(nonText(20, fields), headers)).status).toBe(200);
    expect((await api.waitForCall('sendMessage')).body.text).toMatch(/只能看懂文字.*打字提问/);
    expect(turns).toEqual([]);
  });

  it('asks an English client in English', async () => {
    const english = { ...FAKE_USER, language_code: 'en' };
    await post(nonText(21, { photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }] }, english), headers);
    expect((await api.waitForCall('sendMessage')).body.text).toMatch(/only read text/);
  });

  it('answers an edited message by asking for the corrected question as a new one, and leaves service messages alone', async () => {
    const edited = { update_id: 22, edited_message: { ...api.textMessage('房租减免'), edit_date: 1 } };
    expect((await post(edited, headers)).status).toBe(200);
    expect((await api.waitForCall('sendMessage')).body.text).toMatch(/修改过的消息/);
    expect((await post(nonText(23, { new_chat_members: [FAKE_USER] }), headers)).status).toBe(200);
    await telegram.stop();
    expect(api.callsOf('sendMessage')).toHaveLength(1);
    expect(turns).toEqual([]);
  });

  it('asks Telegram for edited messages too', () => {
    expect(api.callsOf('setWebhook')[0]?.body.allowed_updates).toEqual(['message', 'edited_message', 'callback_query']);
  });
});

