/**
 * Revenue before and after, from two amounts in one message: "去年100万今年20万", "以前一个月10万，现在2万",
 * "从100万降到20万", "from 1 million to 200k", "2019年2-4月50万，2020年同期8万", "50万降到8万". Needs a
 * cue for "before" ahead of the first amount and a cue for "after" between the two, or two years in
 * order (2019 … 2020), or a word of falling between them ("降到", "dropped to"); the dialog decides
 * whether the pair is revenue (it asked).
 *
 * @example
 *   extractRevenuePair('去年100万今年20万', extractMoney('去年100万今年20万'))
 *   // { before: '1000000', after: '200000' }
 */
import type { Entities, MoneyMention } from './understanding.js';
import { normalizeText } from './normalize-text.js';

const beforeCue =
  /(去年|前年|以前|之前|原来|往年|平时|疫情前|过去|上年|同期|原先|本来|正常|以往|从|由|last year|before|used to|previously|normally|usually|from)/;
/** Words that alone say the second amount is what the first became. */
const changeCue = /(降到|降至|跌到|跌至|掉到|减到|变成|只剩|剩下|缩水到|dropped to|fell to|down to|went down to|decreased to|→|->)/;
/** A year: "2019年", "2019", "19年", "二〇一九年". */
const year = /(?<!\d)(20\d\d|19(?=年)|2[0-2](?=年))(?!\d)/g;
const afterCue =
  /(今年|现在|目前|如今|疫情后|疫情期间|这个月|这段时间|只有|只剩|剩|降到|降至|跌到|跌至|掉到|减到|变成|到|this year|now|down to|dropped to|fell to|only|to|→|->)/;

/** A time word of the bad months (2020), said first when the owner starts from now: "今年8万，去年同期50万". */
const laterCue = /(今年|2020|二〇二〇|现在|目前|如今|疫情期间|疫情那会|this year|in 2020|now|these months|during (?:the )?(?:epidemic|covid|outbreak))/;
/** A time word of the year before, said after the first amount: "…，去年同期50万", "…versus 1.1m a year earlier". */
const earlierCue = /(去年|前年|2019|二〇一九|19年|以前|之前|往年|平时|疫情前|上年|原来|原先|正常年份|last year|a year (?:earlier|before|ago)|the year before|the previous year|in 2019|before (?:covid|the epidemic|the outbreak)|pre-?covid|previously|normally|usually)/;
/** How far after the second amount its time word may come ("1.1m a year earlier"). */
const tailChars = 30;

/**
 * Revenue that came to nothing, said in words: "基本为零", "一分钱没挣", "颗粒无收", "basically zero", "to nothing".
 * With one amount framed as the year before, the pair is that amount → 0.
 */
const zeroRevenue = /(?:基本|几乎|差不多|接近|等于)?(?:为零|是零|归零|为0|是0|零收入)|一分(?:钱)?(?:都|也)?没(?:挣|赚|收|进)|颗粒无收|(?:收入|营收|营业额|流水|生意)(?:基本|几乎|差不多)?(?:没了|没有了|为零|是零|停了)|没有?(?:任何)?(?:收入|营收|进账|流水)|(?<![a-z])(?:basically |almost |practically |nearly |next to |to |made |earned |had )(?:zero|nothing|nil)(?![a-z])|(?<![a-z])no (?:revenue|income|sales|takings)(?![a-z])/;
const rentWord = /房租|租金|rent/;

/** The first pair of consecutive amounts framed as before → after (or said from now back: after, then before), or null. */
export function extractRevenuePair(
  text: string,
  money: MoneyMention[],
  normalized: string = normalizeText(text),
): Entities['revenuePair'] {
  for (let i = 0; i + 1 < money.length; i += 1) {
    const first = money[i];
    const second = money[i + 1];
    if (!first || !second) continue;
    const lead = normalized.slice(money[i - 1]?.end ?? 0, first.start);
    const between = normalized.slice(first.end, second.start);
    if ((beforeCue.test(lead) && afterCue.test(between)) || changeCue.test(between) || yearsInOrder(lead, between)) {
      return { before: first.value, after: second.value };
    }
    const tail = normalized.slice(second.end, Math.min(money[i + 2]?.start ?? normalized.length, second.end + tailChars));
    if (saidFromNow(lead, between, tail)) return { before: second.value, after: first.value };
  }
  return zeroAfter(normalized, money);
}

/**
 * "今年2到4月8万，去年同期50万", "2020年收入10万，2019年同期60万", "120k versus 1.1m a year earlier": the bad
 * months named first (before or right after the first amount), the year before after it.
 */
function saidFromNow(lead: string, between: string, tail: string): boolean {
  if (laterYearFirst(lead, between)) return true;
  if (beforeCue.test(lead) && !laterCue.test(lead)) return false;
  const laterAt = laterCue.test(lead) ? 0 : (laterCue.exec(between)?.index ?? -1);
  if (laterAt < 0) return false;
  return earlierCue.test(between.slice(laterAt)) || earlierCue.test(tail);
}

/** Whether the lead names a later year than the text between: "2020年…10万，2019年…60万". */
function laterYearFirst(lead: string, between: string): boolean {
  const first = lastYear(lead);
  const second = lastYear(between);
  return first !== null && second !== null && first > second;
}

/** "二到四月营收基本为零，去年同期有二十多万", "last year 500k, this year basically zero": that amount → 0. */
function zeroAfter(normalized: string, money: MoneyMention[]): Entities['revenuePair'] {
  const only = money.length === 1 ? money[0] : undefined;
  if (!only || rentWord.test(normalized)) return null;
  const zero = zeroRevenue.exec(normalized);
  if (!zero) return null;
  // "we had no revenue in Feb–Apr 2019, 50k in 2020": a zero said of the year before is a zero base, no pair.
  if (earlierCue.test(clauseAt(normalized, zero.index))) return null;
  const near = normalized.slice(Math.max(0, only.start - 12), only.start);
  // "from about half a million to basically nothing": a hedge between "from" and the amount.
  const framedBefore = earlierCue.test(near) || /(?:从|由|from)\s*(?:about|around|roughly|approximately|approx\.?|nearly|almost|maybe|大概|大约|约|差不多)?\s*$/.test(near);
  return framedBefore ? { before: only.value, after: '0' } : null;
}

/** The clause of the text around an index (between commas, stops and semicolons). */
function clauseAt(text: string, index: number): string {
  const stops = /[，,。;；!！?？]/g;
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(stops)) {
    if (match.index < index) start = match.index + 1;
    else { end = match.index; break; }
  }
  return text.slice(start, end);
}

/** Whether the lead names a year and the text between names a later one: "2019年…50万，2020年…8万". */
function yearsInOrder(lead: string, between: string): boolean {
  const before = lastYear(lead);
  const after = lastYear(between);
  return before !== null && after !== null && after > before;
}

/** The last year a text names, or null. */
function lastYear(text: string): number | null {
  let found: number | null = null;
  for (const match of text.matchAll(year)) {
    const digits = match[1] ?? '';
    found = Number(digits.length === 2 ? `20${digits}` : digits);
  }
  return found;
}

/**
 * The side of a revenue pair one amount is said of: "今年那三个月其实是30万" (2020's months: after), "去年同期其实是120万",
 * "the 2019 figure was actually 900k" (before). Null when it names neither year, or both.
 * @example revenueSideOf('会计说今年那三个月其实是30万') // 'after'
 */
export function revenueSideOf(normalized: string): 'before' | 'after' | null {
  const before = earlierCue.test(normalized);
  const after = laterCue.test(normalized);
  return before === after ? null : before ? 'before' : 'after';
}
