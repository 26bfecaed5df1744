/**
 * Percentages: 80%, 80％, 百分之八十, 百分之85.5, 百分之一点五, 八成, 七成五, 八成半, 下降了85.5%, "down 80
 * percent", "80 per cent", the rate talk of guarantee fees: "1.5个点", "两个百分点", "一个半点" (1.5),
 * "千分之十二" (1.2), "one and a half percent". "一半", "减半" and "half" read as 50: owners say
 * "营业额少了一半" for a 50% drop, and the notice itself says 减半收取. "打八折" is not read (it is a
 * price, and whether it means 80% or 20% depends on the question). Values above 100 are dropped: every
 * percentage fact is 0–100, so such a mention could only become an invalid fact.
 *
 * Linear in the message: numeral runs are found in one pass and each is looked at once, with fixed-size
 * looks before and after it (a pattern "numeral run, then %" run at every position re-read the same
 * run from each of its characters: 2,000 × 万 then "x%" took 26 ms).
 *
 * @example
 *   extractPercents('营业额降了七成五')[0]?.value // '75'
 */
import { Decimal } from '../policy/money.js';
import type { PercentMention } from './understanding.js';
import { normalizeText } from './normalize-text.js';
import { englishNumberSource, maxNumeralRuns, numeralRunSource, parseEnglishNumber, parseNumeral } from './numeral.js';

const numeralRun = new RegExp(numeralRunSource, 'g');
/**
 * After a numeral run: a percent sign or word (1), 个半点 (2: the run plus a half), or 个点 with one digit
 * after it (3: "一个点二" is 1.2, "两个点五" 2.5, the way rate talk says a decimal; not "一个点二百万"), or basis points
 * (4: the accountants' hundredths of a percent, "150 bps" is 1.5%). "pc" is British for per cent.
 */
const percentAfter = /(?:\s*-?\s*odd|\s+or\s+so|\s+something)?\s*(?:个点([零一二三四五六七八九]|[0-9])(?![零〇一二两三四五六七八九十百千万亿\d.%])|(%|percent(?![a-z])|per cent(?![a-z])|pct(?![a-z])|percentage points?(?![a-z])|points?(?![a-z])(?!\s+(?:of|zero|one|two|three|four|five|six|seven|eight|nine|\d)(?![a-z]))|pts?(?![a-z])|pc(?![a-z])|个百分点|百分点|个点)|(个半点|个半百分点)|(bps?(?![a-z])|basis points?(?![a-z])))/y;
/** "半个点", "半个百分点": half a percentage point, the rate talk of guarantee fees. */
const halfPoint = /(?<![一二两三四五六七八九十\d个])半个(?:百分)?点/g;
const englishDigit = '(?:zero|one|two|three|four|five|six|seven|eight|nine|[0-9])';
/**
 * A rate under one percent said from its decimal point: ".8%", "point eight percent", "zero point 5 per cent"
 * ("eight percent" alone would be read as 8).
 */
const pointPercent = new RegExp(`(?:(?<![a-z\\d])(?<!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|\\d)\\s+)(?:zero\\s+|oh\\s+)?point\\s+|(?<![\\d.])\\.)(${englishDigit})(?:\\s*(${englishDigit}))?\\s*(?:%|percent(?![a-z])|per cent(?![a-z])|pct(?![a-z]))`, 'g');
/**
 * A part of one percent, or one and a part: "half a percent", "half of one percent", "a quarter of a percent",
 * "1 and a half percent", "a percent and a half". Read before "half" alone (50) and "a quarter" (25).
 */
