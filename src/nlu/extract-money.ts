/**
 * Amounts of money in Chinese and English: 2万, 两万五, 2.5万, 一万五千块, 25,000, ¥25000, 3w, 3k, 壹万元,
 * 1.2亿, 3千5, "20k", "25 thousand", "2 million". Values are exact yuan strings (decimal.js, no floats).
 * Each mention says whether the amount is per month ("每月2万", "月租2万", "一个月两万") or a total
 * ("两个月一共4万", "总共"), and which months it is tied to ("三月2万，四月1.8万").
 *
 * What counts as money: a number with a currency word (元, 块, ¥, rmb, yuan), or with a magnitude
 * (千, 万, 亿, k, w, thousand, million), or a plain number of at least 100 with no other unit after it
 * (so "3家店", "20人", "2020年", "80%" are not money). Bare digit strings of eight or more digits are
 * phone numbers or IDs, not money. Amounts above 1e12 yuan (1万亿) are rejected as absurd, so
 * "9999999999999元" yields nothing; malformed numerals ("两万万") and numbers glued to letters
 * ("1e309") yield nothing; a minus sign is not read, so no value is ever negative.
 *
 * Not money either: a year ("2020", "in March 2020", "2019年"; 2019–2022 bare are always the years of
 * these measures, other years need a date beside them), a headcount ("两百来号人", "员工30", "a staff of
 * 200"). How exact the owner said it is kept ("一万多" is open-ended, "2万左右" is about), and so is a
 * currency other than yuan ("$3000", "3000美元"): the dialog asks rather than take dollars as yuan.
 * A per-year amount ("一年24万", "240k a year") says so in `per`.
 *
 * Linear in the message: each numeral run is read once, and every look around it is bounded by the
 * clauses between it and its neighbours or by a fixed window.
 *
 * @example
 *   extractMoney('每月2.5万')[0] // { value: '25000', per: 'month', months: [], start: 0, end: 5, text: '每月2.5万' }
 */
import { Decimal } from '../policy/money.js';
import type { MoneyMention } from './understanding.js';
import { clauseAfter, clauseBefore, normalizeText } from './normalize-text.js';
import { englishAmountSource, maxNumeralRuns, numeralRunSource, parseEnglishAmount, parseNumeral } from './numeral.js';
import { extractMonths, monthsRightBefore } from './extract-months.js';

/**
 * The most amounts read from one message. Owners give one to four ("3月2万，4月1.8万"); past a dozen it is
 * a paste or an attack, and bounding the count keeps the per-amount work (clauses, months, cues) from
 * adding up: the message is then read in one pass.
 */
export const maxMoneyMentions = 12;

/** The largest amount read as money: 1万亿 yuan. Anything larger in a chat about rent is a typo or a test. */
export const maxYuan = new Decimal('1e12');

const numeralRun = new RegExp(numeralRunSource, 'g');
const englishAmount = new RegExp(`(?<![a-z])${englishAmountSource}(?![a-z])`, 'g');
/** Whether the text may hold an amount in English words: a scale word, or a short scale after a word ("twenty two k"). */
const englishScaleWord = /hundred|thousand|grand|million|billion|[a-z][\s-](?:k|mil|mn|bn)(?![a-z])/;
/** A currency named before the number, in the few characters before it: group 1 is a foreign one. */
const currencyBefore = /(?:(us\$|\$|usd|美金|美元|hk\$|hkd|港币|港元|€|eur|欧元|£|gbp|英镑)|¥|rmb|cny|人民币)\s*$/;
const currencyWindow = 6;
/**
 * "20k", "3w", "1w8" (18,000, as 一万八: the digit after the magnitude counts the next unit down), "2 wan" (万 in pinyin), "2.4m" / "2.4mn" (million: a metre count is written 米 or with 平, m2), "1.2bn",
 * "20 grand", "5 yi" (亿 in pinyin, as expat owners write a guarantee total).
 */
const countedAfter = '\\s*[个共直起下样般天年周月人家次名位]';
const multiplierAfter = new RegExp(
  `\\s*(k|w|wan|yi|thousand|thou|grand|million|billion|mn|bn|mil|m)(?:(?<=[kwn])(\\d)(?![\\d.]|${countedAfter}))?(?![a-z²])(?!\\d(?!${countedAfter}))`, 'y');
