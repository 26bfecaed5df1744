/**
 * The total rent a landlord reduced, read the way landlords say it: a total ("两个月一共4.8万", "16000
 * altogether"), an amount per month named ("3月减了1万 4月减了8000" → 18,000), an amount per month times the
 * months ("每月减6000减了俩月", "both months at 8k each" → 16,000), per tenant times the tenants ("三个租户每家减了
 * 5000", "each of our 4 tenants got 10k off"), or a share of a stated rent ("月租3万，打了五折，减了两个月" →
 * 30,000; "half of 20k for March and April" → 20,000; "rent 15k a month, waived in full for march and april"
 * → 30,000). The arithmetic is returned beside the total, so the reply can show how it was read.
 *
 * Only the amounts already found (extractMoney) and the message's months are read, with a few looks of fixed
 * size around each amount: linear in the message.
 *
 * @example
 *   readReduction('每月减6000减了俩月', entities) // { value: '12000', how: { base: '6000', months: 2 } }
 */
import { Decimal } from '../policy/money.js';
import type { Entities, MoneyMention, PercentMention } from './understanding.js';
import { clauseAfter, clauseBefore, normalizeText } from './normalize-text.js';
import { parseEnglishNumber, parseNumeral } from './numeral.js';

/** How the total was made: amounts added up, or an amount times a share, a number of tenants and of months. */
export interface ReductionArithmetic {
  /** Amounts added up ("3月1万 4月8000"). */
  sum?: string[];
  /** The amount multiplied: a reduction per month or per tenant, or the rent a share is taken of. */
  base?: string;
  /** How the base was made, when not said as one: the rent before and after ("从2万降到1.5万"), or rents added up. */
  baseOf?: { op: '+' | '-'; values: string[] };
  /** The share of the rent reduced, as a percentage ("五折" → "50"), or as a fraction when its percentage never ends ("1/3"). */
  share?: string;
  tenants?: number;
  months?: number;
  /** Each tenant's reduction, added up ("A家减了两万，B家一万五，剩下三家每家八千"): each its base times its own count. */
  parts?: ReductionPart[];
}

/** One tenant's (or one group's) part of a listed reduction: the amount said, times the tenants and months it is for. */
export interface ReductionPart {
  base: string;
  tenants?: number;
  months?: number;
}

export interface ReductionReading {
  value: string;
  /** null when the amount was taken as said. */
  how: ReductionArithmetic | null;
}

const window = 16;
/** A total said in so many words, just before or after the amount. */
const totalBefore = /(一共|总共|共计|合计|总计|加起来|累计|总额|共|in total|total(?:ling|ing)?|altogether|all together|all in all|overall|combined|all told|sum of)\s*(?:是|为|减了|减免了?|免了|of|is|was|:|：)?\s*$/;
const totalAfter = /^\s*(?:元|块|yuan|rmb)?\s*(?:in total|total|altogether|all together|overall|combined|all told|in all)(?![a-z])/;
/** The rent itself named at the amount ("月租3万", "租金每月2万", "rent is 15k", "a 50,000 monthly rent", "half of 20k"). */
const rentBefore = /((?<![\d一二三四五六七八九十两、])月租金?(?:加起来|加一块|合计|总计|一共|总共|共计)|月租金?|租金|房租|(?<![a-z])rent(?:al)?s?(?:\s+(?:is|was|of|at|total|in total|are|were))?|(?<![a-z])(?:tenants?|shops?|who(?:'re| are)?|one|each|they(?:'re| are)?)\s+pay(?:s|ing)?|(?:half|%|percent|一半)\s+of(?:\s+the)?(?:\s+rent(?:\s+of)?)?)\s*(?:分别|各自|各)?\s*(?:是|为|:|：|每个?月|一个月|每月是)?\s*(?:a|the)?\s*$/;
const rentAfter = /^\s*(?:元|块|yuan|rmb)?\s*(?:(?:a|per|each)\s+month\s+)?(?:的|of)?\s*(?:monthly\s+)?(?:rent|租金|房租|月租)|^\s*(?:元|块)?的(?:一半|\d+%|百分之)/;
/** A word of reducing right before the amount: that amount is the reduction, not the rent. */
const reducedBefore = /(减|免|少收|让利|优惠|降|cut|reduc\w*|off|knock\w*|waiv\w*|forg[ai]ve\w*|gave|got|discount\w*|less)\s*(?:了|掉|by|of|them|our tenants?|the tenants?)?\s*(?:每个?月|每家|每户)?\s*(?:大约|大概|约|差不多|将近|approx\.?|approximately|about|around|roughly|nearly|almost|some)?\s*$/;
const offAfter = /^\s*(?:元|块|yuan)?\s*off(?![a-z])/;
/** "8k each", "每家减5000各": the amount is per unit (a tenant, or a month). */
const eachAfter = /^\s*(?:元|块|yuan|rmb)?\s*(?:each|apiece|a piece|per head)(?![a-z])/;
const perMonthAfter = /^\s*(?:元|块|yuan|rmb)?\s*(?:(?:off|discount|reduction|less)\s+)?(?:(?:each|apiece)\s+)?(?:(?:each|every|a|per)\s+month|monthly|\/\s*(?:个?月|mo(?:nth)?))/;
/** A share of the rent: 打五折 (50% off), 八五折 (15% off). */
const discount = /打?\s*([一二三四五六七八九]{1,2}|\d(?:\.\d)?)\s*折/;
/**
 * The months themselves named as what was reduced: "给租户减了3月4月两个月房租", "免了三、四月的租金", "cut their march and
 * april rent": those months' rent, in full (a share said after it, "房租的一半", is read before this).
 */