const partOfPercent = /(?<![a-z\d])(?:(?<!and\s+(?:a\s+)?)(?:(a|one|three)\s+)?(half|quarters?)\s+(?:of\s+)?(?:a\s+|one\s+)?(?:percent|per cent|percentage point)(?![a-z])|(\d{1,2}|one|two|three|four|five)\s+and\s+(a\s+half|a\s+quarter|three\s+quarters)\s+(?:percent|per cent)(?![a-z])|(?:a|one)\s+(?:percent|per cent)\s+and\s+a\s+half(?![a-z]))/g;
const englishPercent = new RegExp(`(?<![a-z])(${englishNumberSource})\\s*(?:%|percent(?![a-z])|per cent(?![a-z])|(?:percentage )?points?(?![a-z])(?!\\s+(?:of|zero|one|two|three|four|five|six|seven|eight|nine|\\d)(?![a-z])))`, 'g');
/** "2 point 5 percent": digits with the point said as a word. */
const spokenPoint = /(?<![\d.])(\d{1,2})\s+point\s+(\d{1,3})\s*(?:%|percent(?![a-z])|per cent(?![a-z])|pct(?![a-z])|pc(?![a-z]))/g;
const tenths = /(?<![\d一二三四五六七八九十两])(十|10|[一二两三四五六七八九]|[1-9])成(半|[一二三四五六七八九]|[1-9])?(?![本都立功为员绩果交长熟品])/g;
/** "half a million", "a quarter of a million", "a million and a half": the share is of a scale word, so part of an amount. */
const ofScale = String.raw`(?!\s+(?:of\s+)?(?:a\s+|one\s+)?(?:thousand|grand|million|mil|billion)(?![a-z]))`;
const scaleAndA = String.raw`(?<!(?:thousand|grand|million|mil|billion)\s+and\s+a\s+)`;
/** A half: 一半, 减半, and 腰斩 ("cut at the waist") and 对半 too ("营收差不多腰斩"). */
/** "one and a half", "2 and a half": a number's half, not a share of 50 ("around one and a half" answers a rate). */
const numberAndA = String.raw`(?<!(?:one|two|three|four|five|six|seven|eight|nine|ten|\d)\s+and\s+a\s+)`;
const half = new RegExp(String.raw`(一半|减半|腰斩|对半|${scaleAndA}${numberAndA}(?<![a-z])half(?![a-z])${ofScale})`, 'g');
/**
 * A rate told by what was done to it, the figure it ended at: "降到0.8了", "下调至1.2", "现在0.8", "now 0.8", "cut it to
 * 1.2", "down to 0.8". Institutions answer the comprehensive rate this way ("综合费率降到0.8了"); the figure is the rate,
 * not a share left (降到 of the takings is a share left: that reading is the revenue's, see remainingBefore).
 */
const rateChangedTo = String.raw`(?:(?:已经|都|也|就|又|再)?(?:降到|降至|降低到|降低至|降为|降成|下调到|下调至|下调为|下调成|调到|调至|调整到|调整为|调低到|调低至|调成|调为|压到|压至|压低到|减到|减至|改成|改为|变成|变为|定在|定为)了?|(?:现在|目前|如今|眼下|后来)(?:是|为|只有|只收|收)?`
  + String.raw`|(?<![a-z])(?:(?:is |was |it'?s |we'?re |are )?(?:now|currently)(?: at| is| only)?|(?:(?:we |we'?ve |we have |they |i |it )?(?:came|come|went|gone|is|was|been|got|brought|cut|lowered|reduced|dropped|dropping|lowering|cutting|reducing)(?: it| them| the rate| our rate)? )?(?:down )?to|(?:we )?(?:now )?(?:charge|charged|charging))(?![a-z]))`;
/**
 * A rate said without its percent sign, after the word for it: "综合费率0.6", "费率是1.2", "fee is 1.5",
 * "rate 1.2", "rate last year was 0.6", "费率降到0.8" (rateChangedTo). Guarantee rates are a few percent, so only a figure
 * under 10 with no unit after it (not "费率1.5万", "rate 2 million") is read, as that many percent.
 */