const currencyAfter = /\s*(?:(美元|美金|刀(?![片具])|(?:(?:us|u\.s\.|american|hong kong|hk)\s+)?dollars?(?![a-z])|usd(?![a-z])|us\$|港币|港元|港纸|hkd(?![a-z])|欧元|euros?(?![a-z])|eur(?![a-z])|英镑|pounds?(?![a-z])|gbp(?![a-z]))|块钱|块|元|圆|人民币|rmb(?![a-z])|yuan(?![a-z])|cny(?![a-z])|kuai(?![a-z]))/y;
const foreignCodes: Array<[RegExp, string]> = [
  [/hk|港|hong kong/, 'HKD'], [/\$|usd|美|刀|dollar/, 'USD'], [/€|eur|欧/, 'EUR'], [/£|gbp|英镑|pound/, 'GBP'],
];
/**
 * Open-ended (多, 来, 余, 几, 出头, 挂零, "+", "plus"; not "9500 plus 1000", an addition) or about (左右, 上下, "or so", "-ish")
 * after the number. Not 来着, the particle of recalling ("一万七来着": it was 17,000, wasn't it).
 */
const approximateAfter = /\s*(?:(多|来(?!着)|余|几|出头|开外|挂零|\+(?!\s*\d)|plus(?![a-z])(?!\s*(?:rmb|¥|\d))|odd(?![a-z]))|(左右|上下|or so(?![a-z])|-?ish(?![a-z])))/y;
/**
 * About (大概, 差不多, 约, around; not "what about") or open-ended (超过, 小 of "小两万" = not quite 20,000, more than, over)
 * just before the number.
 */
const approximateBefore = /(?:(超过|多于|不止|以上|(?<![\u4e00-\u9fff])小|(?<=[月租是了])小|more than|over|above|upwards of)|(大概|大约|差不多|约|将近|接近|估计|左右|approximately|approx\.?|(?<!what |how )about|around|roughly|nearly|almost|circa|~))\s*(?:是|有|为|在)?\s*$/;
const approximateWindow = 16;
/** "十几万", "三百来万": a word of approximation, then the magnitude. */
const magnitudeAfterApproximate = /^\s*(?:多|来|余|几)\s*(?:万|亿)/;
const multipliers: Record<string, number> = { k: 1e3, w: 1e4, wan: 1e4, yi: 1e8, thousand: 1e3, thou: 1e3, grand: 1e3, million: 1e6, mn: 1e6, mil: 1e6, m: 1e6, billion: 1e9, bn: 1e9, 万: 1e4, 亿: 1e8 };
const countedMagnitude = /\s*个\s*(亿|万|w(?![a-z]))/y;
/** Units that say a number counts something other than money. */
const otherUnitAfter =
  /\s*(?:来|多|余|几)?\s*(?:%|percent|per cent|pct|pc\b|bps?\b|basis points?|成|分之|个|月|号|日|年|人|名|家|岁|天|周|次|位|倍|点|楼|层|室|平|米|度|分|秒|小时|所|间|条|项|张|台|辆|份|种|折|口|员工|职工|伙计|months?\b|people|persons?|pax\b|staff|employees|workers|years?\b|days?\b|weeks?\b|times\b|stores?\b|shops?\b|branches\b|tenants?\b|desks?\b|seats?\b|workstations?\b|rooms?\b|units?\b|start-?ups?\b|companies\b|firms?\b|businesses\b|stalls?\b|booths?\b|studios?\b|smes?\b|restaurants?\b|sq|m2|㎡)/y;
