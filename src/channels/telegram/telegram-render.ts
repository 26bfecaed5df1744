/**
 * Reply → Telegram messages. Everything the Telegram adapter shows the user is decided here: the text
 * split under Telegram's length limit, the options as an inline keyboard, and the adapter's own few
 * sentences (an expired button, an apology, the command menu).
 *
 * Text is sent **without `parse_mode`**, so Telegram renders it verbatim: nothing a user types (and the
 * bot echoes) can open a tag, break an entity or inject a link. No escaping is needed and none can be
 * forgotten.
 */
import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'telegraf/types';
import type { Lang, Reply, ReplyOption } from '../../core/reply.js';

/** `sendMessage.text` is 1–4096 characters; entity offsets count UTF-16 units, so we measure `string.length`. */
export const TELEGRAM_TEXT_LIMIT = 4096;
/** `InlineKeyboardButton.callback_data` is 1–64 **bytes** (a CJK character takes 3). */
export const CALLBACK_DATA_LIMIT = 64;

/** One `sendMessage` call: plain text and, on the last message of a reply, the keyboard. */
export interface TelegramOutgoing {
  text: string;
  reply_markup?: InlineKeyboardMarkup;
}

/** What a button press carries back: the option's value itself, or its index when the value is too long. */
export type CallbackChoice = { kind: 'value'; value: string } | { kind: 'index'; index: number };

const VALUE_PREFIX = 'v:';
const INDEX_PREFIX = 'i:';

/**
 * The messages for one reply: `reply.text` (or, with `show: 'card'`, the operator card when there is
 * one) split into chunks, the options as a keyboard under the last chunk.
 *
 * @example
 * renderReply({ ...reply, text: '您是承租方吗？', options: [{ label: '是', value: '是' }] })
 * // → [{ text: '您是承租方吗？', reply_markup: { inline_keyboard: [[{ text: '是', callback_data: 'v:是' }]] } }]
 */
export function renderReply(reply: Reply, options: { show?: 'text' | 'card' } = {}): TelegramOutgoing[] {
  const body = options.show === 'card' && reply.card ? reply.card : reply.text;
  const chunks = splitText(body);
  // Telegram rejects an empty message; a keyboard still needs something to hang from.
  if (chunks.length === 0) chunks.push(reply.options.length > 0 ? chooseText(reply.lang) : '…');
  const messages: TelegramOutgoing[] = chunks.map((text) => ({ text }));
  const last = messages[messages.length - 1];
  if (last && reply.options.length > 0) last.reply_markup = inlineKeyboard(reply.options);
  return messages;
}

/**
 * Splits text into chunks of at most `limit` UTF-16 units, cutting at a paragraph break if one is in
 * reach, else at a line break, else at a space, else anywhere (never inside a surrogate pair). The
 * separators at a cut are dropped; blank chunks are dropped.
 *
 * @example
 * splitText('a\n\nb', 3) // → ['a', 'b']
 */
export function splitText(text: string, limit: number = TELEGRAM_TEXT_LIMIT): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const cut = cutPoint(rest, limit);
    const chunk = rest.slice(0, cut).trimEnd();
    if (chunk.length > 0) chunks.push(chunk);
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks;
}

/** Where to end the next chunk of `text` (longer than `limit`): the latest natural break within reach. */
function cutPoint(text: string, limit: number): number {
  const window = text.slice(0, limit + 1); // a separator right at the limit is still a clean cut
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = window.lastIndexOf(separator);
    // A break in the first quarter would make a uselessly short message; cut harder instead.
    if (at > limit / 4) return at;
  }
  const code = text.charCodeAt(limit - 1);
  const highSurrogate = code >= 0xd800 && code <= 0xdbff;
  return highSurrogate ? limit - 1 : limit;
}

/**
 * The options as an inline keyboard: short labels share a row (up to 3, within 24 columns, a CJK
 * character counting 2), long ones get a row each, so labels stay readable on a phone.
 *
 * @example
 * inlineKeyboard([{ label: '是', value: '是' }, { label: '否', value: '否' }])
 * // → { inline_keyboard: [[{ text: '是', callback_data: 'v:是' }, { text: '否', callback_data: 'v:否' }]] }
 */
