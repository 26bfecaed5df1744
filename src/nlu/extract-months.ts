/**
 * Months of the year named in a message: 三四月 → [3, 4], 3、4月 → [3, 4], 3 4月 → [3, 4], 四月份 → [4], 3月和4月 → [3, 4],
 * 2-4月 → [2, 3, 4], "March and April" → [3, 4], "Mar/Apr" → [3, 4]. Durations (两个月, 一个月) and
 * relative months (上个月) are not months of the year and are ignored.
 *
 * @example
 *   extractMonths('三四月的房租') // [3, 4]
 */
import { normalizeText } from './normalize-text.js';

/** At most three digits run together (二三四月): a bound, so a long run of 一 is not re-read from each of its characters. */
const monthNumeral = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]{1,3})';
// A bare space between two numerals lists them too: phone typing drops the 、 ("3 4月份的房租" is March and April).
const separator = '(?:\\s*(?:、|,|和|与|及|跟|或|/|-|~|至|到)\\s*|\\s+)';
/** A numeral after 万 or 千 listed before another is the money's last digit: "1万1 3月4月都没收" is 11,000, then March and April. */
const notMoneyDigit = `(?!(?<=[万千])${monthNumeral}${separator}${monthNumeral})`;
const zhMonths = new RegExp(
  `(?<![\\d一二三四五六七八九十两.])${notMoneyDigit}(${monthNumeral}(?:${separator}${monthNumeral}){0,11})\\s*月`,
  'g',
);
const rangeSeparator = /^\s*(?:-|~|至|到)\s*$/;
/** "3、4两个月", "三、四俩月": months listed, then counted ("两个月") instead of a plain 月. */
const zhMonthsCounted = new RegExp(
  `(?<![\\d一二三四五六七八九十两.])${notMoneyDigit}(${monthNumeral}(?:${separator}${monthNumeral}){1,11})\\s*(?:两|二|俩|三|仨|四|[2-4])\\s*个?\\s*月`,
  'g',
);
/** 三月到五月: two named months joined by a range word cover the months between. */
const zhMonthRange = new RegExp(`(?<![\\d一二三四五六七八九十两.])(${monthNumeral})\\s*月份?\\s*(?:-|~|至|到)\\s*(${monthNumeral})\\s*月`, 'g');

const englishNames: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};
const englishMonth = '(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec)';
const enMonths = new RegExp(
  `\\b(${englishMonth}\\b\\.?(?:\\s*(?:,|/|&|-|and|or|to|through|till|until|and also)\\s*${englishMonth}\\b\\.?){0,11})`,
  'g',
);
const enRangeSeparator = /^\s*(?:-|to|through|till|until)\s*$/;

/** Months named in the text, ascending, without repeats. */
export function extractMonths(text: string, normalized: string = normalizeText(text)): number[] {
  const found = new Set<number>();
  // The Chinese patterns need a 月 and the English ones a letter: a message (or clause) is scanned only by
  // the patterns it can match, as the amounts read the clauses around each figure through here too.
  const zh = normalized.includes('月');
  const en = /[a-z]/.test(normalized);
  if (!zh && !en) return [];
  for (const match of zh ? normalized.matchAll(zhMonths) : []) {
    for (const month of readList(match[1] ?? '', monthNumeral, rangeSeparator, readZhMonth)) found.add(month);
  }
  for (const match of zh ? normalized.matchAll(zhMonthsCounted) : []) {
    for (const month of readList(match[1] ?? '', monthNumeral, rangeSeparator, readZhMonth)) found.add(month);
  }
  for (const match of zh ? normalized.matchAll(zhMonthRange) : []) {
    const from = [readZhMonth(match[1] ?? '')].flat()[0];
    const to = [readZhMonth(match[2] ?? '')].flat()[0];
    if (from !== undefined && to !== undefined) for (let month = from; month <= to; month += 1) found.add(month);
  }
  for (const match of en ? normalized.matchAll(enMonths) : []) {
    // "may" is a month only when written "May" in the original text: "I may get it" is not a month.
    const start = match.index;
    const original = text.slice(start, start + match[0].length);
    const months = readList(match[1] ?? '', englishMonth, enRangeSeparator, (word) => englishNames[word.replace('.', '')]);
    if (/^may$/i.test((match[1] ?? '').trim()) && !original.startsWith('May')) continue;
    for (const month of months) found.add(month);
  }
  return [...found].sort((a, b) => a - b);
}

/** The item patterns, compiled once: a message may hold hundreds of month lists. */
const itemPatterns = new Map<string, RegExp>();

/**
 * Splits "3、4" or "2-4" or "march to may" into its items and reads each; a range separator expands to
 * every month between. Any unreadable item drops the whole list (34月 is not a month).
 */
function readList(
  list: string,
  itemSource: string,
  isRange: RegExp,
  read: (item: string) => number | number[] | undefined,
): number[] {
  const item = itemPatterns.get(itemSource) ?? new RegExp(itemSource, 'g');
  itemPatterns.set(itemSource, item);
  item.lastIndex = 0;
  const months: number[] = [];
  let previousEnd = -1;
  for (const match of list.matchAll(item)) {
    const value = read(match[0]);
    if (value === undefined) return [];
    const values = Array.isArray(value) ? value : [value];
    const last = months[months.length - 1];
    const first = values[0];
    if (previousEnd >= 0 && last !== undefined && first !== undefined && isRange.test(list.slice(previousEnd, match.index))) {
      for (let month = last + 1; month < first; month += 1) months.push(month);
    }
    months.push(...values);
    previousEnd = match.index + match[0].length;
  }
  return months;
}

const zhDigits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十 → 10, 十二 → 12, 三四 → [3, 4] (two months run together), 4 → 4, 13 → undefined. */
function readZhMonth(item: string): number | number[] | undefined {
  if (/^\d+$/.test(item)) {
    const month = Number(item);
    return month >= 1 && month <= 12 ? month : undefined;
  }
  if (item.startsWith('十')) return 10 + (zhDigits[item.slice(1)] ?? 0);
  const months = [...item].map((char) => zhDigits[char]);
  return months.every((month): month is number => month !== undefined) ? months : undefined;
}

/**
 * The months named right before an amount, with nothing but "的", "房租", "是" between: "4月份其实涨租了 3月" ends with
 * 3月 (the 4月 before it is the story, "the rent went up in April"), "3 4月" with both. Empty when none ends the text.
 * @example monthsRightBefore('4月份其实涨租了 3月') // [3]
 */
const zhMonthsAtEnd = new RegExp(`(?<![\\d一二三四五六七八九十两.])(?:${monthNumeral}\\s*月份?\\s*(?:-|~|至|到)\\s*)?${monthNumeral}(?:${separator}${monthNumeral}){0,11}\\s*月份?\\s*(?:的|房租|租金|是|为|:|：|\\s)*$`);
const enMonthsAtEnd = new RegExp(`\\b${englishMonth}\\b\\.?(?:\\s*(?:,|/|&|-|\\+|and|or|to|through)\\s*${englishMonth}\\b\\.?)*(?:\\s|'s|rent|was|is|:)*$`);
export function monthsRightBefore(text: string): number[] {
  const normalized = normalizeText(text);
  const at = zhMonthsAtEnd.exec(normalized) ?? enMonthsAtEnd.exec(normalized);
  return at ? extractMonths(text.slice(at.index), at[0]) : [];
}