const namedMonthsWaived = /(?:减|免|少收)(?:了|掉|免了)?(?:租户|商户|他们|人家|对方)?的?\s*(?:[\d一二三四五六七八九十、和与及至到~\-\s]*月份?){2,3}(?:[两俩二三\d]\s*个月)?的?\s*(?:房租|租金|租)(?!的?\s*(?:一半|百分之|\d+(?:\.\d+)?\s*%|[\d一二三四五六七八九]成|打|[\d一二三四五六七八九]折))|(?<![a-z])(?:cut|reduced|waived|forgave|dropped)\s+(?:(?:our|their|the|my)\s+(?:tenants?'?s?\s+)?)?(?:march|mar)\s+(?:and|&|\+)\s+(?:april|apr)\s+rent(?![a-z])(?!\s+(?:by|in half))/;
/** Whether the rent was waived in full: said so, or the months named as what was reduced. */
function waivedInFullWords(normalized: string): boolean {
  return fullWaiver.test(normalized) || namedMonthsWaived.test(normalized);
}
/** The rent waived in full: the amount with it, when it is the rent, is the reduction itself. */
const fullWaiver = /(全免|全部免|都免|免了|免掉|免收|免租|不收|没收|waiv|rent[- ]free|rent holiday|rent-free period|free months?(?![a-z])|for free|forgave|forgiven|didn'?t charge|did not charge|no rent|(?:减|免|少收)(?:了|掉)?(?:半个|一个半|两个半|[一二两三四五六\d]个)月|(?<![a-z])(?:half a|a|one|two|three|\d) months?'?s?'? (?:rent )?(?:off|free)|(?:cut|took|knocked|waived|forgave|gave)\s+(?:them\s+|the tenants?\s+)?(?:half a|a|one|two|three|\d)\s+months?'?s?'?\s+(?:rent|off)|(?<![a-z])(?:march|april|mar|apr|months)\s+(?:rent\s+)?(?:for\s+)?free(?![a-z])|(?<![a-z])let\s+(?:them|both|the tenants?|both tenants|all (?:of )?them)\s+off(?![a-z]))/;

/**
 * The subsidy's own rate quoted ("补贴是不是百分之三十", "补30%的那个", "is the subsidy 30%?", "30% back?"): not a share of the rent reduced.
 */
const rateOfSubsidyBefore = /(补贴|补助|补|返还?|(?<![a-z])subsid\w*|(?<![a-z])get back)\s*(?:是不是|是|为|有|能有|就是|of|is|at|be)?\s*$/;
const rateOfSubsidyAfter = /^\s*(?:的)?(?:补贴|补助|subsidy)|^\s*(?:吗|么|嘛|呢|对吧|[?？])|^\s*back(?![a-z])/;

/** A share said right after a word of reducing ("减了三成 补贴咋算", "cut by 30%"): the rent's share, whatever follows. */
const shareReducedBefore = /(减|免|降|少收|让利|cut|reduc\w*|lowered|discount\w*)\s*(?:了|掉|by|of)?\s*$/;

function subsidyRate(normalized: string, percent: PercentMention): boolean {
  if (shareReducedBefore.test(normalized.slice(Math.max(0, percent.start - window), percent.start))) return false;
  return rateOfSubsidyBefore.test(normalized.slice(Math.max(0, percent.start - window), percent.start))
    || rateOfSubsidyAfter.test(normalized.slice(percent.end, percent.end + window));
}

const halfOfMonth = /half a month|months? and a half|(?:one|1) and a half months?|半个月|个半月/;

/** Part of a month, when said: "半个月" 0.5, "一个半月" / "a month and a half" 1.5, "两个半月" 2.5, "half a month" 0.5. */
const fractionalMonths: Array<[RegExp, string]> = [
  [/(?<![一两二三\d])半个月|(?<![a-z])half a month/, '0.5'],
  [/一个半月|(?<![a-z])(?:a|one) month and a half|(?<![a-z])(?:one and a half|1\.5) months?/, '1.5'],
  [/(?:两|二)个半月|(?<![a-z])two and a half months?|(?<![a-z])2\.5 months?/, '2.5'],
];

function monthFraction(normalized: string): number | null {
  const found = fractionalMonths.find(([pattern]) => pattern.test(normalized));
  return found ? Number(found[1]) : null;
}
/** A count of tenants with a word of "each" for them ("5家商户每家", "each of our 4 tenants"). */
/** Units let one by one are counted like tenants: desks and rooms of a maker space ("40个工位", "40 desks"). */
const spaceUnitZh = '工位|座位|卡位|办公室|房间|铺位|摊位|单元|隔间';
const tenantCountZh = new RegExp(`(\\d{1,3}|[一二两三四五六七八九十几俩仨]{1,3})\\s*(?:(?:个|位)\\s*(?:小微|中小|小型|微型|小)?(?:租户|商户|租客|承租户|承租方|企业|公司|商家|${spaceUnitZh})|张\\s*(?:工位|桌子?)|(?:家|户|间)\\s*(?:租户|商户|租客|承租户|小微企业|企业|公司|店铺|商铺|门店|铺面|门面|店|商家|办公室|房)?)`, 'g');
/** The unit named first, then its count: "工位30个", "房间12间". */
const unitCountZh = new RegExp(`(?:${spaceUnitZh})\\s*(?:有|共|一共)?\\s*(\\d{1,3}|[一二两三四五六七八九十几俩仨]{1,3})\\s*(?:个|间|张|位)`, 'g');
/** (The singular too: learner English drops the plural, "for 3 shop, every shop 1 wan".) */
const tenantCountEn = /(?<![a-z\d])(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+(?:small\s+|sme\s+|of\s+(?:our|the|my)\s+(?:\d{1,3}\s+|[a-z]+\s+)?)?(?:tenants?|shops?|units?|business(?:es)?|stores?|firms?|compan(?:y|ies)|restaurants?|smes?|desks?|seats?|workstations?|hot desks?|rooms?|offices?|stalls?|booths?|studios?|start-?ups?)(?![a-z])/g;
const tenantEach = new RegExp(`(每家|每户|每个(?:租户|商户|租客|店|${spaceUnitZh})|每(?:${spaceUnitZh})|每个(?=\\s*(?:[\\d一二两三四五六七八九十]|每))|每张|每位|每间|分别|各|(?<![a-z])(?:each|every)(?!\\s+month)(?![a-z])|apiece|a piece|per (?:tenant|shop|unit|business|desk|seat|workstation|room|office|stall))`);
/** "40 desks at 2,000 a month", "12 rooms @ 3k": the count, then the price of one. */
const unitsAt = /(?:tenants|shops|units|desks|seats|workstations|rooms|offices|stalls|booths|studios|start-?ups|companies|firms)\s*(?:at|@|paying|for)\s*(?:rmb|yuan|¥)?\s*$/;

function before(normalized: string, mention: MoneyMention): string {
  return clauseBefore(normalized, mention.start, Math.max(0, mention.start - window));
}

function after(normalized: string, mention: MoneyMention): string {
  return clauseAfter(normalized, mention.end, Math.min(normalized.length, mention.end + window));
}

/** "每月合计减免12万", "a month, 40k in total": the total is each month's, not the whole reduction. */
const perMonthTotal = /(每个?月|每月|(?<![两二三四五六七八九十\d])一个月|(?:each|every|a|per) month|monthly)\s*(?:的|都|就)?\s*(?:[减免让少收的租金房]{1,5}\s*)?(?:一共|总共|共计|合计|总计|加起来|累计|共|in total|total(?:ling|ing)?|altogether|combined)/;

/** "we waived 2 months at 12k", "two months @ 8k": the amount after the months counted is each month's. */
const monthsAt = /(?<![a-z])months?\s+(?:at|@)\s*(?:rmb|yuan|¥)?\s*$/;

/** A month named as the unit just before an amount: "each month we waived 40k in total". */
const monthUnitBefore = /(每个?月|每月|(?:each|every|per) month|monthly)/;

/** "monthly rent total 100k", "租金合计10万": a total of the rent, not of what was reduced. */
const rentTotal = /(?:(?<![a-z])rent(?:al)?|租金|房租|月租)\s*(?:total(?:ling)?|in total|合计|总计|总共|一共|共计|加起来|加一块)\s*(?:is|of|was|是|为|:|：)?\s*$/;

function isTotal(normalized: string, mention: MoneyMention): boolean {
  const words = before(normalized, mention);
  if (rentTotal.test(words)) return false;
  return (totalBefore.test(words) && !perMonthTotal.test(words)) || (totalAfter.test(after(normalized, mention)) && !monthlyTotal(normalized, mention));
}

/** A total that is each month's: "每月合计减免12万", "each month we waived 40k in total". */
function monthlyTotal(normalized: string, mention: MoneyMention): boolean {
  const words = before(normalized, mention);
  return perMonthTotal.test(words) || (totalAfter.test(after(normalized, mention)) && monthUnitBefore.test(words));
}

function isRent(normalized: string, mention: MoneyMention): boolean {
  return rentBefore.test(before(normalized, mention)) || rentAfter.test(after(normalized, mention));
}

/** Whether a word of reducing stands by the amount ("减了1万", "8k off"): it is the reduction, not the rent. */
export function isReduction(normalized: string, mention: MoneyMention): boolean {
  return reducedBefore.test(before(normalized, mention)) || offAfter.test(after(normalized, mention));
}

/** The percentage said as the share of the rent reduced; "half a month" / "半个月" is a span, not a share of the rent. */
function shareMention(normalized: string, entities: Entities): PercentMention | undefined {
  return entities.percents.find((p) => !halfOfMonth.test(normalized.slice(Math.max(0, p.start - 12), p.end + 8)) && !subsidyRate(normalized, p));
}

/** The share reduced as a percentage: a percentage or 一半 said, or a discount (打八折 is 20% off). */
function shareOf(normalized: string, entities: Entities): Decimal | null {
  const percent = shareMention(normalized, entities);
  if (percent) return new Decimal(percent.value);
  // "half a month, the rent is 20k": part of a month said as the answer is that part of the rent waived.
  return discountShare(normalized) ?? (halvedWords.test(normalized) ? new Decimal(50) : null)
    ?? (waivedInFullWords(normalized) || monthFraction(normalized) !== null ? new Decimal(100) : null);
}

/**
 * A share said as a fraction whose percentage never ends: "减了三分之一", "a third off" is 33.333…%, which the share's
 * two places (33.33) would take as 9,999 of 30,000. The reduction is then the amount × part ÷ whole, the division
 * last (30,000 × 1/3 × 2 = 20,000; the landlord's 30% of it 6,000), and the working says "× 1/3". Shares that end
 * (1/4, 1/5: 25%, 20%) stay percentages.
 */
interface ExactFraction { part: Decimal; whole: Decimal }
function endlessFraction(mention: PercentMention | undefined): ExactFraction | null {
  if (!mention?.fraction) return null;
  const part = new Decimal(mention.fraction.part);
  const whole = new Decimal(mention.fraction.whole);
  return whole.isZero() || part.times(100).mod(whole).isZero() ? null : { part, whole };
}

/** The share of an amount, by the fraction said when its percentage never ends. */
function takeShare(amount: Decimal, share: Decimal, exact: ExactFraction | null): Decimal {
  return exact ? amount.times(exact.part).div(exact.whole) : amount.times(share).div(100);
}

/** The share as the working shows it: "1/3" for a fraction that never ends, else the percentage. */
function shareShown(share: Decimal, exact: ExactFraction | null): string {
  return exact ? `${exact.part.toFixed()}/${exact.whole.toFixed()}` : share.toFixed();
}

/** The rent halved, said with no percentage: "we halved it", "cut it in half", "half price", "半价". */
const halvedWords = /(?<![a-z])(?:halved|halving|(?:cut|reduced|charged)\s+(?:it\s+|the rent\s+|their rent\s+|rent\s+)?(?:in|by)\s+half|half[- ]price|half (?:the|their|of the) rent)(?![a-z])|半价/;

/** 打八折 → 20 (percent off), or null. */
function discountShare(normalized: string): Decimal | null {
  const off = discount.exec(normalized);
  if (!off) return null;
  const digits = off[1] ?? '';
  const tenths = /^\d/.test(digits) ? new Decimal(digits)
    : digits.length === 2 ? parseNumeral(digits.charAt(0))?.plus(parseNumeral(digits.charAt(1))?.div(10) ?? 0) ?? null : parseNumeral(digits);
  return tenths && tenths.greaterThan(0) && tenths.lessThan(10) ? new Decimal(10).minus(tenths).times(10) : null;
}

function countOf(word: string): number | null {
  const count = /^[a-z]+$/.test(word) ? parseEnglishNumber(word) : parseNumeral(word.replace('俩', '两').replace('仨', '三'));
  return count && count.isInteger() && count.greaterThan(1) ? count.toNumber() : null;
}

/**
 * The first count of tenants above one: "一家物业公司，给三家租户各减了" counts the speaker first, then the tenants.
 * @example countTenants('我们公司给三家租户减了租') // 3
 */
export function countTenants(normalized: string): number | null {
  for (const count of tenantCounts(normalized)) return count;
  return null;
}

/** The count of tenants nearest before an amount: in "五家底商 三家每家减了3000" the 三家 is the group's. */
function lastTenantCount(words: string): number | null {
  let last: number | null = null;
  for (const count of tenantCounts(words)) last = count;
  return last;
}

/** The counts of tenants above one, pattern by pattern (Chinese counts, units counted, English), as they are found. */
function* tenantCounts(words: string): Generator<number> {
  for (const pattern of [tenantCountZh, unitCountZh, tenantCountEn]) {
    for (const match of words.matchAll(pattern)) {
      const count = countOf(match[1] ?? '');
      if (count !== null) yield count;
    }
  }
}

/** One month of the year named alone ("三月份", "4月", "april"); lists ("三四月", "3、4月") are not split here. */
const singleMonth = /(?<![\d一二三四五六七八九十两.、和与及\-~至到])(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?!租)|(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?![a-z])/g;
/** The share one month got, in the words after its name: half, none, all, a discount. Order matters: "免了一半" is half. */
const monthShares: [RegExp, number | 'discount'][] = [
  [/(减半|一半|半价|半额|五折|(?<![a-z])half)/, 50],
  [/(没减|没免|没有减|没有免|不减|不免|照常收|照收|照交|全额收|原价|(?<![a-z])(?:no reduction|nothing off|full rent|paid in full|charged in full|not reduced|not waived))/, 0],
  [discount, 'discount'],
  [/(全免|全部免|都免|免了|免掉|免收|免租|不收|没收|(?<![a-z])(?:waiv\w*|free|forgiven|forgave|no rent))/, 100],
];

function monthShare(words: string): Decimal | null {
  for (const [pattern, share] of monthShares) {
    if (!pattern.test(words)) continue;
    return share === 'discount' ? discountShare(words) : new Decimal(share);
  }
  return null;
}

/**
 * "月租4万，三月全免，四月减半" / "rent 30k a month, march fully waived and april half": each month named gets its own
 * share of the one rent, read in the words up to the next month named. Null unless at least two months are named
 * alone and each has a share.
 */
function perMonthShares(normalized: string, rent: MoneyMention): { value: Decimal; parts: string[] } | null {
  const starts = [...normalized.matchAll(singleMonth)].map((m) => m.index).filter((at) => at < rent.start || at >= rent.end);
  if (starts.length < 2 || starts.length > 12) return null;
  const parts: Decimal[] = [];
  for (const [i, start] of starts.entries()) {
    const share = monthShare(normalized.slice(start, starts[i + 1] ?? normalized.length));
    if (share === null) return null;
    parts.push(new Decimal(rent.value).times(share).div(100));
  }
  return { value: parts.reduce((acc, part) => acc.plus(part), new Decimal(0)), parts: parts.map((part) => part.toFixed()) };
}

/** The rent before, then after: "从2万降到1.5万", "原来3万现在2万", "from 20k to 15k", "was 20k, now 15k". */
const fromBefore = /(从|由|原来|原先|本来|原价|原租金|平时|平常|(?<![a-z])(?:from|was|used to be|originally|normally|usually))\s*(?:是|为|每月|每个月|一个月|月租|租金|房租|the rent of|rent of|rent){0,2}\s*$/;
/**
 * The words between the rent before and after: a word of changing, with the months it was for said on the way
 * ("原来一个月三万五 那两个月只收了两万", "normally 30k, for March and April only 18k").
 */
const changeSpan = String.raw`(?:(?:那|这)?(?:两|俩|二|2|三|3)个?月(?:份)?(?:里|都)?|疫情(?:期间|那会儿?|的时候|时)?|(?:那|这)(?:段时间|阵子?|会儿?)|(?:3|三)(?:月)?[、和]?(?:4|四)月份?|(?:in |for )?(?:march and april|those (?:two )?months|the two months|both months))`;
const toBetween = new RegExp(String.raw`^\s*(?:元|块|yuan|rmb)?\s*(?:(?:a|per) month|每月|一个月)?\s*[,，]?\s*(?:${changeSpan}\s*[,，]?\s*){0,2}(?:降到|降至|降为|降成|减到|减至|减为|调到|调至|调整到|调整为|调成|改为|改成|变成|变为|(?:只|就|才)(?:收|要)(?:了)?|现在|后来|到|至|(?<![a-z])(?:down to|to|now|then|only|reduced to|cut to|lowered to|(?:we\s+|they\s+)?(?:only\s+|just\s+)?(?:charged|asked for|collected|took|paid)))\s*(?:是|为|只收|收|only|just)?\s*$`);
const listBetween = /^\s*(?:元|块|yuan|rmb)?\s*(?:(?:a|per) month|每月|一个月)?\s*(?:(?:for|of) (?:one|the first)(?: one| tenant)?)?\s*(?:[,，、;；]|和|跟|与|及|(?<![a-z])and)?\s*(?:另一家|一家|另一个|另外一家|第二家|还有一家|the other(?: one)?|another(?: one)?|one)?\s*(?:是|为|月租|租金|房租|rent|pays)?\s*(?:是|为|of)?\s*$/;

/** The reduction each month as the rent before less the rent after, when the text says both in that order. */
function rentDifference(normalized: string, money: MoneyMention[]): { mention: MoneyMention; from: string; to: string } | null {
  if (money.length !== 2) return null;
  const [from, to] = money as [MoneyMention, MoneyMention];
  if (to.start - from.end > 3 * window || !fromBefore.test(before(normalized, from)) || !toBetween.test(normalized.slice(from.end, to.start))) return null;
  const less = new Decimal(from.value).minus(to.value);
  if (!less.greaterThan(0)) return null;
  return { mention: { ...from, value: less.toFixed(), end: to.end }, from: from.value, to: to.value };
}

/** "一家8000一家1万", "one 8k, the other 10k": each amount after a word of one tenant. */
const eachTenantBefore = /(?:一家|另一家|另外一家|那家|这家|(?<![a-z])(?:one|the other|another)(?:\s+(?:tenant|shop|unit))?)\s*(?:是|月租|租金|房租|pays?)?\s*$/;

/** The next tenant named between two rents: "10k, barber 6k", "月租一万 面馆八千", "9k; the florist pays 7k". */
const labelBetween = /^\s*(?:[,，、;；]\s*(?:(?:and|plus)\s+)?(?:the\s+)?[a-z' -]{1,24}?|[,，、;；\s]\s*[\u4e00-\u9fff]{1,6}?)\s*(?:pays?|paid|is|was|月租|租金|房租|每月|一个月)?\s*$/;

/**
 * Each tenant's rent, listed ("一家月租1万，一家月租2万", "our two tenants pay 9k and 11k a month", "三家分别4000 5000 6000"),
 * beside a share or waiver said once: one rent that is their sum. The first amount is named as a rent, or the amounts
 * are as many as the tenants counted. Months named after the last amount ("…11k a month and we waived march and
 * april") are the waiver's span; months before an amount ("3、4月租金分别2万、1.8万") make the amounts the months' own.
 */
function severalRents(normalized: string, money: MoneyMention[], tenants: number | null): MoneyMention | null {
  const [first] = money;
  if (money.length < 2 || !first || money.some((m, i) => isReduction(normalized, m) || (m.months.length > 0 && (i < money.length - 1 || m.months.length < 2)))) return null;
  if (!isRent(normalized, first) && tenants !== money.length && !money.every((m, i) => eachTenantBefore.test(normalized.slice(i > 0 ? money[i - 1]?.end ?? 0 : 0, m.start)))) return null;
  for (let i = 1; i < money.length; i += 1) {
    const mention = money[i];
    const previous = money[i - 1];
    if (!mention || !previous) return null;
    const gap = normalized.slice(previous.end, mention.start);
    if (!(isRent(normalized, mention) || listBetween.test(gap) || labelBetween.test(gap))) return null;
  }
  const sum = money.reduce((acc, m) => acc.plus(m.value), new Decimal(0));
  return { ...first, value: sum.toFixed() };
}

/** "分别", "各", "respectively": one amount for each of the things named before. */
const respectively = /分别|各自|(?<![a-z])respectively(?![a-z])/;

/**
 * The rents of the months named before them, one for each ("3、4月租金分别2万和1.8万"): the amounts, or null. Not
 * amounts of reducing ("3月减了1万 4月8000" is read as each month's reduction before this).
 */
function rentOfEachMonth(normalized: string, money: MoneyMention[]): MoneyMention[] | null {
  const [first, ...rest] = money;
  if (!first || rest.length === 0 || first.months.length !== money.length || rest.some((m) => m.months.length > 0)) return null;
  if (!respectively.test(normalized) || !isRent(normalized, first) || money.some((m) => isReduction(normalized, m))) return null;
  return money;
}

/** Between two tenants' amounts of a list: a pause or a word of adding. */
const listGap = /[,，、;；]|和|及|还有|另外|以及|(?<![a-z])(?:and|plus)(?![a-z])|^\s+(?=[\u4e00-\u9fff])|[\u4e00-\u9fff]\s+(?=[\u4e00-\u9fff])/;
/** Where the words of the next tenant start: after the last pause or word of adding between two amounts. */
const lastGap = /.*(?:[,，、;；]|和|及|还有|另外|以及|(?<![a-z])(?:and|plus)(?![a-z])|[\u4e00-\u9fff]\s+(?=[\u4e00-\u9fff]))|^\s+/;

/**
 * Each tenant's reduction listed ("A家减了两万，B家一万五，剩下三家每家八千", "the noodle shop got 12k off, the florist 9k,
 * the print shop 6k"): the parts added up, each times its own count of tenants ("三家每家") and, when it is by the month,
 * the months. Not a list: amounts with no pause between them, one that restates another ("每月8000，两个月16000"), or
 * a reduction said once with no tenant counted beside it, unless as many tenants were counted as amounts listed.
 */
function listedReductions(
  normalized: string, money: MoneyMention[], entities: Entities, knownTenants: number | null, knownMonths: number | null,
): ReductionPart[] | null {
  if (money.length < 2 || money.length > 12 || money.some((m) => isRent(normalized, m))) return null;
  // "十二万五，有一家多减了五千", "125k, one of them got 5k more": how one part differs, already in the amount before.
  if (money.some((m, i) => i > 0 && differenceOfPart(normalized, m))) return null;
  const starts: number[] = [0];
  for (let i = 1; i < money.length; i += 1) {
    const previous = money[i - 1];
    const mention = money[i];
    if (!previous || !mention) return null;
    const gap = normalized.slice(previous.end, mention.start);
    if (!listGap.test(gap)) return null;
    starts.push(previous.end + (lastGap.exec(gap)?.[0].length ?? 0));
  }
  const count = reductionMonthCount(entities, normalized) ?? knownMonths;
  const values = money.map((m) => new Decimal(m.value));
  // "每月8000，两个月16000", "8k each, 24k for the three": one amount is another times the months or tenants this message
  // counts, or the sum of the others.
  const countsSaid = [count, entities.tenantCount].filter((c): c is number => c !== null && c > 1);
  // "24,000 in total (three tenants, 4k off each, two months)": the total restates one part times both counts.
  const counts = countsSaid.length > 1 ? [...countsSaid, countsSaid.reduce((a, b) => a * b, 1)] : countsSaid;
  const sum = values.reduce((acc, v) => acc.plus(v), new Decimal(0));
  const last = values[values.length - 1];
  if (last && money.length > 2 && last.times(2).equals(sum)) return null;
  const byMonth = money.map((mention) => mention.per === 'month' || perMonthAfter.test(after(normalized, mention)) || monthUnitBefore.test(before(normalized, mention)));
  // "one pays 8k, the other 10k a month", "一家8000 一家一万 每月": a unit said once after the last amount is every
  // amount's, when none before it has a unit or a word of total of its own (a 每月 before the last is that one's alone).
  const lastMention = money[money.length - 1];
  if (lastMention && perMonthAfter.test(after(normalized, lastMention)) && !monthUnitBefore.test(before(normalized, lastMention))
    && money.slice(0, -1).every((m, i) => !byMonth[i] && m.per === null && !isTotal(normalized, m))) byMonth.fill(true);
  // (An amount by the month is never the total of the months: "A公司每月减1万，B公司每月减5000" is a list.)
  // (An amount with its own tenant named before it is that tenant's: "…for two months, the other got one month free, 10k".)
  // The words since the amount before: "…, the other got one month free, 10k" names its tenant before the last pause.
  const since = money.map((m, i) => normalized.slice(i > 0 ? money[i - 1]?.end ?? 0 : 0, m.start));
  const labelled = since.map((words, i) => i > 0 && tenantLabel.test(words));
  if (values.some((v, i) => !byMonth[i] && !labelled[i] && values.some((w, j) => i !== j && counts.some((c) => w.times(c).equals(v))))) return null;
  const parts: ReductionPart[] = money.map((mention, i) => {
    const segment = normalized.slice(starts[i] ?? 0, starts[i + 1] ?? normalized.length);
    const part: ReductionPart = { base: mention.value };
    const tenants = tenantEach.test(segment) ? lastTenantCount(normalized.slice(starts[i] ?? 0, mention.start)) ?? countTenants(segment) : null;
    if (tenants !== null) part.tenants = tenants;
    // "另一家免了一个月 一万": a part that says it was one month's is not times the months of the others.
    if (byMonth[i] && count !== null && count > 1 && !oneMonthWaived.test(i > 0 ? `${since[i] ?? ''}${segment}` : normalized.slice(0, mention.end))) part.months = count;
    return part;
  });
  // Each amount a tenant's own: a count in some part, or as many tenants counted as amounts listed, or a word of
  // reducing with each (not one reduction said, then its total or rent).
  const counted = parts.some((part) => part.tenants !== undefined) || [entities.tenantCount, knownTenants].includes(money.length);
  const eachReduced = money.filter((m, i) => i === 0 || isReduction(normalized, m) || labelled[i] === true).length === money.length;
  return counted || eachReduced ? parts : null;
}

/** An amount said as how much more one tenant got: "多减了五千", "多免了", "5k more", "an extra 5,000". */
const moreBefore = /(?:多|额外)(?:减|免|让|给|少收)(?:了|掉)?(?:他们?|她|人家|一些)?\s*$|(?<![a-z])(?:an? )?extra\s*$/;
const moreAfter = /^\s*(?:元|块|yuan|rmb)?\s*(?:more|extra)(?![a-z])/;

function differenceOfPart(normalized: string, mention: MoneyMention): boolean {
  return moreBefore.test(before(normalized, mention)) || moreAfter.test(after(normalized, mention));
}

/** A tenant named before its amount: "B家", "另一家", "剩下的", "the florist", "another". */
const tenantLabel = /(家|户|租户|商户|租客|店|馆|铺|公司|剩下|其余|其他|另外|(?<![a-z])(?:the|another|other|one|rest|remaining|last|first|second|third)\s+[a-z]|[a-z]{3,}\s+(?:got|gets|had|has|paid|is|was)(?![a-z]))/;

/** A share said as a percentage or a discount ("减了20%", "打八折"): the amounts are rents it is taken of, not a list. */
function partShare(normalized: string, entities: Entities): boolean {
  return entities.percents.length > 0 || discount.test(normalized);
}

/** The value of a listed part: its base times its tenants and months. */
function partValue(part: ReductionPart): Decimal {
  return new Decimal(part.base).times(part.tenants ?? 1).times(part.months ?? 1);
}

const oneMonthWaived = /(?:免|减|少收|让)(?:了|掉)?(?:每家|各)?一个月(?!租)|(?:waived|forgave|gave|cut)\s+(?:them\s+)?(?:a|one)\s+month'?s?'?\s+(?:rent|free)/;

/**
 * One month of the two, said as that month alone: "只减了3月", "4月没减", "actually we only reduced march, not april",
 * "we didn't cut april". (Not "只减了3月和4月": both months.)
 */
const oneMonthOnly = new RegExp([
  String.raw`(?:只|仅|就|光)(?:是)?(?:减|免|让|给|少收|减免)?(?:了)?(?:[3三]|[4四])月(?:份)?(?!\s*(?:和|、|跟|及|与|到|至|-|–|\/)\s*(?:[3三]|[4四])月)`,
  String.raw`(?:[3三]|[4四])月(?:份)?(?:其实|是|并|就|都)?(?:没|没有|未)(?:减|免|让|给|少收)`,
  String.raw`(?<![a-z])(?:only|just)\s+(?:(?:reduced|cut|waived|discounted|gave|did|for|in|the|it|rent)\s+){0,3}(?:march|april|mar|apr)(?![a-z])(?!\s*(?:and|&|\+|to|through|-)\s*(?:march|april|mar|apr)(?![a-z]))`,
  String.raw`(?<![a-z])(?:didn'?t|did not|never)\s+(?:reduce|cut|waive|discount)\s+(?:the\s+)?(?:rent\s+(?:for|in)\s+)?(?:march|april)(?![a-z])`,
].join('|'));

/** Whether the message says the reduction covered one of the two months only ("只减了3月", "only march, not april"). */
export function saysOneMonthOnly(normalized: string): boolean {
  return oneMonthOnly.test(normalized);
}

/** The months the reduction covers, when said: "两个月", "俩月", "both months", or the months named ("3、4月"). */
export function reductionMonthCount(entities: Entities, normalized?: string): number | null {
  // "3月4月每家都免了一个月房租": the month waived is the span, whatever months are named around it.
  if (entities.monthCount === 1 && normalized !== undefined && oneMonthWaived.test(normalized)) return 1;
  // "一个月租金十二万，三月四月都减一半": the 一个月 is the rent's rate, and the months named are the span.
  if (entities.months.length > 1 && (entities.monthCount === null || entities.monthCount === 1)) return entities.months.length;
  return entities.monthCount;
}

/** What the conversation said of the reduction before the amount was asked. */
export interface KnownReduction {
  /** The tenants counted ("给三家租户减了租"), for a "每家" that counts none. */
  tenants?: number | null;
  /** The months the reduction covered ("三四月都免了"), for an amount by the month said with none. */
  months?: number | null;
  /** The rent was waived in full ("gave all our tenants March and April free"): a rent said alone is the reduction. */
  waivedInFull?: boolean;
}

/** Whether the words waive the rent in full, with no share of it named ("3、4月房租全免了", "gave them March and April free"). */
export function waivesInFull(normalized: string, entities: Entities): boolean {
  return entities.percents.length === 0 && !discount.test(normalized) && (waivedInFullWords(normalized) || /(?<![a-z])free(?![a-z])/.test(normalized));
}

/**
 * The total reduced, from the amounts of one message (yuan amounts only; the caller has dropped the others).
 * Undefined when there is no amount, or the only one is the rent with no word of how much of it was reduced.
 */
export function readReduction(
  text: string, entities: Entities, money: MoneyMention[] = entities.money, normalized: string = normalizeText(text), known: KnownReduction = {},
): ReductionReading | undefined {
  const knownTenants = known.tenants ?? null;
  const knownMonths = known.months ?? null;
  if (money.length === 0) return undefined;
  // "从2万降到1.5万": the difference is what was reduced each month.
  const difference = rentDifference(normalized, money);
  // A total is the reduction, unless it is one tenant's in a list ("三家每家5000，办公室一共8000").
  const share = shareOf(normalized, entities) ?? (known.waivedInFull === true ? new Decimal(100) : null);
  const exact = share === null ? null : endlessFraction(shareMention(normalized, entities));
  // Rents listed beside a waiver said once ("三家分别4000 5000 6000 免了两个月") are rents, not a list of reductions.
  const rents = difference || share === null ? null : severalRents(normalized, money, entities.tenantCount ?? knownTenants);
  const listed = difference || rents || partShare(normalized, entities) ? null : listedReductions(normalized, money, entities, knownTenants, knownMonths);
  const total = money.find((m) => isTotal(normalized, m));
  if (total && !listed) {
    // "每户一共减了1万", "each unit's rent by 10,000 in total": the total is each tenant's.
    const each = tenantEach.test(clauseBefore(normalized, total.start, Math.max(0, total.start - 3 * window)));
    const tenants = each ? entities.tenantCount ?? knownTenants : null;
    if (tenants === null) return { value: total.value, how: null };
    return { value: new Decimal(total.value).times(tenants).toFixed(), how: { base: total.value, tenants } };
  }
  // "3月减了1万 4月减了8000": an amount for each month named, added up.
  const months = new Set(money.map((m) => (m.months.length === 1 ? m.months[0] : undefined)));
  if (money.length >= 2 && !months.has(undefined) && months.size === money.length && !money.some((m) => isRent(normalized, m))) {
    const sum = money.reduce((acc, m) => acc.plus(m.value), new Decimal(0));
    return { value: sum.toFixed(), how: { sum: money.map((m) => m.value) } };
  }
  // "3月4月租金分别是2万、1.8万，都免了": the months named, then each month's rent: added up, the share taken of them.
  const monthRents = share === null ? null : rentOfEachMonth(normalized, money);
  if (monthRents && share) {
    const sum = monthRents.reduce((acc, m) => acc.plus(m.value), new Decimal(0));
    const how: ReductionArithmetic = { base: sum.toFixed(), baseOf: { op: '+', values: monthRents.map((m) => m.value) } };
    if (!share.equals(100)) how.share = shareShown(share, exact);
    return { value: takeShare(sum, share, exact).toFixed(), how };
  }
  // "月租4万，三月全免，四月减半": the one rent, a share for each month named.
  // (An amount by the month with no word of reducing is the rent here: "两万五一个月 3月全免 4月收了一半".)
  const onlyRent = money.length === 1 && money[0] && (isRent(normalized, money[0]) || money[0].per === 'month') && !isReduction(normalized, money[0]) ? money[0] : undefined;
  const byMonth = onlyRent ? perMonthShares(normalized, onlyRent) : null;
  if (byMonth && onlyRent) {
    // "120个工位 每个每月600 3月全免 4月减半": the shares are each unit's, times the units counted.
    const units = tenantEach.test(normalized) || unitsAt.test(normalized.slice(Math.max(0, onlyRent.start - 3 * window), onlyRent.start)) ? entities.tenantCount ?? knownTenants : null;
    if (units === null) return { value: byMonth.value.toFixed(), how: { sum: byMonth.parts } };
    return { value: byMonth.value.times(units).toFixed(), how: { parts: byMonth.parts.map((base) => ({ base, tenants: units })) } };
  }
  // "A家减了两万，B家一万五，剩下三家每家八千": each tenant's part, added up.
  if (listed) return { value: listed.reduce((acc, part) => acc.plus(partValue(part)), new Decimal(0)).toFixed(), how: { parts: listed } };
  // The rent a share is taken of: named as the rent, or the only amount beside a share with no word of reducing.
  const rent = difference ? undefined : rents ?? money.find((m) => isRent(normalized, m) && !isReduction(normalized, m))
    ?? (share !== null && !share.equals(100) && money.length === 1 && money[0] && !isReduction(normalized, money[0]) ? money[0] : undefined);
  const reduced = difference?.mention ?? (rents ? undefined : money.find((m) => m !== rent) ?? (rent ? undefined : money[0]));
  const mention = reduced ?? rent;
  if (!mention) return undefined;
  // The rent alone, with nothing said of how much of it was reduced, is no reduction.
  if (!reduced && share === null) return undefined;
  const how: ReductionArithmetic = { base: mention.value };
  if (difference) how.baseOf = { op: '-', values: [difference.from, difference.to] };
  if (rents) how.baseOf = { op: '+', values: money.map((m) => m.value) };
  let value = new Decimal(mention.value);
  if (!reduced && share && !share.equals(100)) {
    value = takeShare(value, share, exact);
    how.share = shareShown(share, exact);
  }
  // "40 desks at 2,000 a month": the price of one of the units counted.
  const unitPrice = unitsAt.test(normalized.slice(Math.max(0, mention.start - 3 * window), mention.start));
  // (Rents listed one per tenant, "三家月租分别是1万、1.5万、2万", are added up already: their 分别 counts nobody again.)
  const tenants = rents === null && (tenantEach.test(normalized) || unitPrice) ? entities.tenantCount ?? knownTenants : null;
  const each = eachAfter.test(after(normalized, mention));
  if (tenants !== null) {
    value = value.times(tenants);
    how.tenants = tenants;
  }
  const spanned = reductionMonthCount(entities, normalized);
  // "他家一个月租金一万三" after "3月4月都没收": the 一个月 is the rent's rate, and the months are those said before.
  const rateOnly = spanned === 1 && knownMonths !== null && mention.per === 'month' && !oneMonthWaived.test(normalized);
  const count = monthFraction(normalized) ?? (rateOnly ? knownMonths : spanned) ?? knownMonths;
  // The rent is by the month unless said otherwise; an amount "each" with no tenants counted is each month's.
  // (Read a little further than `after`: "3,000 off each per month" puts the month 19 characters on.)
  const perMonth = mention.per === 'month' || perMonthAfter.test(clauseAfter(normalized, mention.end, Math.min(normalized.length, mention.end + 2 * window)))
    || (each && tenants === null) || ((mention === rent || difference !== null) && (mention.per === null || rentTotal.test(before(normalized, mention))))
    || monthlyTotal(normalized, mention) || monthsAt.test(before(normalized, mention));
  if (perMonth && count !== null && count !== 1) {
    value = value.times(count);
    how.months = count;
  }
  const computed = how.share !== undefined || how.tenants !== undefined || how.months !== undefined || how.baseOf !== undefined;
  return { value: value.toFixed(), how: computed ? how : null };
}