const rateWordFigure = new RegExp(String.raw`(?:费率|(?<![a-z])(?<!interest |loan |lending )(?:fee rate|rate|fee))\s*(?:(?:去年|2020年?|那年|当时|in 2020|for 2020|last year|that year)\s*)?(?:(?:是|为|在|大概|大约|约|:|：|=|is|was|of|at|about|around|${rateChangedTo})\s*){0,2}(\d{1,2}(?:\.\d{1,3})?|[零一二两三四五六七八九]点[零一二三四五六七八九]{1,2})(?![\d.]|\s*(?:%|％|[万亿千百个块元点成]|(?:k|w|m|mn|bn|million|billion|thousand|yuan|rmb|percent|per cent|pct)(?![a-z])))`, 'g');
const maxBareRate = 10;
/** 五分之一, 三分之二: the share as a fraction. */
const zhFraction = new RegExp(`(${numeralRunSource})\\s*分之\\s*(${numeralRunSource})`, 'g');
/** "a fifth", "four fifths", "a quarter", "1/10 of": the English fractions owners use for a share. */
const denominators: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };
/**
 * "a third tenant", "a fifth shop", "one third unit": an ordinal before what it counts, no share ("oh wait i forgot a
 * third tenant, the total reduction was 45k" is a 45,000 total, not 33.33% of it).
 */