export function inlineKeyboard(options: readonly ReplyOption[]): InlineKeyboardMarkup {
  const rows: InlineKeyboardButton[][] = [];
  let row: InlineKeyboardButton[] = [];
  let rowWidth = 0;
  options.forEach((option, index) => {
    const width = displayWidth(option.label);
    if (row.length > 0 && (row.length === 3 || rowWidth + width > ROW_COLUMNS)) {
      rows.push(row);
      row = [];
      rowWidth = 0;
    }
    row.push({ text: option.label, callback_data: encodeCallbackData(option, index) });
    rowWidth += width;
  });
  if (row.length > 0) rows.push(row);
  return { inline_keyboard: rows };
}

const ROW_COLUMNS = 24;

/** Columns a label takes on screen: wide (CJK, fullwidth) characters take two. */
function displayWidth(label: string): number {
  let width = 0;
  for (const char of label) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

/**
 * The callback_data for an option: `v:<value>` when that fits in 64 bytes (self-contained, so a press
 * still works after a restart), else `i:<index>` into the options of the keyboard it was sent with.
 *
 * @example
 * encodeCallbackData({ label: '是', value: '是' }, 0) // → 'v:是'
 * encodeCallbackData({ label: 'x', value: '很'.repeat(30) }, 2) // → 'i:2'
 */
export function encodeCallbackData(option: ReplyOption, index: number): string {
  const byValue = VALUE_PREFIX + option.value;
  return Buffer.byteLength(byValue, 'utf8') <= CALLBACK_DATA_LIMIT ? byValue : INDEX_PREFIX + String(index);
}

/**
 * Parses callback_data from a press (untrusted: any client can send any string); null when it is not
 * one of ours.
 *
 * @example
 * decodeCallbackData('i:2') // → { kind: 'index', index: 2 }
 * decodeCallbackData('junk') // → null
 */
export function decodeCallbackData(data: string): CallbackChoice | null {
  if (data.startsWith(VALUE_PREFIX) && data.length > VALUE_PREFIX.length) {
    return { kind: 'value', value: data.slice(VALUE_PREFIX.length) };
  }
  const index = /^i:(\d{1,3})$/.exec(data)?.[1];
  return index === undefined ? null : { kind: 'index', index: Number(index) };
}

/**
 * The reply language for a Telegram user before the bot has said anything: Chinese unless the
 * client's `language_code` is set and is not Chinese (most users here are Chinese speakers).
 *
 * @example
 * langOf('en-GB') // → 'en'
 * langOf(undefined) // → 'zh'
 */
export function langOf(languageCode: string | undefined): Lang {
  return languageCode === undefined || languageCode.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

const TEXTS = {
  stale: {
    zh: '这个按钮已过期，请点最新消息里的按钮，或直接输入回答。',
    en: 'That button has expired: use the buttons on the latest message, or type your answer.',
  },
  failed: {
    zh: '抱歉，刚才出了点问题，请稍后再试。',
    en: 'Sorry, something went wrong. Please try again in a moment.',
  },
  choose: { zh: '请选择：', en: 'Please choose:' },
} as const satisfies Record<string, Record<Lang, string>>;

/**
 * The `answerCallbackQuery` notice for a press on an old keyboard (at most 200 characters).
 *
 * @example
 * staleChoiceText('en') // → 'That button has expired: ...'
 */
export function staleChoiceText(lang: Lang): string {
  return TEXTS.stale[lang];
}

/**
 * What the user sees when the bot could not answer (the details go to the log, never to the chat).
 *
 * @example
 * failureText('zh') // → '抱歉，刚才出了点问题，请稍后再试。'
 */
export function failureText(lang: Lang): string {
  return TEXTS.failed[lang];
}

function chooseText(lang: Lang): string {
  return TEXTS.choose[lang];
}

/** A command shown in the client's "/" menu. */
export interface BotCommandEntry {
  command: 'start' | 'help' | 'reset' | 'card';
  description: string;
}

/**
 * The command menu in one language, for `setMyCommands`.
 *
 * @example
 * botCommands('en')[0] // → { command: 'start', description: 'Welcome and what you can ask' }
 */
export function botCommands(lang: Lang): BotCommandEntry[] {
  return lang === 'zh'
    ? [
        { command: 'start', description: '欢迎和可以咨询的内容' },
        { command: 'help', description: '帮助：可以问什么' },
        { command: 'reset', description: '重新开始' },
        { command: 'card', description: '当前咨询的答复卡片' },
      ]
    : [
        { command: 'start', description: 'Welcome and what you can ask' },
        { command: 'help', description: 'Help: what you can ask' },
        { command: 'reset', description: 'Start over' },
        { command: 'card', description: 'The answer card for this conversation' },
      ];
}
