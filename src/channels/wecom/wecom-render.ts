/**
 * Reply → the text of a WeCom message. WeCom shows plain text only (no buttons in a passive reply) and
 * truncates Content beyond 2048 bytes (path/90241), so choices become a numbered list, and a long
 * answer is shortened here, on our terms, keeping what the owner needs most: whom to call.
 */
import type { Lang, Reply } from '../../core/reply.js';

/** WeCom's limit on a text message's Content, in UTF-8 bytes. */
export const WECOM_CONTENT_LIMIT_BYTES = 2048;

const words = {
  zh: {
    choose: '请回复序号或选项文字：',
    shortened: '……（内容较长，已节选。详情请致电：）',
    phone: '电话',
    failed: '抱歉，系统暂时出了点问题，请稍后再发一次。',
  },
  en: {
    choose: 'Reply with a number or the words:',
    shortened: '… (shortened; for the details, call:)',
    phone: 'Phone',
    failed: 'Sorry, something went wrong on our side. Please send your message again in a moment.',
  },
} as const satisfies Record<Lang, Record<string, string>>;

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * The text WeCom shows for a reply: the answer, then the choices numbered, within `limitBytes`.
 *
 * @example
 * renderWecomText({ ...reply, text: '您的房东是？', options: [{ label: '区属国企', value: '区属国企' }] })
 * // '您的房东是？\n\n请回复序号或选项文字：\n1. 区属国企'
 */
export function renderWecomText(reply: Reply, limitBytes = WECOM_CONTENT_LIMIT_BYTES): string {
  const body = reply.text.trim();
  const choices = reply.options.length === 0
    ? ''
    : [words[reply.lang].choose, ...reply.options.map((option, index) => `${index + 1}. ${option.label}`)].join('\n');
  const full = [body, choices].filter((part) => part !== '').join('\n\n');
  if (byteLength(full) <= limitBytes) return full;
  return shorten(reply, body, choices, limitBytes);
}

/**
 * Cuts the answer so that the choices and every phone number still fit: a shortened answer that lost
 * the phone would leave the owner with nowhere to turn.
 */
function shorten(reply: Reply, body: string, choices: string, limitBytes: number): string {
  const { shortened, phone } = words[reply.lang];
  const contactLines = phoneLines(reply, body, phone);
  const fixed = [shortened, ...contactLines.map((line) => line.text), choices].filter((part) => part !== '');
  const budget = limitBytes - byteLength(fixed.join('\n')) - 2 * fixed.length;
  const kept = cutAtBytes(body, Math.max(0, budget));
  // Phones still visible in the kept part need not be repeated below it.
  const tail = contactLines.filter((line) => !line.phones.every((number) => kept.includes(number))).map((line) => line.text);
  const parts = [kept, [shortened, ...tail].join('\n'), choices].filter((part) => part !== '');
  return cutAtBytes(parts.join('\n\n'), limitBytes);
}

interface PhoneLine {
  text: string;
  phones: string[];
}

// Beijing landlines (8 digits, optional extension) and mainland mobiles, as the notice prints them.
const PHONE = /(?<![\d.,])(?:1[3-9]\d{9}|[2-9]\d{7}(?:-\d{1,6})?)(?![\d.])/g;

/** The reply's contacts as one line each, plus any other phone number the answer mentions. */
function phoneLines(reply: Reply, body: string, phoneWord: string): PhoneLine[] {
  const lines: PhoneLine[] = reply.contacts.map((contact) => ({
    text: `${contact.unit} ${contact.office} ${contact.person}：${contact.phone}`,
    phones: contact.phone.split('、'),
  }));
  const listed = new Set(lines.flatMap((line) => line.phones));
  for (const number of new Set(body.match(PHONE) ?? [])) {
    if (!listed.has(number)) lines.push({ text: `${phoneWord}：${number}`, phones: [number] });
  }
  return lines;
}

/**
 * The longest prefix of `text` within `maxBytes` that ends on a whole character, preferring a line
 * break in the last fifth so the cut falls between sentences.
 */
function cutAtBytes(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text;
  let kept = '';
  let used = 0;
  for (const character of text) {
    const size = byteLength(character);
    if (used + size > maxBytes) break;
    kept += character;
    used += size;
  }
  const lineBreak = kept.lastIndexOf('\n');
  return (lineBreak >= kept.length * 0.8 ? kept.slice(0, lineBreak) : kept).trimEnd();
}

const FULL_WIDTH_DIGIT = /[０-９]/g;

/**
 * Maps an answer given by number ("2", "２", "2.") to the value of that choice in the list last sent;
 * anything else is returned unchanged, so answering in words works too.
 *
 * @example
 * resolveNumberedChoice('2', ['区属国企', '私人房东']) // '私人房东'
 * resolveNumberedChoice('私人房东', ['区属国企', '私人房东']) // '私人房东'
 */
export function resolveNumberedChoice(text: string, optionValues: readonly string[]): string {
  const normalised = text.trim().replace(FULL_WIDTH_DIGIT, (digit) => String(digit.charCodeAt(0) - 0xff10));
  const match = /^(\d{1,2})[.、。．]?$/.exec(normalised);
  if (match === null) return text;
  return optionValues[Number(match[1]) - 1] ?? text;
}

/**
 * What the user sees when the bot failed on our side (the details go to the log only).
 *
 * @example
 * failureNotice('zh') // '抱歉，系统暂时出了点问题，请稍后再发一次。'
 */
export function failureNotice(lang: Lang): string {
  return words[lang].failed;
}