const ordinalNoun = String.raw`(?!\s+(?:(?:new|more|small|big|little|other|extra)\s+)?(?:tenants?|shops?|stores?|units?|branch(?:es)?|outlets?|locations?|sites?|leases?|landlords?|propert(?:y|ies)|buildings?|floors?|rooms?|offices?|restaurants?|one|ones|month|year|loan|company|firm|business|employee|staff|person|worker|time|contract|space|stall|lot)(?![a-z]))`;
// "60k a quarter", "rent 90,000 a quarter": a quarter right after an amount is the period it is paid for, not a share.
const englishFraction = new RegExp(`(?<![a-z\\d.])(?<!(?:\\d|[万元块]|(?<![a-z])(?:k|yuan|rmb|thousand|grand|million))\\s*)(a|one|two|three|four|five|six|seven|eight|nine|[1-9])[\\s-]+(thirds?|quarters?|fifths?|tenths?)(?![a-z])${ofScale}${ordinalNoun}|(?<![\\d/])(\\d)\\s*/\\s*(\\d{1,2})(?![\\d/])(?=\\s*(?:of|drop|decline|fall|loss|cut|down|less|lower|off)(?![a-z]))|(?<=(?:减|降|免|少收|(?<![a-z])(?:cut|by|knocked|took|reduced|lowered))\\s*(?:了|掉)?\\s*)(\\d)\\s*/\\s*(\\d{1,2})(?![\\d/])(?!\\s*(?:月|号|日))`, 'g');
/** Words before a share that is what is left: 只剩, 降到, 是去年的, "down to", "we're at". */
const remainingBefore = /(?:剩|剩下|降到|跌到|掉到|减到|缩到|降至|跌至|减至|变成|去年的|原来的|以前的|往年的|平时的|正常的|同期的|(?:down|dropped|fell|fallen|gone|went|decreased|shrunk|shrank|reduced|cut|slumped|declined|plunged)\s+to\s*|(?:we're|we are|it's|it is|sales are|revenue is|we were|it was)\s+(?:only |just |now )?at\s*)(?:了|到)?\s*$/;
/** "1/10 of the revenue" is what is left, but "lost 90% of the business" is the drop. */
const ofTakings = /^\s*of (?:the |our |all |last year'?s )?(?:revenue|sales|income|turnover|business|takings)/;
/** 只有, 才 before a share say what is left, unless a word of falling comes first ("降幅只有70%" is the drop). */
const onlyBefore = /(?:只有|仅有|只剩|仅剩|才)\s*$/;
const dropWord = /(?:降幅|降了|下降|跌了|跌幅|少了|减少|drop|fell by|down by|decline|lost)/;
const remainingAfter = /^\s*(?:左右|上下)?\s*(?:的(?:收入|营业额|营收|流水|生意))?\s*(?:of (?:last year|the year before|normal|usual|before|what (?:it|we) (?:was|were|used to|had|made|did)|the (?:usual|normal|previous|same)|our (?:usual|normal)|2019|pre-?covid)|left|remaining|of (?:our )?(?:revenue|sales|income|turnover) (?:last|in 2019))/;

/** The most percentages read from one message (owners give one or two), so the overlap check stays O(1). */
/** A half said as a word (减半, 一半, "half"): a share of something, never a rate of its own ("1.5%", "八成" are figures). */
const halfWord = /^(?:减半|一半|对半|腰斩|砍半|(?:by )?half|halved)$/i;
export function isHalfWord(mention: PercentMention): boolean {
  return halfWord.test(mention.text.trim());
}

export const maxPercentMentions = 12;

/** Every percentage in the text, in order of appearance; overlapping readings keep the first found. */
export function extractPercents(text: string, normalized: string = normalizeText(text)): PercentMention[] {
  const found: PercentMention[] = [];
  const add = (start: number, end: number, value: Decimal | null, of?: { part: Decimal | null; whole: Decimal | null }): void => {
    if (!value || value.greaterThan(100) || found.length >= maxPercentMentions) return;
    if (found.some((other) => start < other.end && other.start < end)) return;
    const mention: PercentMention = { value: value.toFixed(), start, end, text: text.slice(start, end) };
    if (of?.part && of.whole) mention.fraction = { part: of.part.toFixed(), whole: of.whole.toFixed() };
    found.push(mention);
  };
  if (/\d\s+point\s+\d/.test(normalized)) {
    for (const match of normalized.matchAll(spokenPoint)) add(match.index, match.index + match[0].length, new Decimal(`${match[1] ?? '0'}.${match[2] ?? '0'}`));
  }
  if (/point|\./.test(normalized) && /%|percent|per cent|pct/.test(normalized)) {
    for (const match of normalized.matchAll(pointPercent)) {
      const digits = [match[1], match[2]].filter((d) => d !== undefined).map((d) => (/\d/.test(d) ? d : String(parseEnglishNumber(d) ?? ''))).join('');
      add(match.index, match.index + match[0].length, digits === '' ? null : new Decimal(`0.${digits}`));
    }
  }
  if (/percent|per cent/.test(normalized) && /half|quarter/.test(normalized)) {
    for (const match of normalized.matchAll(partOfPercent)) {
      const part = match[2] === undefined ? null : (match[2] === 'half' ? new Decimal(0.5) : new Decimal(0.25).times(match[1] === 'three' ? 3 : 1));
      const whole = match[3] === undefined ? null : parseEnglishNumber(match[3]);
      const fractionOf = (words: string): Decimal => (words.endsWith('half') ? new Decimal(0.5) : words.startsWith('three') ? new Decimal(0.75) : new Decimal(0.25));
      const value = part ?? (whole ? whole.plus(fractionOf(match[4] ?? '')) : new Decimal(1.5));
      add(match.index, match.index + match[0].length, value);
    }
  }
  if (normalized.includes('半个')) {
    for (const match of normalized.matchAll(halfPoint)) add(match.index, match.index + match[0].length, new Decimal(0.5));
  }
  if (/[%个百千]|per ?cent|pct|point|pts?(?![a-z])|pc(?![a-z])|bp|basis/.test(normalized)) {
    let runs = 0;
    for (const match of normalized.matchAll(numeralRun)) {
      runs += 1;
      if (found.length >= maxPercentMentions || runs > maxNumeralRuns) break;
      const start = match.index;
      const end = start + match[0].length;
      const lead = normalized.slice(Math.max(0, start - 3), start);
      if (lead === '百分之' || lead === '千分之') {
        const value = parseNumeral(match[0]);
        add(start - 3, end, value && (lead === '千分之' ? value.div(10) : value));
        continue;
      }
      percentAfter.lastIndex = end;
      const unit = percentAfter.exec(normalized);
      if (!unit) continue;
      const value = parseNumeral(match[0]);
      const tenth = unit[1] === undefined ? null : parseNumeral(unit[1]);
      if (unit[1] !== undefined) add(start, percentAfter.lastIndex, value?.isInteger() && tenth ? value.plus(tenth.div(10)) : null);
      else add(start, percentAfter.lastIndex, value && (unit[3] ? value.plus(0.5) : unit[4] ? value.div(100) : value));
    }
  }
  if (/%|percent|per cent|point/.test(normalized)) {
    for (const match of normalized.matchAll(englishPercent)) add(match.index, match.index + match[0].length, parseEnglishNumber(match[1] ?? ''));
  }
  if (/费率|rate|fee/.test(normalized)) {
    for (const match of normalized.matchAll(rateWordFigure)) {
      const figure = match[1] ?? '';
      const start = match.index + match[0].length - figure.length;
      const value = parseNumeral(figure);
      if (value && value.lessThan(maxBareRate)) add(start, start + figure.length, value);
    }
  }
  if (normalized.includes('厘')) {
    // "1.5厘", "一厘二": fee rate talk (年息1厘 = 1%), read by the same grammar as a bare rate answer.
    for (const match of normalized.matchAll(liRate)) add(match.index, match.index + match[0].length, rateTalkValue(match[1], match[2]));
  }
  if (normalized.includes('成')) {
    for (const match of normalized.matchAll(tenths)) {
      if (found.length >= maxPercentMentions) break;
      const base = parseNumeral(match[1] ?? '');
      const extra = match[2] === '半' ? new Decimal(5) : match[2] ? parseNumeral(match[2]) : new Decimal(0);
      add(match.index, match.index + match[0].length, base && extra ? base.times(10).plus(extra) : null);
    }
  }
  if (normalized.includes('分之')) {
    for (const match of normalized.matchAll(zhFraction)) {
      if (found.length >= maxPercentMentions) break;
      const part = parseNumeral(match[2] ?? '');
      const whole = parseNumeral(match[1] ?? '');
      add(match.index, match.index + match[0].length, fraction(part, whole), { part, whole });
    }
  }
  if (/third|quarter|fifth|tenth|\//.test(normalized)) {
    for (const match of normalized.matchAll(englishFraction)) {
      if (found.length >= maxPercentMentions) break;
      const part = match[1] ? parseEnglishNumber(match[1] === 'a' ? 'one' : match[1]) : parseNumeral(match[3] ?? match[5] ?? '');
      const whole = match[2] ? new Decimal(denominators[match[2]] ?? 0) : parseNumeral(match[4] ?? match[6] ?? '');
      add(match.index, match.index + match[0].length, fraction(part, whole), { part, whole });
    }
  }
  if (/半|腰斩|half/.test(normalized)) {
    for (const match of normalized.matchAll(half)) if (found.length < maxPercentMentions) add(match.index, match.index + match[0].length, new Decimal(50));
  }
  for (const mention of found) {
    const before = normalized.slice(Math.max(0, mention.start - 16), mention.start);
    const only = onlyBefore.test(before) && !dropWord.test(normalized.slice(Math.max(0, mention.start - 14), mention.start));
    const ofWhole = ofTakings.test(normalized.slice(mention.end, mention.end + 40)) && !dropWord.test(normalized.slice(Math.max(0, mention.start - 14), mention.start));
    if (only || ofWhole || remainingBefore.test(before) || remainingAfter.test(normalized.slice(mention.end, mention.end + 40))) mention.remaining = true;
  }
  return found.sort((a, b) => a.start - b.start);
}

/** part ÷ whole as a percentage, to two places; null when either is missing or the share is over the whole. */
function fraction(part: Decimal | null, whole: Decimal | null): Decimal | null {
  if (!part || !whole || whole.isZero() || part.greaterThan(whole)) return null;
  return part.div(whole).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * Words around a rate said with no percent sign (an operator's "他说…" too): "收1.5", "年化1.5", "大概一点五吧", "about one
 * and a half", "1.5 per annum", and the figure it was brought to: "降到零点八", "now 0.8", "费率降到0.8了" (rateChangedTo).
 */
const rateLead = String.raw`(?:${rateChangedTo}|(?:(?:综合|担保)?费率|(?:the |our )?(?:fee |guarantee |comprehensive )?rate(?![a-z]))|(?:他|她|对方|客户|来电人|来电者)(?:说|称|讲)|(?:the )?caller (?:says|said)|(?:he|she|they) (?:says|said)|原来|原先|以前|当时|之前|一般|就是|就|是|(?:我们|咱们|我们公司|公司|我)?(?:只|就)?收了?(?:我们)?|年化|大概|大约|差不多|约|估计|好像|应该是|(?:the )?rate (?:was|is)|it was|it's|about|around|roughly|approximately|maybe|i think)`;
const bareRate = new RegExp(String.raw`^\s*(?:${rateLead}\s*){0,3}(一个半|两个半|${numeralRunSource}|${englishNumberSource})\s*(?:左右|上下|的样子|了|吧|啊|呢|per annum|a year|annually|p\.?a\.?|or so|maybe|i think|now)?\s*(?:了|吧|啊|呢)?\s*[.。!！,，]?\s*$`, 'i');
/** Guarantee rates are a few percent: a bare figure above this is no rate. */
const maxBareFeeRate = new Decimal(10);

/**
 * A rate told as a change, both figures bare: "从1.5降到0.8", "原来1.5 现在0.8", "was 1.5, now 0.8", "from 1.5 down to
 * 0.8". The first is the rate before, the second the rate it was brought to.
 */
const rateFigure = String.raw`(\d{1,2}(?:\.\d{1,3})?|[零一二两三四五六七八九]点[零一二三四五六七八九]{1,2}|[一二两三四五六七八九])\s*(?:%|％|个点|percent|个百分点)?`;
const rateFrom = String.raw`(?:从|由|原来(?:是|收)?|原先(?:是|收)?|以前(?:是|收)?|之前(?:是|收)?|本来(?:是|收)?|(?<![a-z])(?:from|was|used to be|originally|before))`;
const rateFromTo = new RegExp(String.raw`^\s*(?:${rateLead}\s*){0,2}${rateFrom}?\s*${rateFigure}\s*[,，、;；\s]*(?:然后|后来|再|and|but|then)?\s*(?:${rateChangedTo}|到|至|(?<![a-z])to(?![a-z]))\s*${rateFigure}\s*(?:了|吧|啊|左右)?\s*[.。!！,，]?\s*$`, 'i');
/**
 * A rate cut by so much, then the rate it came to: "比原来降了0.5个点 现在1.5", "降了半个点 到1.5", "cut by 0.5, now 1.5". The
 * first figure is the change, the second the rate; the rate before is not said as one (null for it).
 */
const rateBy = String.raw`(?:降了|减了|下调了|调低了|降低了|少了|低了|(?<![a-z])(?:cut|lowered|reduced|dropped|down)(?: it)? by)`;
const rateByThenTo = new RegExp(String.raw`^\s*(?:${rateLead}\s*){0,2}(?:比原来|比以前|比之前)?\s*${rateBy}\s*(?:半个点|${rateFigure})\s*[,，、;；\s]*(?:然后|后来|再|and|so|,)?\s*(?:${rateChangedTo}|到|至|(?<![a-z])to(?![a-z]))\s*${rateFigure}\s*(?:了|吧|啊|左右)?\s*[.。!！,，]?\s*$`, 'i');
/** A figure right after a word of cutting by ("降了0.5个点"): the size of the change, not the rate. */
const changedByEnd = new RegExp(String.raw`${rateBy}\s*$`, 'i');

/** Whether the words just before a rate figure say it is a change by so much ("降了", "cut by"), not a rate. */
export function rateChangedByJustBefore(before: string): boolean {
  return changedByEnd.test(before);
}

/**
 * A fee rate told as a change: of two figures ("从1.5降到0.8", "was 1.5, now 0.8", "费率1.5降成了1"), the one before or the
 * one it was brought to (`side`); cut by so much, then the rate ("降了半个点 到1.5"), only the rate it came to. Null when
 * the text tells no change, or not the side asked.
 * @example readRateChange('从1.5降到0.8', 'before') // '1.5'
 */
export function readRateChange(text: string, side: 'before' | 'now' = 'now', normalized: string = normalizeText(text)): string | null {
  const change = rateFromTo.exec(normalized);
  const by = change ? null : rateByThenTo.exec(normalized);
  const figure = change ? change[side === 'before' ? 1 : 2] : by && side === 'now' ? by[2] : undefined;
  const value = figure === undefined ? null : parseNumeral(figure);
  return value && value.gt(0) && value.lte(maxBareFeeRate) ? value.toFixed() : null;
}

/** A change word right before a figure: the figure is the rate it was brought to ("从1.5%降到0.8%": 0.8). */
const changedToEnd = new RegExp(String.raw`(?:${rateChangedTo})\s*$`);

/** Whether the words just before a rate figure say it is the rate brought to ("降到", "now", "cut to"), not the one before. */
export function rateChangedJustBefore(before: string): boolean {
  return changedToEnd.test(before);
}

/**
 * A guarantee rate given as a bare figure, answering the question for it: "收1.5" → 1.5, "零点五" → 0.5, "一个半" →
 * 1.5, "one point five" → 1.5, "1.5 per annum" → 1.5, "降到0.8了" → 0.8. Told as a change of two figures ("从1.5降到0.8"),
 * the rate asked for is the one before (`side: 'before'`, the rate before the halving) or the one it was brought to
 * (`'now'`, the institution's comprehensive rate). Null for anything else, or a figure no fee rate has.
 * @example readBareRate('年化1.5') // '1.5'
 */
export function readBareRate(text: string, side: 'before' | 'now' = 'now'): string | null {
  const normalized = normalizeText(text);
  if (rateFromTo.test(normalized) || rateByThenTo.test(normalized)) return readRateChange(text, side, normalized);
  const match = bareRate.exec(normalized);
  const words = match?.[1];
  if (words === undefined) return readRateTalk(normalized);
  // "降到0.75了" answering the rate before the halving gives only the rate after: no answer to that question.
  if (side === 'before' && match && changedToEnd.test(match[0].slice(0, match[0].lastIndexOf(words)))) return null;
  const value = words === '一个半' ? new Decimal(1.5) : words === '两个半' ? new Decimal(2.5)
    : /[a-z]/i.test(words) ? parseEnglishNumber(words) : parseNumeral(words);
  return value && value.gt(0) && value.lte(maxBareFeeRate) ? value.toFixed() : null;
}

/**
 * Rate talk in 厘 and 分, answering the fee rate: "1.5厘", "一厘二", "一分五", "两分". A guarantee fee is a yearly rate of a
 * few percent, and in yearly talk 1厘 is 1% (年息一厘) while 一分五 of a fee can only be 1.5% (15% a year no fee is): both
 * read as that many percent, the figure after the unit a tenth ("一厘二" 1.2). The result's working shows the rate taken.
 */
const rateTalk = new RegExp(String.raw`^\s*(?:(?:综合|担保|原来的?)?费率(?:是|为)?\s*)?(?:${rateLead}\s*){0,3}(\d(?:\.\d{1,2})?|[一二两三四五六七八九])\s*(厘|分)(?!钟|之|钱|半)\s*([零一二三四五六七八九\d])?\s*(?:左右|上下|吧|啊)?\s*[.。!！,，]?\s*$`);
const liRate = /(?<![\d.零一二两三四五六七八九十])(\d(?:\.\d{1,2})?|[一二两三四五六七八九])\s*厘(?!米)\s*([零一二三四五六七八九](?![十百千万])|\d(?![\d.]))?/g;
function rateTalkValue(wholeWords: string | undefined, tenthWords: string | undefined): Decimal | null {
  const whole = parseNumeral(wholeWords ?? '');
  const tenth = tenthWords === undefined ? new Decimal(0) : parseNumeral(tenthWords);
  if (!whole || !tenth || (tenthWords !== undefined && !whole.isInteger())) return null;
  const value = whole.plus(tenth.div(10));
  return value.gt(0) && value.lte(maxBareFeeRate) ? value : null;
}
function readRateTalk(normalized: string): string | null {
  const match = rateTalk.exec(normalized);
  return match ? rateTalkValue(match[1], match[3])?.toFixed() ?? null : null;
}
