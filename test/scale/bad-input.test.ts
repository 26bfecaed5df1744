// Bad input (issue 6 §3): whatever an owner types in answer to the rent question, the bot replies
// saying what it expects, never throws, and never shows a negative, NaN or infinite amount. The money
// and percentage parsers have their own property tests in test/nlu/; here it is the whole turn.
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot/bot.js';
import { MAX_MESSAGE_CHARS } from '../../src/core/message.js';
import { renderReply } from '../../src/channels/telegram/telegram-render.js';
import { loadDefaultUnderstander } from '../../src/nlu/default-understander.js';
import type { Reply } from '../../src/core/reply.js';
import { RENT_ANSWERS } from '../support/rent-conversation.js';

let bot: Bot;
beforeAll(async () => {
  bot = await createBot({ understand: loadDefaultUnderstander() });
});

let users = 0;
const nextUser = (): string => `bad-input-${users++}`;

/** A fresh owner brought to the last question, the monthly rent; returns their user id. */
async function atRentQuestion(): Promise<string> {
  const userId = nextUser();
  let reply = await bot.handleTurn({ channel: 'telegram', userId, text: '区属国企的门面，3、4月房租能免吗' });
  for (let turn = 0; reply.awaiting !== null && reply.awaiting !== 'monthlyRent' && turn < 10; turn += 1) {
    reply = await bot.handleTurn({ channel: 'telegram', userId, text: RENT_ANSWERS[reply.awaiting] ?? '' });
  }
  expect(reply.awaiting).toBe('monthlyRent');
  return userId;
}

const say = (userId: string, text: string): Promise<Reply> => bot.handleTurn({ channel: 'telegram', userId, text });

/** Every amount a reply carries is a plain non-negative decimal: no "-", "NaN", "Infinity" or exponent. */
function expectSaneAmounts(reply: Reply): void {
  for (const result of reply.results) {
    if (result.amount === null) continue;
    expect(result.amount).toMatch(/^\d+(\.\d+)?$/);
    expect(new Decimal(result.amount).isFinite()).toBe(true);
    for (const line of result.breakdown) expect(line.amount).toMatch(/^\d+(\.\d+)?$/);
  }
  // "2-4月" is a range of months; a minus is only wrong in front of an amount of money.
  expect(reply.text).not.toMatch(/NaN|Infinity|-\s*[\d,.]+\s*(?:元|yuan)/);
}

/** The rent question again (first ask or retry): each mentions an example amount. */
const ASKS_FOR_RENT = /20000|2万/;

describe('answers to "what is the monthly rent?" that are not a usable rent', () => {
  const unusable: Array<[string, string]> = [
    ['a huge exponent', '1e309'],
    ['a negative number', '-5'],
    ['zero', '0'],
    ['thirteen digits', '9999999999999'],
    ['a tenth of a fen', '0.001'],
    ['"two ten-thousand ten-thousands"', '两万万'],
    ['emoji only', '😀😀🎉'],
    // "twenty thousand" is an amount (issue 10: owners type rents in words); a number word with no scale is none.
    ['an English number word with no scale', 'twenty'],
    ['Markdown and HTML', '*bold* <b>2</b> [link](http://example.com) `code`'],
  ];
  it.each(unusable)('%s (%s): the rent question again, no amount', async (_name, text) => {
    const userId = await atRentQuestion();
    const reply = await say(userId, text);
    expect(reply.awaiting).toBe('monthlyRent');
    expect(reply.text).toMatch(ASKS_FOR_RENT);
    expect(reply.text).not.toMatch(/不客气|welcome/i);
    expect(reply.results).toEqual([]);
    expectSaneAmounts(reply);
  });

  it('an amount in English words ("twenty thousand") is the rent', async () => {
    const userId = await atRentQuestion();
    const reply = await say(userId, 'twenty thousand');
    expect(reply.results[0]?.amount).toBe('40000.00');
  });

  it('a SQL-looking string is just text: the question again, and the conversation goes on', async () => {
    const userId = await atRentQuestion();
    const reply = await say(userId, "1'; DROP TABLE sessions; --");
    expect(reply.awaiting).toBe('monthlyRent');
    expect(reply.text).toMatch(ASKS_FOR_RENT);
    const after = await say(userId, '2万');
    expect(after.results[0]?.amount).toBe('40000.00');
  });

  it('"/answer monthlyRent -5" typed by hand is refused as out of range, and the rent asked again', async () => {
    const userId = await atRentQuestion();
    for (const value of ['-5', '1e309', 'NaN', 'Infinity']) {
      const reply = await say(userId, `/answer monthlyRent ${value}`);
      expect(reply.text).toMatch(/超出范围|out of range/);
      expect(reply.awaiting).toBe('monthlyRent');
      expectSaneAmounts(reply);
    }
  });

  it('mixed Chinese and English with a real amount is read: 2万 a month → 40,000', async () => {
    const userId = await atRentQuestion();
    const reply = await say(userId, 'my rent is 2万 per month');
    expect(reply.results[0]?.amount).toBe('40000.00');
  });

  it('control characters are dropped: "2\\u0000万\\u0007" reads as 2万', async () => {
    const userId = await atRentQuestion();
    const reply = await say(userId, '2\u0000万\u0007\u001b');
    expect(reply.results[0]?.amount).toBe('40000.00');
  });
});

