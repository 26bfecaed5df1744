/**
 * The Telegram bot with the real `handleTurn` (intents, dialogs, rules) behind it, driven through a
 * fake Bot API server on 127.0.0.1 the way a Telegram user would: commands, button presses, a typed
 * amount, and the operator card.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../../src/bot/bot.js';
import { createTelegramBot, type TelegramBot } from '../../../src/channels/telegram/telegram-bot.js';
import { silentLogger } from '../../../src/lib/logger.js';
import { FAKE_TOKEN, FAKE_USER, startFakeTelegramApi, type ApiCall, type FakeTelegramApi } from '../../support/fake-telegram-api.js';

type Keyboard = { inline_keyboard: { text: string; callback_data: string }[][] };
type TestUser = Record<string, unknown> & { id: number };

describe('Telegram with the real dialog', () => {
  let api: FakeTelegramApi;
  let telegram: TelegramBot | undefined;
  const seen = new Map<number, number>(); // user id → sendMessage calls already read

  beforeAll(async () => {
    api = await startFakeTelegramApi();
    const bot = await createBot({ logger: silentLogger });
    telegram = createTelegramBot({ token: FAKE_TOKEN, apiRoot: api.apiRoot, logger: silentLogger, handleTurn: bot.handleTurn });
    await telegram.start();
  });

  afterAll(async () => {
    await telegram?.stop('test over'); // undefined when start-up failed: its error is the one to read
    await api.close();
  });

  /** The next bot message to `user` (waits for it). */
  const nextMessage = async (user: TestUser): Promise<ApiCall> => {
    const count = (seen.get(user.id) ?? 0) + 1;
    seen.set(user.id, count);
    for (;;) {
      const toUser = api.callsOf('sendMessage').filter((call) => call.body.chat_id === user.id);
      const found = toUser[count - 1];
      if (found) return found;
      await api.waitForCall('sendMessage', api.callsOf('sendMessage').length + 1);
    }
  };

  const say = (text: string, user: TestUser = FAKE_USER): Promise<ApiCall> => {
    api.pushUpdate({ message: api.textMessage(text, user) });
    return nextMessage(user);
  };

  const press = (on: ApiCall, label: string, user: TestUser = FAKE_USER): Promise<ApiCall> => {
    const buttons = (on.body.reply_markup as Keyboard | undefined)?.inline_keyboard.flat() ?? [];
    const button = buttons.find((b) => b.text === label);
    if (!button) throw new Error(`no button "${label}" under "${String(on.body.text)}"; buttons: ${buttons.map((b) => b.text).join(', ')}`);
    const messageId = (on.result as { message_id: number }).message_id;
    api.pushUpdate({ callback_query: api.callbackQuery(button.callback_data, messageId, user) });
    return nextMessage(user);
  };

  it('a restaurant renting from a district SOE learns it can get 40,000 元 by pressing buttons, then gets the card', async () => {
    const welcome = await say('/start');
    expect(welcome.body.text).toMatch(/^您好/);

    let message = await press(welcome, '房租减免');
    expect(message.body.text).toMatch(/房东是谁/);
    for (const [question, answer] of [
      [/房东是谁/, '区属国企'],
      [/做生意.*办公/, '经营（门店）'],
      [/西城区注册/, '是'],
      [/企业规模/, '小型企业'],
      [/坚持营业/, '坚持营业'],
      [/裁员/, '没有裁员'],
    ] as const) {
      expect(message.body.text).toMatch(question);
      message = await press(message, answer);
    }
    expect(message.body.text).toMatch(/房租多少/);

    const answer = await say('2万');
    expect(answer.body.text).toContain('20,000 元 × 2 个月 = 40,000 元');
    expect(answer.body.text).toContain('66112569');

    const card = await say('/card');
    expect(card.body.text).toMatch(/^【政策答复单】/);
    expect(card.body.text).toContain('40,000 元');
    // every press was answered, so no button kept spinning
    expect(api.callsOf('answerCallbackQuery')).toHaveLength(7);
  });

  it('greets an English client in English, follows the language it then writes in, and /reset starts over', async () => {
    const english: TestUser = { ...FAKE_USER, id: 9001, language_code: 'en' };
    const welcome = await say('/start', english);
    expect(welcome.body.text).toMatch(/^Hello!/);
    const question = await press(welcome, 'Rent relief', english);
    expect(question.body.reply_markup).toBeDefined();
    // the conversation's language wins over the client's for later commands
    const chinese = await say('你好', english);
    expect(chinese.body.text).toMatch(/^您好/);
    expect((await say('/help', english)).body.text).toMatch(/^可以问我/);
    const reset = await say('/reset', { ...english, language_code: 'en' });
    expect(reset.body.text).toMatch(/^好的，已重新开始/);
    // the rent question's buttons belong to the abandoned dialog now
    const before = api.callsOf('sendMessage').length;
    const answered = api.callsOf('answerCallbackQuery').length;
    const stale = (question.body.reply_markup as Keyboard).inline_keyboard.flat()[0];
    api.pushUpdate({
      callback_query: api.callbackQuery(stale?.callback_data ?? '', (question.result as { message_id: number }).message_id, english),
    });
    const notice = await api.waitForCall('answerCallbackQuery', answered + 1);
    expect(notice.body.text).toMatch(/已过期/);
    expect(api.callsOf('sendMessage')).toHaveLength(before);
  });
});
