import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/reply.js';
import {
  CALLBACK_DATA_LIMIT,
  TELEGRAM_TEXT_LIMIT,
  decodeCallbackData,
  encodeCallbackData,
  inlineKeyboard,
  langOf,
  renderReply,
  splitText,
} from '../../../src/channels/telegram/telegram-render.js';

const reply = (fields: Partial<Reply>): Reply => ({
  text: '',
  lang: 'zh',
  intent: 'test',
  confidence: 1,
  measures: [],
  awaiting: null,
  options: [],
  results: [],
  contacts: [],
  card: null,
  ...fields,
});

const buttonData = (markup: ReturnType<typeof inlineKeyboard>): string[] =>
  markup.inline_keyboard.flat().map((button) => ('callback_data' in button ? button.callback_data : ''));

describe('splitText', () => {
  it('keeps a short answer as one message', () => {
    expect(splitText('可免 3、4 月房租共 40,000 元。')).toEqual(['可免 3、4 月房租共 40,000 元。']);
  });

  it('cuts a long answer at paragraph breaks, every message within Telegram’s limit', () => {
    const paragraph = '第一条 '.repeat(300); // 1200 characters
    const text = Array.from({ length: 6 }, () => paragraph.trim()).join('\n\n');
    const chunks = splitText(text);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    // paragraphs are never cut in the middle
    for (const chunk of chunks) expect(chunk.split('\n\n').every((p) => p === paragraph.trim())).toBe(true);
  });

  it('cuts text with no breaks hard, without splitting an emoji’s surrogate pair', () => {
    const text = 'a' + '😀'.repeat(3000); // 6001 UTF-16 units, the pair straddles unit 4096
    const chunks = splitText(text);
    expect(chunks.join('')).toBe(text);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
      expect(chunk).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });

  it('loses no words and never exceeds the limit (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(' ', '\n', '\n\n', '。'), fc.string({ minLength: 1, maxLength: 30 })), {
          maxLength: 80,
        }),
        fc.integer({ min: 8, max: 60 }),
        (parts, limit) => {
          const text = parts.join('');
          const chunks = splitText(text, limit);
          for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(limit);
          const words = (s: string): string => s.replace(/\s+/g, '');
          expect(words(chunks.join(''))).toBe(words(text));
        },
      ),
    );
  });
});

describe('inline keyboard and callback_data', () => {
  it('carries short values themselves, and an index when the value is over 64 bytes', () => {
    const long = '我想了解国有企业房租减免的具体条件和办理流程'; // 22 CJK characters = 66 bytes
    const markup = inlineKeyboard([
      { label: '是', value: '是' },
      { label: '否', value: '否' },
      { label: '详细', value: long },
    ]);
    expect(buttonData(markup)).toEqual(['v:是', 'v:否', 'i:2']);
    for (const data of buttonData(markup)) expect(Buffer.byteLength(data)).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
  });

  it('keeps every callback_data within 64 bytes whatever the value (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 80, unit: 'grapheme' }), { minLength: 1, maxLength: 12 }), (values) => {
        const data = buttonData(inlineKeyboard(values.map((value) => ({ label: value, value }))));
        values.forEach((value, index) => {
          const bytes = Buffer.byteLength(data[index] ?? '');
          expect(bytes).toBeGreaterThan(0);
          expect(bytes).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
          expect(decodeCallbackData(data[index] ?? '')).toEqual(
            data[index]?.startsWith('v:') ? { kind: 'value', value } : { kind: 'index', index },
          );
        });
      }),
    );
  });

  it('puts short labels side by side and long labels on their own rows', () => {
    const markup = inlineKeyboard([
      { label: '是', value: '是' },
      { label: '否', value: '否' },
      { label: '不确定，请人工帮我看看这个情况是否符合', value: '不确定' },
    ]);
    expect(markup.inline_keyboard.map((row) => row.map((button) => button.text))).toEqual([
      ['是', '否'],
      ['不确定，请人工帮我看看这个情况是否符合'],
    ]);
  });

  it('rejects callback_data that is not ours', () => {
    expect(decodeCallbackData('hack:1')).toBeNull();
    expect(decodeCallbackData('v:')).toBeNull();
    expect(decodeCallbackData('i:-1')).toBeNull();
    expect(encodeCallbackData({ label: 'x', value: 'x' }, 0)).toBe('v:x');
  });
});

describe('renderReply', () => {
  it('hangs the keyboard under the last message of a long reply', () => {
    const text = Array.from({ length: 5 }, (_, i) => `${i + 1}. ${'说明'.repeat(600)}`).join('\n');
    const messages = renderReply(reply({ text, options: [{ label: '继续', value: '继续' }] }));
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.slice(0, -1).every((m) => m.reply_markup === undefined)).toBe(true);
    expect(messages.at(-1)?.reply_markup?.inline_keyboard.flat()).toHaveLength(1);
  });

  it('shows the operator card for /card and the text otherwise', () => {
    const withCard = reply({ text: '已生成答复卡片', card: '【答复卡片】房租减免：40,000 元' });
    expect(renderReply(withCard, { show: 'card' }).map((m) => m.text)).toEqual(['【答复卡片】房租减免：40,000 元']);
    expect(renderReply(withCard).map((m) => m.text)).toEqual(['已生成答复卡片']);
    expect(renderReply(reply({ text: '还没有答复卡片' }), { show: 'card' }).map((m) => m.text)).toEqual(['还没有答复卡片']);
  });

  it('never sends an empty message', () => {
    expect(renderReply(reply({ text: '  ', options: [{ label: '是', value: '是' }] }))[0]?.text).toBe('请选择：');
  });

  it('sends markup characters as they are (no parse_mode, so nothing to inject)', () => {
    const text = '<b>x</b> *y* _z_ [link](http://evil.example) &amp;';
    expect(renderReply(reply({ text }))).toEqual([{ text }]);
  });
});

describe('langOf', () => {
  it('answers in Chinese unless the client says another language', () => {
    expect(langOf(undefined)).toBe('zh');
    expect(langOf('zh-hans')).toBe('zh');
    expect(langOf('en')).toBe('en');
    expect(langOf('ru')).toBe('en');
  });
});