const notMoneyBefore = /(?:百分之|千分之|第|周|星期|礼拜|\d-|[a-z])$/;
/** A headcount named before the number: "员工30", "人数：200", "a staff of 200", "headcount 45". */
const headcountBefore = /(?:员工|职工|人数|雇员|人员|staff|employees|headcount|workers|team|workforce)\s*(?:of|is|are|was|:|：|有|共|一共|总共)?\s*(?:about|around|大概|大约)?\s*$/;
const headcountWindow = 24;
/** The years a bare number in a chat about these measures is read as, whatever surrounds it. */
const policyYear = /^20(?:19|2[012])$/;
const anyYear = /^(?:19[5-9]\d|20[0-4]\d)$/;
/** Words before a year: "in 2020", "since 2018", "founded 2016", "March 2020", "2020年". */
const yearBefore = /(?:(?:in|since|during|until|till|year|early|late|mid|founded|established|est\.?|incorporated|opened|started|set up|launched)[\s-]*|(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec)\.?,?\s*|\d{1,2}[-/.]|年|去年|今年)$/;
const yearAfter = /^(?:[-/.]\d{1,2}(?!\d)|\s*(?:年|-|–|to\s+20\d\d))/;
/** Today's date told against the notice's 2020: "It is 2026.", "现在都2026了", "2026 now" (never a 2,026-yuan rent). */
const laterYear = /^20(?:2[3-9]|[34]\d)$/;
const nowBefore = /(?:it is|it'?s|its|now|today is|this is|现在(?:是|都)?|已经(?:是|都)?|都)\s*$/;
const nowAfter = /^\s*(?:now|already|了|年了)(?![a-z])/;

/** "10000 in March", "12k for april", "9000 for the month of march": the words that tie a month to the amount before it. */
const monthLeadAfter = /^\s*(?:元|块|yuan|rmb)?\s*(?:in|for|during|of)\s+(?:the month of\s+)?(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/;
const monthCues = /(每个?月|月租金?|月均|单月|月付|包月|一个月|1个月|各|per month|a month|each month|monthly|every month|each)/g;
const totalCues =
  /(一共|总共|共计|合计|总计|加起来|总额|累计|共|in total|total|altogether|(?<![a-z])together|overall|combined|both months|(?:两|二|三|四|五|六|七|八|九|十|几|[2-9]|\d{2})个月|(?:two|three|four|[2-9]) months)/g;
/** Per year: 每年, 一年, 年租金 (not 2020年租金), "a year", annual; not 半年付, 半年均 (per half year). */
const yearCues = /((?<![\d〇零一二三四五六七八九十两半])年租金?|每年|一年|全年|(?<!半)年付|(?<!半)年均|一整年|a year|per year|per annum|annual(?:ly)?|yearly|each year|every year|for the year)/g;
/** Per quarter (季度, "a quarter") and per half year (半年, "every six months"): the rent is paid that way ("a quarter off" is a share). */
const quarterCues = /(季度|季付|季租|按季|付三|三个月一(?:交|付)|每三个月|(?:a|per|each|every) quarter(?!\s+(?:off|of)(?![a-z]))|quarterly|every (?:three|3) months)/g;
const halfYearCues = /(半年|half a year|half-year|half year|every six months|semi-?annual(?:ly)?)/g;
const quarterCueAfter = /^\s*(?:\/\s*季度?|每季度?|一个?季度|(?:a|per|each|every) quarter|quarterly|\/\s*(?:quarter|qtr)\b|every (?:three|3) months)/;
const halfYearCueAfter = /^\s*(?:\/\s*半年|每半年|半年|(?:every|per|each) (?:six months|half[- ]year)|semi-?annually|half-yearly)/;
const yearCueAfter = /^\s*(?:\/年|每年|一年|一整年|a year|per year|\/year|\/yr\b|annually|per annum|yearly|for the (?:whole )?year)/;
const monthCueAfter = /^\s*(?:\/个?月|每个?月|一个月|per month|a month|\/month|\/mo\b|monthly|each month|every month)/;
/** "36k for March and April together", "20k for both months combined": a total for the months named after it. */
const totalCueAfter = /^\s*(?:(?:两|二|三|[2-9])个月|in total|total|altogether|together|combined|for (?:the )?(?:two|both|2) months|for both|(?:for|in|over) (?:march|mar)\.?\s*(?:and|&|\+|-|–|to|through)\s*(?:april|apr)\.?\s*(?:together|combined|in total|total|altogether))/;

interface Candidate {
  value: Decimal;
  start: number;
  end: number;
  approximate: MoneyMention['approximate'];
  currency: string;
}

/** Every amount of money in the text, in order of appearance. */
export function extractMoney(text: string, normalized: string = normalizeText(text)): MoneyMention[] {
  const candidates = findAmounts(normalized);
  let takings = false;
  let previousPer: MoneyMention['per'] = null;
  // "10000 in March and 12000 in April": a month named right after an amount is that amount's, so it is not
  // read again as the month before the next one.
  const monthsRightAfter = candidates.map((candidate, index) => {
    const ceiling = candidates[index + 1]?.start ?? normalized.length;
    const lead = monthLeadAfter.exec(normalized.slice(candidate.end, ceiling));
    if (!lead) return [];
    const after = clauseAfter(normalized, candidate.end + lead[0].length, ceiling);
    const from = candidate.end + lead[0].length;
    return extractMonths(text.slice(from, from + after.length), after);
  });
  return candidates.map((candidate, index) => {
    const floor = candidates[index - 1]?.end ?? 0;
    const ceiling = candidates[index + 1]?.start ?? normalized.length;
    const before = clauseBefore(normalized, candidate.start, floor);
    const after = clauseAfter(normalized, candidate.end, ceiling);
    const previousTookIt = (monthsRightAfter[index - 1]?.length ?? 0) > 0;
    let months = monthsRightAfter[index] ?? [];
    if (months.length === 0 && !previousTookIt) months = extractMonths(text.slice(candidate.start - before.length, candidate.start), before);
    // "4月份其实涨租了 3月3万": of several months before the amount, the one right before it is its own.
    if (months.length > 1) {
      const adjacent = monthsRightBefore(before);
      if (adjacent.length > 0) months = adjacent;
    }
    if (months.length === 0) months = extractMonths(text.slice(candidate.end, candidate.end + after.length), after);
    // In the same clause as the amount before it ("一年30来万 合同上是30万整"), an amount with no cue of its own
    // is the same kind: per the same period, and takings until a rent is named ("去年营业额100万今年20万").
    const joined = index > 0 && candidate.start - before.length === floor;
    takings = namedRevenue(before, after) || (takings && (joined || comparedYears.test(before)) && lastIndex(before, rentWords) < 0);
    const per = readPer(before, after, months) ?? (joined ? previousPer : null);
    previousPer = per;
    return {
      value: candidate.value.toFixed(),
      per,
      ...(takings ? { revenue: true as const } : {}),
      approximate: candidate.approximate,
      currency: candidate.currency,
      months,
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
    };
  });
}

/**
 * Phone numbers typed in groups, whose pieces would each read as a number: "138 0000 1234", "+86 139-1111-2222",
 * "010-6612 3456", and "6612 3456" after a word for a phone. (An unbroken run of eight digits or more is never money.)
 */
const phoneNumber = /(?<![\d.])(?:(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}|0\d{2,3}[\s-]?\d{3,4}[\s-]?\d{4}|(?<=(?:电话|手机|座机|号码|联系方式|tel|phone|number|call|reach)[^\d]{0,8})\d{4}[\s-]\d{4})(?!\d|[.,]\d)/g;

/** The citizens' hotline 12345, named as the operator's desk or the number called: "12345 hotline here", "12345热线转来", "打12345". */
const hotlineNumber = /(?<![\d.])12345(?=\s*(?:热线|市民热线|服务热线|转|来电|打来|接到|(?<![a-z])(?:hotline|helpline|citizen|service line|operator|call centre|call center|here|speaking|desk)(?![a-z])))|(?<=(?:打|拨打|拨|致电|打了|打过|拨过|(?<![a-z])(?:call(?:ed|ing)?|dial(?:led|ed|ing)?|rang|ring|phoned))\s*(?:the\s+)?)12345(?![\d.])/g;

/** Where the phone numbers of the text are, as [start, end) pairs; none in most messages (no digit group apart). */
function phoneSpans(normalized: string): Array<[number, number]> {
  const spans = (pattern: RegExp): Array<[number, number]> => [...normalized.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
  const hotline = normalized.includes('12345') ? spans(hotlineNumber) : [];
  if (!/\d[\s-]\d/.test(normalized)) return hotline;
  return [...hotline, ...spans(phoneNumber)];
}

/**
 * "twenty-odd thousand", "20-something k", "thirty odd grand": a word of approximation between the number and
 * its scale. Read as the round figure, open-ended ('over'), so the dialog asks for the exact amount.
 */
const oddBeforeScale = /(?<=[a-z\d])[\s-]+(?:odd|something|some)(?=[\s-]+(?:k|thousand|grand|million|mil|mn|m|billion|bn|w|wan)(?![a-z]))/g;

/**
 * A decimal comma before an English scale: "8,8k", "12,5k", "1,5 million" (European typing) are 8.8k, 12.5k and 1.5
 * million; a thousands comma always has three digits after it ("8,800"). Not before 万 / w: "2,3万" may be 两三万.
 */
const decimalComma = /(?<![\d,.])(\d{1,3}),(\d{1,2})(?=\s*(?:k|thousand|grand|million|mil|mn|m|bn|billion)(?![a-z\d]))/g;

function findAmounts(text: string): Candidate[] {
  // The approximation words are blanked out (same length, so offsets hold) and the amounts they split marked.
  const odd = /odd|some/.test(text) ? [...text.matchAll(oddBeforeScale)].map((m): [number, number] => [m.index, m.index + m[0].length]) : [];
  const blanked = odd.length === 0 ? text : text.replace(oddBeforeScale, (word) => ' '.repeat(word.length));
  const normalized = blanked.includes(',') ? blanked.replace(decimalComma, '$1.$2') : blanked;
  const found = readAmounts(normalized);
  for (const candidate of found) {
    if (odd.some(([start, end]) => start >= candidate.start && end <= candidate.end)) candidate.approximate = 'over';
  }
  return found;
}

function readAmounts(normalized: string): Candidate[] {
  const found: Candidate[] = [];
  const phones = phoneSpans(normalized);
  let runs = 0;
  for (const match of normalized.matchAll(numeralRun)) {
    runs += 1;
    if (found.length >= maxMoneyMentions || runs > maxNumeralRuns) break;
    const runStart = match.index;
    if (phones.some(([start, end]) => runStart >= start && runStart < end)) continue;
    const run = trimCountedDigit(match[0], normalized.charAt(runStart + match[0].length));
    let end = runStart + run.length;
    // Only a few characters before the number can name its currency: never re-read the whole message.
    const prefix = currencyBefore.exec(normalized.slice(Math.max(0, runStart - currencyWindow), runStart));
    multiplierAfter.lastIndex = end;
    countedMagnitude.lastIndex = end;
    // "两个亿", "3个万", "50个w": the magnitude counted with 个 is still the amount's unit.
    const multiplier = multiplierAfter.exec(normalized) ?? (/[亿万]/.test(run) ? null : countedMagnitude.exec(normalized));
    if (multiplier) end = multiplier.index + multiplier[0].length;
    // "3、4月", "第2条": a bare number under 100 is never money; skip it before building a Decimal.
    if (!prefix && !multiplier && /^(?:\d{1,2}|[零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾幺])$/.test(run) && !currencyAhead(normalized, end)
      && !magnitudeAfterApproximate.test(normalized.slice(end, end + 4))) continue;
    const parsed = !multiplier && europeanThousands(run, normalized.slice(end, end + 8)) ? new Decimal(run.replace(/\./g, '')) : parseNumeral(run);
    if (!parsed) continue;
    const candidate = amountAt(normalized, runStart, run, end, parsed, prefix, multiplier);
    if (candidate) found.push(candidate);
  }
  // "eight thousand five hundred", "twenty-five thousand": amounts in English words, where no digit stands.
  if (found.length < maxMoneyMentions && englishScaleWord.test(normalized)) {
    for (const match of normalized.matchAll(englishAmount)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.length >= maxMoneyMentions || found.some((c) => c.start < end && start < c.end)) continue;
      const parsed = parseEnglishAmount(match[0]);
      const prefix = currencyBefore.exec(normalized.slice(Math.max(0, start - currencyWindow), start));
      const candidate = parsed ? amountAt(normalized, start, match[0], end, parsed, prefix, null) : null;
      if (candidate) found.push(candidate);
    }
    found.sort((a, b) => a.start - b.start);
  }
  return found;
}

/**
 * The amount a number read at `runStart` makes, with what stands around it (how exact, which currency), or
 * null when it is no amount of money (a count, a year, a phone number).
 */
function amountAt(
  normalized: string, runStart: number, run: string, runEnd: number, parsed: Decimal,
  prefix: RegExpExecArray | null, multiplier: RegExpExecArray | null,
): Candidate | null {
  let end = runEnd;
  let approximate = readApproximate(normalized, end);
  if (approximate) end = approximateAfter.lastIndex;
  // "三百来万", "两千多万", "十几万": the magnitude comes after the word of approximation.
  const lateMagnitude = approximate && !multiplier ? /^\s*(万|亿)/.exec(normalized.slice(end, end + 3)) : null;
  if (lateMagnitude) end += lateMagnitude[0].length;
  currencyAfter.lastIndex = end;
  const currency = currencyAfter.exec(normalized);
  if (currency) end = currencyAfter.lastIndex;
  if (!approximate && currency) {
    approximate = readApproximate(normalized, end);
    if (approximate) end = approximateAfter.lastIndex;
  }
  const scale = multiplier ? (multipliers[multiplier[1] ?? ''] ?? 1) : 1;
  // "1w8", "3k5": a digit after the magnitude is a tenth of it, as in 一万八 and 3千5.
  const shorthand = multiplier?.[2] === undefined ? 0 : (Number(multiplier[2]) * scale) / 10;
  const value = parsed.times(scale).plus(shorthand).times(lateMagnitude ? (multipliers[lateMagnitude[1] ?? ''] ?? 1) : 1);
  // "两个月加一块儿免了八十六万", "算一块": 一块(儿) there is "together", not one yuan.
  if (currency?.[0].trim() === '块' && run === '一' && (/^儿(?!钱)/.test(normalized.slice(end)) || /[加在合放算凑搁到]$/.test(normalized.slice(0, runStart)))) return null;
  const hasCurrency = prefix !== null || currency !== null;
  if (!hasCurrency && !isBareAmount(normalized, run, runStart, end, value, multiplier !== null || lateMagnitude !== null)) return null;
  if (/[a-z\d]/.test(normalized.charAt(end)) && !hasCurrency) return null; // 1e309, 3x4
  if (value.greaterThan(maxYuan)) return null;
  const start = prefix ? runStart - prefix[0].length : runStart;
  const lead = approximateBefore.exec(normalized.slice(Math.max(0, start - approximateWindow), start));
  approximate ??= lead ? (lead[1] ? 'over' : 'about') : null;
  return { value, start, end, approximate, currency: foreignCurrency(prefix?.[1] ?? currency?.[1]) };
}

/** "20.000", "1.250.000": the dot as a thousands separator, as much of Europe writes it; never before a percent. */
const dottedThousands = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const percentNext = /^\s*(?:%|％|percent|per cent|pct|个点|点)/;
function europeanThousands(run: string, after: string): boolean {
  return dottedThousands.test(run) && !percentNext.test(after);
}

/** Whether a currency word follows at `at`, past an approximate word ("十来块"). */
function currencyAhead(normalized: string, at: number): boolean {
  approximateAfter.lastIndex = at;
  const from = approximateAfter.exec(normalized) ? approximateAfter.lastIndex : at;
  currencyAfter.lastIndex = from;
  return currencyAfter.test(normalized);
}

function readApproximate(normalized: string, at: number): MoneyMention['approximate'] {
  approximateAfter.lastIndex = at;
  const match = approximateAfter.exec(normalized);
  if (!match) return null;
  return match[1] ? 'over' : 'about';
}

function foreignCurrency(word: string | undefined): string {
  if (!word) return 'CNY';
  return foreignCodes.find(([pattern]) => pattern.test(word))?.[1] ?? 'USD';
}

/**
 * 两万一个月, 2万两个月, 9500一个月: the last digit counts the months, not the thousands, so it leaves the run
 * (after Arabic digits a Chinese digit never continues the number: "9500一" is no numeral).
 * @example trimCountedDigit('两万一', '个') // '两万'
 * @example trimCountedDigit('两万二一', '个') // '两万二'
 * @example trimCountedDigit('9500一', '个') // '9500'
 */
function trimCountedDigit(run: string, next: string): string {
  return /(?:[千万亿](?:[一二两三四五六七八九]|\d)?|\d)[一二两三四五六七八九]$/.test(run) && /[个共直起下样般天年周月人家次名位]/.test(next) ? run.slice(0, -1) : run;
}

/** A number with no currency word is money only when its size and surroundings say so. */
function isBareAmount(normalized: string, run: string, runStart: number, end: number, value: Decimal, multiplied: boolean): boolean {
  if (notMoneyBefore.test(normalized.slice(Math.max(0, runStart - 3), runStart))) return false;
  otherUnitAfter.lastIndex = runStart + run.length;
  // The run's own end (before 多, 来: "一百来人") unless a magnitude follows it ("两个亿").
  if (!multiplied && otherUnitAfter.test(normalized)) return false;
  otherUnitAfter.lastIndex = end;
  if (otherUnitAfter.test(normalized)) return false;
  if (headcountBefore.test(normalized.slice(Math.max(0, runStart - headcountWindow), runStart))) return false;
  if (multiplied || /[千万亿仟]/.test(run)) return true;
  if (isYear(normalized, run, runStart, end, value)) return false;
  if (yearDotMonth.test(run)) return false; // "2019.6签的": a year and a month
  if (/^\d{8,}$/.test(run)) return false; // phone numbers and IDs
  return value.greaterThanOrEqualTo(100);
}

/** "2019.6", "2020.03": a year and its month written with a point, no amount unless a currency is named. */
const yearDotMonth = /^(?:19[5-9]\d|20[0-4]\d)\.(?:0?[1-9]|1[0-2])$/;

/** "2020", "in 2019", "March 2020", "2020-03": a year, not an amount. */
function isYear(normalized: string, run: string, runStart: number, end: number, value: Decimal): boolean {
  const digits = value.toFixed();
  if (!/^\d{4}$/.test(run) && !/^[零〇一二三四五六七八九]{4}$/.test(run)) return false;
  if (policyYear.test(digits)) return true;
  if (!anyYear.test(digits)) return false;
  if (laterYear.test(digits) && (nowBefore.test(normalized.slice(Math.max(0, runStart - 12), runStart)) || nowAfter.test(normalized.slice(end, end + 6)))) return true;
  return yearBefore.test(normalized.slice(Math.max(0, runStart - 12), runStart)) || yearAfter.test(normalized.slice(end, end + 10));
}

/** The cue nearest the amount decides; with none, an amount tied to one named month is that month's. */
function readPer(before: string, after: string, months: number[]): MoneyMention['per'] {
  const monthAt = lastIndex(before, monthCues);
  const totalAt = lastIndex(before, totalCues);
  const yearAt = lastIndex(before, yearCues);
  if (monthCueAfter.test(after)) return 'month';
  if (quarterCueAfter.test(after)) return 'quarter';
  if (halfYearCueAfter.test(after)) return 'halfYear';
  if (yearCueAfter.test(after)) return 'year';
  if (totalCueAfter.test(after)) return 'total';
  // "一个季度6万", "半年交12万": the longer period named nearest before the amount, unless a month or total is nearer.
  const quarterAt = lastIndex(before, quarterCues);
  const halfYearAt = lastIndex(before, halfYearCues);
  const nearest = Math.max(monthAt, totalAt, yearAt);
  if (quarterAt > nearest && quarterAt >= halfYearAt) return 'quarter';
  if (halfYearAt > nearest) return 'halfYear';
  if (yearAt > monthAt && yearAt > totalAt) return 'year';
  if (monthAt >= 0 || totalAt >= 0) return monthAt > totalAt ? 'month' : 'total';
  return months.length === 1 ? 'month' : null;
}

/** Takings named: 营业额, 营收, revenue, turnover (a landlord's 租金收入 or "rental income" is rent, not takings). */
const revenueWords = /(营业额|营业收入|营收|销售额|销售收入|流水|产值|(?<![租金])收入|revenue|turnover|(?<![a-z])sales(?![a-z])|takings|(?<!rental )income)/g;
const comparedYears = /(今年|去年|同期|this year|last year)/;
const rentWords = /(房租|租金|月租|年租|(?<![a-z])rent(?![a-z]))/g;
const revenueAfter = /^\s*(?:的|元的|块的)?\s*(?:in |of |a year in |annual |yearly )?(营业额|营业收入|营收|销售额|流水|revenue|turnover|(?<![a-z])sales(?![a-z])|takings)/;

/** Whether the amount is named as takings: a revenue word after it, or nearer before it than a rent word. */
function namedRevenue(before: string, after: string): boolean {
  if (revenueAfter.test(after)) return true;
  const revenueAt = lastIndex(before, revenueWords);
  return revenueAt >= 0 && revenueAt > lastIndex(before, rentWords);
}

function lastIndex(text: string, pattern: RegExp): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index + match[0].length;
  return last;
}