describe('messages that are not a question', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \t\n\u3000 '],
    ['control characters only', '\u0000\u0007\u001b\u007f'],
  ])('%s: asks for a question, with an example', async (_name, text) => {
    const reply = await say(nextUser(), text);
    expect(reply.text).toMatch(/请输入您的问题|Please type a question/);
    expect(reply.intent).toBe('empty');
  });

  it('a 100 KB message: asks for a shorter one, naming the limit, without reading it', async () => {
    const reply = await say(nextUser(), '房租'.repeat(50_000));
    expect(reply.intent).toBe('too_long');
    expect(reply.text).toContain(String(MAX_MESSAGE_CHARS));
  });

  it('a 100 KB message mid-conversation leaves the conversation where it was', async () => {
    const userId = await atRentQuestion();
    await say(userId, 'x'.repeat(100_000));
    expect((await say(userId, '3万')).results[0]?.amount).toBe('60000.00');
  });
});

describe('formatting injection in Telegram', () => {
  it('a reply goes out as plain text with no parse_mode, so a user\'s tags and Markdown are inert', async () => {
    const userId = nextUser();
    const reply = await say(userId, '<b>区属国企</b>的*门面*，月租[2万](http://example.com)');
    const messages = renderReply(reply);
    expect(messages.map((m) => m.text).join('\n\n')).toBe(reply.text);
    for (const message of messages) expect(Object.keys(message).sort()).toEqual(message.reply_markup ? ['reply_markup', 'text'] : ['text']);
  });
});

// ---- Property: any sequence of messages ------------------------------------------------------------

const realQuestions = [
  '区属国企的门面，月租2万', '我的饭馆租的区属国企门面，3、4月房租能免吗？', '连锁便利店的分店能补贴房租吗',
  '担保费能补贴多少', '稳岗补贴怎么申请', '我能享受哪些政策', 'Can my restaurant get its rent waived?',
  'how much is the guarantee fee subsidy', '找谁咨询', '你好', '谢谢', '算了', '转人工', '3月2万，4月1.8万',
  '营收从100万降到40万', '担保费率从2%降到1%', '担保金额500万', '不知道', '办公用的', '我们是小微企业',
];
const answers = ['1', '2', '3', '5', '9', '是', '不是', '没有', '坚持营业', '经营', '办公', '微型企业', '区属国企', '其他'];
const commands = [
  '/reset', '/facts', '/card', '/menu', '/help', '/start', '/resume', '/drop', '/lang en', '/lang zh', '/lang xx',
  '/topic rent_tenant', '/topic guarantee_borrower', '/topic nonsense', '/answer monthlyRent -5', '/answer monthlyRent 1e309',
  '/answer monthlyRent 20000', '/answer landlordType districtSoe', '/answer landlordType moon', '/answer enterpriseSize',
  '/answer revenueDropPercent 150', '/answer registeredInXicheng true', '/answer nonsense 1', '复制版', '/',
];
const numberText = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.tuple(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.constantFrom('万', '元', '块', '千', '亿', '%', 'k', ' yuan', '万元/月')).map(([n, unit]) => `${n}${unit}`),
  fc.constantFrom('1e309', '-5', '0', '9999999999999', '0.001', '两万万', '一万亿亿', 'NaN', 'Infinity', '-0', '1/0', '０．５万'),
);
const message = fc.oneof(
  fc.constantFrom(...realQuestions),
  fc.constantFrom(...answers),
  fc.constantFrom(...commands),
  numberText,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.tuple(fc.constantFrom(...realQuestions), fc.string({ unit: 'binary', maxLength: 10 }), numberText).map((parts) => parts.join('')),
);

describe('property: any sequence of messages', () => {
  it('gets a non-empty reply to every message, never a throw, and only sane amounts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 12 }), async (texts) => {
        const userId = nextUser();
        for (const text of texts) {
          const reply = await say(userId, text);
          // The bot turns its own failures into a polite "busy" reply; that must not be what bad input gets.
          expect(reply.intent).not.toBe('busy');
          expect(reply.text.trim()).not.toBe('');
          expectSaneAmounts(reply);
        }
      }),
      { numRuns: 300, seed: 20200220 },
    );
  }, 120_000);
});
