/**
 * Turns what the understanding found in one message into facts: every fact named by its synonyms, plus
 * the amounts, percentages and yes/no that answer the fact being asked for or a fact the dialog still
 * needs. Pure: it returns the facts; the engine decides what to do with them.
 */
import { factKinds, factsShape, feeRateFacts, type Facts, type FactName } from '../policy/facts.js';
import { Decimal } from '../policy/money.js';
import { dropsDisagree } from '../policy/rules/job-subsidy.js';
import type { Entities, MoneyMention, PercentMention } from '../nlu/understanding.js';
import { closureWithoutReason, companyWithoutOwner, schoolIsTheLandlord, soeWithoutLevel, correctedAnswer, namesBusiness, readAnswer, restatesYes } from '../nlu/read-answer.js';
import { guessAnswer } from '../nlu/answer-fallback.js';
import { landlordInMessage } from '../nlu/landlord-clause.js';
import { normalizeText } from '../nlu/normalize-text.js';
import { parseNumeral } from '../nlu/numeral.js';
import { isHalfWord, rateChangedByJustBefore, rateChangedJustBefore, readBareRate, readRateChange } from '../nlu/extract-percent.js';
import { readSizeAnswer } from '../nlu/read-size.js';
import { correctedTail, retractsFigure } from '../nlu/retraction.js';
import { findRule } from '../policy/rules/index.js';
import { isReduction, readReduction, type KnownReduction, type ReductionArithmetic, type ReductionReading } from '../nlu/read-reduction.js';
import { extractEntities } from '../nlu/entities.js';
import { revenueSideOf } from '../nlu/extract-revenue-pair.js';
import type { Dialog, FactPrompt } from './dialog-schema.js';

/**
 * How a fact was read, for the reply to say back: a yearly rent divided by twelve, a figure the owner
 * called approximate, a layoff count the department confirms as 少裁员.
 */
export type FactNote =
  /** "一年24万" → monthlyRent 20000: say "240,000 元 ÷ 12 = 20,000 元/月". */
  | { kind: 'yearlyRent'; fact: FactName; yearly: string; monthly: string; text: string }
  /** "一个季度6万" → monthlyRent 20000: say "60,000 元 ÷ 3 = 20,000 元/月" (a quarter 3 months, a half year 6). */
  | { kind: 'periodRent'; fact: FactName; amount: string; months: number; monthly: string; text: string }
  /** "每平米每月120，100平" → monthlyRent 12000: say "120 元/平方米 × 100 平方米 = 12,000 元/月". */
  | { kind: 'areaRent'; fact: FactName; price: string; area: string; monthly: string }
  /** "2万左右", "about 20k": taken as said; say back "按约 20,000 元计". */
  | { kind: 'approximate'; fact: FactName; value: string; text: string }
  /** layoffs: few (a count, or 少裁员): the notice sets no number, the department confirms it. */
  | { kind: 'departmentConfirms'; fact: 'layoffs'; laidOff: number | null; staff: number | null }
  /** "每月6000，俩月" → rentReduction 12000: say "6,000 元 × 2 个月 = 12,000 元". */
  | { kind: 'reductionTotal'; fact: FactName; total: string; how: ReductionArithmetic }
  /** A choice read by the answer fallback, from words no synonym lists: say 按"坚持营业"理解，不对请说. */
  | { kind: 'guessed'; fact: FactName; value: string }
  /** An answer given beside a question about what the question means ("有啥区别？反正门店付"): say 按"门店自付房租：是"理解. */
  | { kind: 'readBesideQuestion'; fact: FactName; value: unknown }
  /** A fee given in yuan for the rate asked: "担保费 20,000 元 ÷ 担保金额 1,000,000 元 = 2%". */
  | { kind: 'feeAsRate'; fact: FactName; fee: string; amount: string; rate: string };

/**
 * An amount found but not usable as the fact: open-ended ("一万多": ask for the figure) or in another
 * currency ("$3000": ask for yuan). The engine asks again for the fact, naming the reason.
 */
export interface UnclearAmount {
  fact: FactName;
  /** 'disagree': a revenue pair and a stated drop that do not match ("100万到50万，降了九成"): which is right? */
  reason: 'approximate' | 'about' | 'currency' | 'disagree' | 'sizeRange' | 'unitless' | 'closure' | 'soeLevel' | 'landlordOwner';
  /** The owner's words, to quote back; and the currency code for 'currency'. */
  text: string;
  currency: string;
  /** For 'disagree': the revenues given, to show the drop they make. */
  pair?: { before: string; after: string };
}

export interface FilledFacts {
  facts: Facts;
  /** Facts the answer leaves open after being asked about once ("两百来号人": medium or large): the department decides. */
  unsure: FactName[];
  /** Values found but out of range for their fact (a percentage over 100), with the fact named. */
  rejected: FactName[];
  notes: FactNote[];
  unclear: UnclearAmount[];
}

type MutableFacts = Record<string, unknown>;

/** Words that make the figure after them a rounding: "快九成", "差不多八成", "将近", "大概", "almost 90%", "about". */
const hedgedBefore = /(?:快|差不多|将近|接近|大概|大约|约|估计|估摸|得有|(?<![a-z])(?:almost|nearly|about|around|roughly|approx(?:imately)?|close to|like)(?![a-z]))\s*(?:降了|少了|掉了|跌了|下降了?|down|dropped)?\s*(?:快|差不多|将近)?\s*$/i;

/** How far (in points) a hedged drop may be from the one its revenues give and still be their rounding. */
const hedgeTolerance = '5';

/** The fact a money or percent value goes to: the one asked, else the dialog's first still unknown, else its first (a correction). */
function targetFact(kind: 'money' | 'percent', awaiting: FactName | null, dialog: Dialog | undefined, known: Facts): FactName | null {
  if (awaiting && factKinds[awaiting] === kind) return awaiting;
  const candidates = (dialog?.facts ?? []).filter((fact) => factKinds[fact] === kind);
  return candidates.find((fact) => known[fact] === undefined) ?? candidates[0] ?? null;
}

/** A word of rent: an amount said beside it is no revenue. */
const rentNamed = /房租|租金|月租|(?<![a-z])rent(?![a-z])/i;

/** The months a rent paid per period covers. */
const periodMonths: Partial<Record<NonNullable<MoneyMention['per']>, number>> = { year: 12, halfYear: 6, quarter: 3 };

/** A rent paid per period, by the month, with the note that says so ("240,000 元 ÷ 12 = 20,000 元/月"). */
function byTheMonth(m: MoneyMention, months: number, fact: FactName): { monthly: string; note: FactNote } {
  const monthly = new Decimal(m.value).div(months).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString();
  return {
    monthly,
    note: months === 12
      ? { kind: 'yearlyRent', fact, yearly: m.value, monthly, text: m.text }
      : { kind: 'periodRent', fact, amount: m.value, months, monthly, text: m.text },
  };
}

/**
 * Rent given per month, per month named ("3月2万，4月1.8万"), as a total for both months, or per year. One month
 * named once the rent is known ("那如果4月房租是八千呢", "what if April rent was 8000?") changes that month only.
 */
function fillRent(mentions: MoneyMention[], entities: Entities, out: MutableFacts, notes: FactNote[], known: Facts): void {
  const march = mentions.find((m) => m.months.length === 1 && m.months[0] === 3);
  const april = mentions.find((m) => m.months.length === 1 && m.months[0] === 4);
  const single = mentions.length === 1 ? march ?? april : undefined;
  const knownMarch = known.rentMarch ?? known.monthlyRent;
  const knownApril = known.rentApril ?? known.monthlyRent;
  if (march && april) {
    out.rentMarch = march.value;
    out.rentApril = april.value;
    return;
  }
  if (single && knownMarch !== undefined && knownApril !== undefined && (!single.per || single.per === 'month')) {
    out.rentMarch = single === march ? single.value : knownMarch;
    out.rentApril = single === april ? single.value : knownApril;
    return;
  }
  // "20k was march and april together. its 10k a month": the rent by the month, said beside the two months' total, is the
  // monthly rent.
  const byMonth = mentions.length > 1 ? mentions.find((m) => m.per === 'month' && m.months.length === 0) : undefined;
  if (byMonth && mentions.some((m) => m !== byMonth && m.months.length === 2)) {
    out.monthlyRent = byMonth.value;
    return;
  }
  const first = mentions[0];
  if (!first) return;
  const months = first.per ? periodMonths[first.per] : undefined;
  if (months !== undefined) {
    // The notice waives rent by the month: a yearly rent is a twelfth a month (a quarter's a third), and the reply says so.
    const { monthly, note } = byTheMonth(first, months, 'monthlyRent');
    out.monthlyRent = monthly;
    notes.push(note);
    return;
  }
  // A total is for the months it names ("两个月一共4万", "3、4月合计5万"), two (March and April) when it names none.
  const covered = entities.monthCount ?? (entities.months.length > 1 ? entities.months.length : 2);
  out.monthlyRent = first.per === 'total' ? new Decimal(first.value).div(covered).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString() : first.value;
}

/**
 * Amounts usable as yuan figures; the others become unclear answers for the fact they were meant for. A
 * round figure ("2万左右") answering the question asked is asked about once (the exact figure, please);
 * said again, or said in passing, it is taken as said.
 */
function usableMoney(mentions: MoneyMention[], target: FactName | null, unclear: UnclearAmount[], askAbout: boolean): MoneyMention[] {
  const tooSmall = (m: MoneyMention): boolean => askAbout && target === 'guaranteedAmount' && unitlessLoan(m);
  const usable = mentions.filter((m) => m.currency === 'CNY' && m.approximate !== 'over' && !(askAbout && m.approximate === 'about') && !tooSmall(m));
  if (usable.length === 0 && target) {
    for (const m of mentions) {
      const reason = tooSmall(m) ? 'unitless' : m.currency !== 'CNY' ? 'currency' : m.approximate === 'about' ? 'about' : 'approximate';
      unclear.push({ fact: target, reason, text: m.text, currency: m.currency });
    }
  }
  return usable;
}

/** A unit said with an amount: 万, 元, "k", "million" (百 and 千 are numerals: "一百五" names none). */
const moneyUnit = /[万亿元块]|(?<![a-z])(?:yuan|rmb|cny|k|w|m|mn|million|thousand|grand)(?![a-z])/i;
/** Below this a loan amount said without a unit ("一百五") is more likely 万 than yuan. */
const SMALLEST_LOAN = new Decimal(10000);

/** "一百五", "150" answering the amount guaranteed: no loan is 150 yuan; asked once whether it is 元 or 万元. */
function unitlessLoan(m: MoneyMention): boolean {
  return m.currency === 'CNY' && new Decimal(m.value).lt(SMALLEST_LOAN) && !moneyUnit.test(m.text);
}

/** Charges that are not the rent, named just before an amount ("押金3万", "物业费另算每月两千", "deposit was 36000"). */
const chargeBefore = /(押金|保证金|物业费?|管理费|水电费?|电费|取暖费|供暖费|转让费|装修费?|中介费|deposit|management fee|property fee|service charge|utilit(?:y|ies)|electricity|heating|key money|agency fee|transfer fee)(?:(?!房租|租金|月租|rent)[^,，。;；\d]){0,6}$/i;
/** The same charges named just after it: "3万的押金", "36000 deposit". */
const chargeAfter = /^\s*(?:元|块|yuan|rmb)?\s*的?\s*(?:押金|保证金|物业费|管理费|水电费|deposit|management fee|property fee|service charge)/i;
const rentFacts: ReadonlySet<FactName> = new Set(['monthlyRent', 'rentMarch', 'rentApril']);

/** A price per area ("每平米每天4块", "8 yuan per square metre"): no month's rent until it is worked out. */
const perAreaBefore = /(?:每|一|1)\s*(?:平米?|平方米?|㎡)[^,，。;；\d]{0,4}$|(?:per|a|each)\s+(?:sq(?:uare)?\.?\s*m(?:etre|eter)?s?|sqm|m2)[^,.;\d]{0,8}$/i;
const perAreaAfter = /^\s*(?:元|块|yuan|rmb)?\s*(?:\/|每|一)\s*(?:平米?|平方米?|㎡|sq|m2)|^\s*(?:元|块|yuan|rmb)?\s*(?:per|a|each)\s+(?:sq(?:uare)?\.?\s*m|sqm|m2)/i;
/** Whether the amount is a price per area (perAreaBefore / perAreaAfter beside it). */
function pricedPerArea(text: string, m: MoneyMention): boolean {
  return perAreaBefore.test(text.slice(Math.max(0, m.start - 16), m.start)) || perAreaAfter.test(text.slice(m.end, m.end + 16));
}
/** The rent as changed: "以前一万五 20年涨到一万六", "raised to 13,500": the figure it was changed to is the rent of 2020. */
const changedTo = /(?:涨到|涨成|涨至|降到|降至|调到|调成|调整为|变成|改成|raised (?:it )?to|went up to|increased to|put (?:it )?up to|lowered (?:it )?to|cut (?:it )?to|now)\s*(?:了|是|为)?\s*$/i;

/**
 * The amounts that may be the rent: a deposit or a fee named beside an amount makes it that charge (unless all are);
 * a price per area is none; the figure a rent was changed to comes first.
 */
function rentAmounts(text: string, mentions: MoneyMention[]): MoneyMention[] {
  const before = (m: MoneyMention, chars: number) => text.slice(Math.max(0, m.start - chars), m.start);
  const notPerArea = mentions.filter((m) => !pricedPerArea(text, m));
  const rent = notPerArea.filter((m) => !chargeBefore.test(before(m, 24)) && !chargeAfter.test(text.slice(m.end, m.end + 16)));
  const kept = rent.length > 0 ? rent : notPerArea;
  const changed = kept.filter((m) => m.months.length === 0 && changedTo.test(before(m, 12)));
  return changed.length === 1 && kept.every((m) => m.months.length === 0) ? [...changed, ...kept.filter((m) => !changed.includes(m))] : kept;
}

/** An area in square metres: "100平", "150平米", "80 square metres", "80sqm" (a price per area names none: 每平米). */
const areaSize = /(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s*(?:平方米|平方|平米|平|㎡|m2|m²|sqm|sq\.?\s*m(?:etres?|eters?)?(?![a-z])|square\s+(?:metres?|meters?))/gi;
/** A price per area is a month's only with a month beside it and no day ("每平米每天4块" is per day). */
const monthNear = /月|month/i;
const dayNear = /天|日|(?<![a-z])(?:day|daily)/i;

/**
 * "每平米每月120 一共100平", "150 yuan per square metre per month, 80 square metres": a monthly price per area
 * and one area make the month's rent, price × area (said back). A price per day, or two areas, are asked about.
 */
function rentFromArea(text: string, mentions: MoneyMention[]): { price: string; area: string; monthly: string } | null {
  const priced = mentions.filter((m) => pricedPerArea(text, m));
  const price = priced[0];
  if (priced.length !== 1 || !price) return null;
  const near = text.slice(Math.max(0, price.start - 12), price.end + 32);
  if (!monthNear.test(near) || dayNear.test(near)) return null;
  const areas = new Set<string>();
  for (const match of text.matchAll(areaSize)) {
    const value = parseNumeral(match[1] ?? '');
    const inPrice = match.index < price.end && match.index + match[0].length > price.start;
    if (value && value.gt(1) && !inPrice) areas.add(value.toFixed());
  }
  const [area] = areas;
  if (areas.size !== 1 || area === undefined) return null;
  return { price: price.value, area, monthly: new Decimal(price.value).mul(area).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString() };
}

/**
 * The rent a reduction is taken of, by the month, said back as for the rent itself: "two months free, the rent is
 * 216,000 a year" → 18,000 a month; "800平米 一平米一个月50块 免了两个月" → 40,000 a month. An amount with a word of
 * reducing ("一年少收了12万") is the reduction as said, whatever its period.
 */
function rentsByTheMonth(text: string, money: MoneyMention[], notes: FactNote[]): MoneyMention[] {
  const byArea = rentFromArea(text, money);
  return money.map((m) => {
    if (byArea && pricedPerArea(text, m)) {
      notes.push({ kind: 'areaRent', fact: 'rentReduction', ...byArea });
      return { ...m, value: byArea.monthly, per: 'month' };
    }
    const months = m.per ? periodMonths[m.per] : undefined;
    if (months === undefined || isReduction(text, m)) return m;
    const { monthly, note } = byTheMonth(m, months, 'rentReduction');
    notes.push(note);
    return { ...m, value: monthly, per: 'month' };
  });
}

/** "一万五到两万", "1.5-2万", "between 15 and 20 thousand": a range before the amount, no one rent. */
const rangeBefore = /(?:\d|[零〇一二两三四五六七八九十百千万]|k|w|thousand|元|块)\s*(?:到|至|~|～|-|–|—|或者?|(?<![a-z])(?:or|to))\s*$|between\s+\S+(?:\s+(?:k|thousand|yuan|rmb))?\s+and\s*$/i;
/** "15000-20000": the second figure of a dash is not read as money, so the range shows after the first. */
const rangeAfter = /^\s*(?:元|块)?\s*(?:到|至|~|～|-|–|—)\s*(?![\d零〇一二两三四五六七八九十]*\s*(?:月|号|日))[\d零〇一二两三四五六七八九十]/;
/** The owner's words for a range of rent ("一万五到两万之间"), or null when no amount follows a range. */
function rentRange(text: string, mentions: MoneyMention[]): string | null {
  const second = mentions.find((m) => rangeBefore.test(text.slice(Math.max(0, m.start - 24), m.start))
    || rangeAfter.test(text.slice(m.end, m.end + 8)));
  if (!second) return null;
  const said = text.trim();
  return said.length <= 40 ? said : second.text;
}

/** A negation just before a figure: "不是2万 是2万4", "28k not 20k", "75% 不是85%" — the old value, not the new. */
const figureDenied = /(?:不是|并非|而非|(?<![a-z])(?:not|instead of|rather than|isn't|wasn't))\s*$/i;
/** Whether the figure starting at `start` is denied by the words just before it. */
function deniedAt(text: string, start: number): boolean {
  return figureDenied.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * "it went down to 180k, not 80k", "是2万2 不是2万": the known figure the owner denies names the fact the new
 * one replaces (here the 2020 revenue, which the dialog never asks by itself). Only outside a question: an
 * answer is for the question asked.
 */
export function deniedFigureFact(text: string, mentions: readonly MoneyMention[], known: Facts, awaiting: FactName | null): FactName | null {
  if (awaiting !== null || mentions.length < 2) return null;
  const denied = mentions.filter((m) => deniedAt(text, m.start));
  if (denied.length === 0 || denied.length === mentions.length) return null;
  const record = known as Record<string, unknown>;
  const matches = (Object.keys(known) as FactName[])
    .filter((fact) => factKinds[fact] === 'money' && denied.some((m) => new Decimal(m.value).eq(String(record[fact]))));
  return matches.length === 1 ? matches[0] ?? null : null;
}

/**
 * "一万六还是一万七来着 一万七 对一万七", "16 or 17k... 17k, yes 17k": the first of two figures offered as
 * alternatives is dropped when the owner then settles, saying one of the later figures again. Unsettled
 * ("2万还是2万5"), both stay, and the range is asked about as before.
 */
const alternative = /^\s*(?:还是|或者|或|(?<![a-z])or(?![a-z]))\s*$/i;

/** A figure as said: money carries its months, a percentage none. */
interface Said { start: number; end: number; value: string; months?: readonly number[] }
const monthBetween = /[0-9一二三四五六七八九十]\s*月|(?<![a-z])(?:march|april|mar|apr)(?![a-z])/;
/** "3月一万五，4月一万六，不对4月也是一万五": a month named after the marker takes back only a figure of that month. */
function sameMonths(mention: Said, next: Said, between: string): boolean {
  const months = (m: Said): string => m.months?.join(',') ?? '';
  return !monthBetween.test(between) || (months(mention) !== '' && months(mention) === months(next));
}

/** Whether the owner took back the i-th figure (mentions in the order said) later in the same message. */
function retracted<T extends Said>(text: string, mentions: readonly T[], i: number): boolean {
  const mention = mentions[i];
  const next = mentions[i + 1];
  if (!mention || !next || next.start < mention.end) return false;
  const between = text.slice(mention.end, next.start).toLowerCase();
  if (retractsFigure(between) && sameMonths(mention, next, between)) return true;
  if (!alternative.test(between)) return false;
  const later = mentions.slice(i + 1);
  return later.some((m, j) => later.some((other, k) => k !== j && other.value === m.value && other.value !== mention.value));
}

/**
 * The figures the owner does not deny, when the message gives another one ("是5.2w 不是4.2w" → 5.2w), nor take
 * back in the same breath ("两万，哦不对，两万二" → 两万二).
 */
function undenied<T extends Said>(text: string, mentions: T[]): T[] {
  const said = [...mentions].sort((a, b) => a.start - b.start);
  const kept = mentions.filter((m) => !deniedAt(text, m.start) && !retracted(text, said, said.indexOf(m)));
  return kept.length > 0 ? kept : mentions;
}

/**
 * A bare number answering a percentage question ("80") arrives as money without a unit; "over 80", "80多",
 * "85左右" are the figure too (the drop test is 80% or more, so "over 80" passes it as 80 does).
 */
const qualifiedNumber = /^\s*(?:(?:综合|担保|原|原来的?)?费率(?:是|为)?|(?:the |our |total |guarantee |fee )*(?:rate|fee)(?: is| was| of)?|(?:降幅(?:是|为|有)?|降了|下降了?|跌了|少了|减少了?|掉了|下滑了?|down|dropped|fell)\s*)?\s*(?:over|more than|above|at least|about|around|roughly|approx(?:imately)?|nearly|almost|超过|超了|大概|大约|差不多|约|将近|接近)?\s*(\d{1,3}(?:\.\d+)?|[一二三四五六七八九十]{1,3}(?:点[零一二三四五六七八九])?)\s*(?:多|以上|左右|上下|来|plus|\+|or (?:so|more))?\s*[.。!！]?\s*$/i;
function bareNumberAsPercent(text: string, entities: Entities): string | null {
  const mention = entities.money[0];
  if (mention && /^\s*\d+(\.\d+)?\s*$/.test(mention.text)) return new Decimal(mention.value).lte(100) ? mention.value : null;
  const qualified = entities.money.length === 0 ? qualifiedNumber.exec(text)?.[1] : undefined;
  // "降幅八十五", "降了七十多": a figure in Chinese numerals after a word of falling, too.
  const value = qualified === undefined ? null : /^\d/.test(qualified) ? new Decimal(qualified) : parseNumeral(qualified);
  return value && value.lte(100) ? value.toFixed() : null;
}

/** Facts said beside a trade that leave it a trade ("small printing business": a size and a trade). */
const besideTrade: ReadonlySet<string> = new Set(['enterpriseSize', 'registeredInXicheng', 'premisesUse']);

/** A no that stands by itself before anything else is said: "不是，…", "没有。", "no, …", "nope". */
const standaloneNo = /^(?:嗯|呃|额)?\s*(?:不是|不对|没有|没|不|否|no|nope|nah|not really|not at all)(?:[\s,，.。!！~～…;；]|$)/;

/** A negation anywhere: then a restated "no" may be the negation's, not the kind named. */
const anyNegation = /[不没未非无]|(?<![a-z])(?:not|no|never)(?![a-z])|n't/;

/**
 * Guarantee fees are a few percent (the notice's benchmark is 2%): above this a "rate" from two amounts is no
 * fee, and a percentage said in passing ("the 50% subsidy", "补贴50%") quotes the notice's share.
 */
const MAX_FEE_RATE = new Decimal(10);

/**
 * Asked for the fee rate, the owner gives the fee: "一百万收了两万担保费", "we paid 20k on a 1 million loan",
 * or "20k" with the amount guaranteed known. The rate is fee ÷ amount, said back with its arithmetic.
 */
function feeAsRate(money: MoneyMention[], fact: FactName, known: Facts, dialog: Dialog | undefined): { facts: Facts; note: FactNote } | null {
  const [first, second] = money;
  if (!first || money.length > 2) return null;
  const knownAmount = known.guaranteedAmount;
  const values = second ? [new Decimal(first.value), new Decimal(second.value)].sort((a, b) => a.comparedTo(b)) : null;
  const fee = values ? values[0] : new Decimal(first.value);
  const amount = values ? values[1] : knownAmount === undefined ? null : new Decimal(knownAmount);
  if (!fee || !amount || amount.isZero() || fee.isZero()) return null;
  const rate = fee.div(amount).times(100).toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
  if (rate.greaterThan(MAX_FEE_RATE)) return null;
  const facts: Record<string, string> = { [fact]: rate.toFixed() };
  if (values && dialog?.facts.includes('guaranteedAmount')) facts.guaranteedAmount = amount.toFixed();
  return { facts: facts as Facts, note: { kind: 'feeAsRate', fact, fee: fee.toFixed(), amount: amount.toFixed(), rate: rate.toFixed() } };
}

/** A percentage as the fact takes it: a share left ("只剩一成", "down to 15%") is a drop of the rest. */
function percentValue(mention: PercentMention, fact: FactName | null): string {
  return fact === 'revenueDropPercent' && mention.remaining === true ? new Decimal(100).minus(mention.value).toFixed() : mention.value;
}

/**
 * A percentage written as a figure ("2%", "八成"), not a word: "担保费减半" or "退一半" names the measure (the fee is
 * halved), it does not give the fee rate, so a word-only "减半" / "half" fills a percent fact only when
 * it answers a percentage question.
 */
function isFigure(mention: PercentMention): boolean {
  // "能退一半吗" asks for the half: its 一 is no figure.
  return /[\d０-９一二三四五六七八九十两]/.test(mention.text) && !/^(?:一半|减半)$/.test(mention.text.trim());
}

/** "不足2%的部分", "2%以下", "below 1%", "under 2%": a bound the notice sets, not a rate the owner paid or charged. */
// ("降到0.9%" is the owner's own rate; "降至1%以下" the notice's aim, by its 以下.)
const boundAround = { before: /(?:不足|低于|少于|不到|below|under|less than|lower than|beneath)\s*$/i, after: /^\s*(?:以下|以内|之下)/ };

/**
 * Whether a percentage said in passing (not asked for) only quotes the notice for a fee rate: a share of 10% or
 * more ("how does the 50% subsidy work"), or a bound ("综合费率不足2%的部分怎么补贴").
 */
function quotedNotRate(fact: FactName, mention: PercentMention, text: string): boolean {
  if (!feeRateFacts.has(fact)) return false;
  if (new Decimal(mention.value).greaterThanOrEqualTo(MAX_FEE_RATE)) return true;
  // Normalised ("低於", "以下" typed in traditional or full width); the offsets are the same.
  const said = normalizeText(text);
  return boundAround.before.test(said.slice(Math.max(0, mention.start - 10), mention.start)) || boundAround.after.test(said.slice(mention.end, mention.end + 4));
}

/**
 * Of several percentages, the owner's own: the one a verb of falling stands before ("条件是降80%吗，我们降了79%"
 * → 79; "we fell 85%, is that above 80%?" → 85), else the first.
 */
function ownFigure(text: string, figures: PercentMention[]): PercentMention | undefined {
  if (figures.length < 2) return figures[0];
  return figures.find((m) => /(我们|我家|咱们|店里|公司)?(降了|下降了|跌了|少了|掉了|减少了)\s*$|\b(we|our revenue|revenue) (fell|dropped|went down|was down)( by)?\s*$/i
    .test(text.slice(Math.max(0, m.start - 12), m.start))) ?? figures[0];
}

/**
 * Of the percentages answering the percentage asked, the one it asks: the first, except a fee rate told as a change
 * ("从1.5%降到0.8%", "was 1.5% now 0.8%"), where the comprehensive rate is the one it was brought to and the rate before
 * the halving the other.
 */
function rateAsked(awaiting: FactName, text: string, figures: PercentMention[]): PercentMention | undefined {
  if (!feeRateFacts.has(awaiting)) return figures[0];
  const said = normalizeText(text);
  // "降了0.5个点": by how much the rate was cut, not the rate (asked again unless the rate is said too).
  const rates = figures.filter((m) => !rateChangedByJustBefore(said.slice(Math.max(0, m.start - 12), m.start)));
  if (rates.length < 2) return rates[0];
  const changedTo = rates.find((m) => rateChangedJustBefore(said.slice(Math.max(0, m.start - 12), m.start)));
  if (!changedTo) return rates[0];
  return awaiting === 'comprehensiveFeeRate' ? changedTo : rates.find((m) => m !== changedTo);
}

/** Whether the text contains the label; an English label as whole words, so "not sure" holds no "no". */
function containsLabel(typed: string, label: string): boolean {
  if (!/^[\x20-\x7e]+$/.test(label)) return typed.includes(label);
  const at = typed.indexOf(label);
  if (at < 0) return false;
  const isLetter = (char: string | undefined) => char !== undefined && /[a-z]/.test(char);
  return (!isLetter(typed[at - 1]) && !isLetter(typed[at + label.length])) || containsLabel(typed.slice(at + 1), label);
}

/** "not a district SOE, a private one": a label the owner denies is not the choice ("不是" itself is a label). */
function labelDenied(typed: string, label: string): boolean {
  const at = typed.indexOf(label);
  return at > 0 && /(不是|(?<![a-z])not(?: a| an| the)?\s)$/.test(typed.slice(Math.max(0, at - 8), at));
}

type Choices = NonNullable<FactPrompt['choices']>;
/** A prompt's choice labels in lower case, longest first: made once per prompt (from dialogs/*.yaml), not per message. */
const choiceLabels = new WeakMap<Choices, Array<{ value: Choices[number]['value']; label: string }>>();

function labelsOf(choices: Choices): Array<{ value: Choices[number]['value']; label: string }> {
  let labelled = choiceLabels.get(choices);
  if (!labelled) {
    labelled = choices.flatMap((c) => [{ value: c.value, label: c.zh.toLowerCase() }, { value: c.value, label: c.en.toLowerCase() }])
      .sort((a, b) => b.label.length - a.label.length);
    choiceLabels.set(choices, labelled);
  }
  return labelled;
}

/**
 * The choice whose label the owner typed ("小型" for 小型企业, "office" for Office): exact first, then the
 * longest label of two or more characters the text contains, then a label the text starts (so "不是"
 * never reads as "是").
 */
export function choiceFromLabel(text: string, prompt: FactPrompt | undefined): string | boolean | undefined {
  const typed = text.trim().toLowerCase();
  if (!prompt?.choices || typed.length === 0) return undefined;
  const labelled = labelsOf(prompt.choices);
  // A one-character label ("是") inside a sentence says nothing: "我们也是房东" is not a yes.
  return labelled.find((c) => c.label === typed)?.value
    ?? labelled.find((c) => c.label.length >= 2 && containsLabel(typed, c.label) && !labelDenied(typed, c.label))?.value
    ?? (typed.length >= 2 ? uniquePrefix(labelled, typed) : undefined);
}

/** The one value whose labels start with what was typed: "closed" starts two closures' labels, so it picks neither. */
function uniquePrefix(labelled: ReturnType<typeof labelsOf>, typed: string): string | boolean | undefined {
  const values = new Set(labelled.filter((c) => c.label.startsWith(typed)).map((c) => c.value));
  return values.size === 1 ? [...values][0] : undefined;
}

/**
 * A closure with no reason, a state landlord with no level, a company landlord with no owner: answers the question does
 * not settle, so no guess is made; the reason the owner is asked again, or undefined when the answer is no such one.
 */
function unreadChoice(awaiting: FactName, text: string): 'closure' | 'soeLevel' | 'landlordOwner' | undefined {
  if (awaiting === 'operatingStatus') return closureWithoutReason(text) ? 'closure' : undefined;
  if (awaiting !== 'landlordType') return undefined;
  return soeWithoutLevel(text) ? 'soeLevel' : companyWithoutOwner(text) ? 'landlordOwner' : undefined;
}

/** Whether the sizes left open give different outcomes under the dialog's rules (medium for （六）, large anywhere). */
function sizeMatters(dialog: Dialog | undefined, known: Facts, possible: readonly string[]): boolean {
  if (!dialog || possible.length < 2) return false;
  const verdicts = new Set(possible.map((size) => dialog.rules.map((id) => {
    const outcome = findRule(id)?.evaluate({ ...known, enterpriseSize: size as Facts['enterpriseSize'] });
    return outcome ? `${String(outcome.eligible)}/${outcome.amount ?? ''}/${outcome.reasons.length}` : '';
  }).join('|')));
  return verdicts.size > 1;
}

/**
 * The size an answer gives: a category named is taken as said; one read from a headcount, the takings or a
 * vague word ("小店 五六个人", "is SME, 15 people") is taken and said back when every size it leaves open
 * gives this dialog the same outcome. When they differ ("两百来号人": large is not covered), the owner is
 * asked once, with the options; the same answer again leaves the size to the department (each case shown).
 */
function readSizeFor(
  text: string, entities: Entities, dialog: Dialog | undefined, known: Facts,
  out: { firstTry: boolean; notes: FactNote[]; unclear: UnclearAmount[]; unsure: FactName[] },
): string | undefined {
  const reading = readSizeAnswer(normalizeText(text), entities.money);
  if (!reading) return undefined;
  if (reading.named) return reading.value;
  if (!sizeMatters(dialog, known, reading.possible)) {
    out.notes.push({ kind: 'guessed', fact: 'enterpriseSize', value: reading.value });
    return reading.value;
  }
  if (out.firstTry) out.unclear.push({ fact: 'enterpriseSize', reason: 'sizeRange', text: text.trim(), currency: 'CNY' });
  else out.unsure.push('enterpriseSize');
  return undefined;
}

/** A size the figures of a message give in passing (not asked), when every size they leave gives the dialog the same outcome. */
function sizeInPassing(text: string, entities: Entities, dialog: Dialog, known: Facts): string | undefined {
  const laidOff = entities.layoffCount?.laidOff ?? null;
  const reading = readSizeAnswer(normalizeText(text), entities.money, { figuresOnly: true, laidOff });
  return reading && !sizeMatters(dialog, known, reading.possible) ? reading.value : undefined;
}

/** A person, not a firm: 个人, 私人, 自然人, "individual", "private person". */
const individualWord = /(个人|私人|自然人|(?<![a-z])individual|private (?:person|individual|landlord|owner)|personal landlord)/i;
/**
 * The landlord speaking of themselves as a person: "我是房东 个人的", "我自己家有两间门脸房", "我自己有套房子租给…",
 * "my own flat", "I own a flat I rent to…", an operator's "她自己的房子" / "her own shopfront". One person owning
 * premises; "我们有几间门面" is a firm's way.
 */
const individualOwner = /(?:我|我们|房东)(?:是|就是|属于)?[\s,，]*(?:个人|私人|自然人)|我(?:是|已经)?退休|老伴|老两口|两口子|房子是我(?:和|跟|与)?[^,，。;；]{0,4}的|(?:^|[,，。\s])自己(?:家)?(?:有|名下)[^,，。;；]{0,4}(?:房|门脸|门面|铺|店面|底商|屋)|(?<![a-z])(?:i'm|i am)\s+(?:a\s+)?retired|(?<![a-z])(?:a\s+)?pensioner|(?<![a-z])i\s+(?:\w+\s+)?(?:rent|let|lease|rented|leased|let out|rent out)\s+(?:out\s+)?my\s+(?:own\s+)?(?:flat|house|apartment|home|room)|(?:[我她他]自己家|[我她他]家|自家|自个儿|[我她他]自己的?|[我她他]个人的?|家里的?|我(?=有))有?[^,，。;；]{0,4}(?:房|门脸|门面|铺|店面|底商|屋)|(?:我|我们|她|他)?(?:爸|妈|父亲|母亲|爸妈|父母|老爸|老妈|老人|家里人|家人|亲戚|老公|老婆|爱人|丈夫|妻子|爷爷|奶奶|姥姥|姥爷|外公|外婆|叔叔|舅舅|姑姑|阿姨|大爷|大妈)(?:自己|个人)?(?:在[^,，。;；]{0,6})?(?:名下)?有?[^,，。;；]{0,6}(?:房|门脸|门面|铺|店面|底商|屋)|(?:my|our|her|his)\s+(?:dad|father|mum|mom|mother|parents|grandma|grandmother|grandpa|grandfather|husband|wife|uncle|aunt|family)(?:'s|s')?\s+(?:own\s+)?(?:(?:old|small|little|ground-floor|street-front|street)\s+)?(?:flat|house|apartment|shop|shopfront|storefront|unit|property|place|building|room)|(?<![a-z])(?:my|our|her|his)\s+(?:dad|father|mum|mom|mother|parents|grandma|grandpa|husband|wife|uncle|aunt)\s+(?:owns|has|rents out|lets out|let|rented)\s+(?:a|an|one|two|the)\s+|(?<![a-z])(?:i'm|i am)\s+(?:just\s+)?(?:an?\s+)?(?:private|individual|personal)(?![a-z])|(?<![a-z])i (?:no|not|don'?t|do not) (?:have|got|open) (?:a |any )?(?:company|firm)(?![a-z])|(?:(?:my|her|his) own|my family'?s?|our family'?s?|her family'?s?|his family'?s?)\s+(?:flat|house|apartment|shop|shopfront|storefront|unit|property|place|building|room)|(?<![a-z])i (?:\w+ )?(?:own|have|rent out|let out)\s+(?:a|an|one|two|my)\s+(?:small\s+|little\s+)?(?:flat|house|apartment|shop|unit|room|property|place|storefront|shopfront)(?![a-z])/i;
/**
 * The landlord speaking as a public body, not a firm: "我们是区里一个事业单位", "来电人称是一个社区居委会的", "我们居委会有两间房",
 * "this is the sub-district office", "we're a public hospital", "caller says she works for the residents' committee". The
 * clause pays 合法经营企业; the speaker is named (我们, 来电人, we, this is…), so a body that only told them to cut rent is not it.
 */
const publicBody = new RegExp([
  String.raw`(?:我们|咱们|我单位|我们单位|本单位|这边|这里|来电人|来电方|来电者|对方|他们|她们)(?:这边|那边)?(?:称|说|表示)?(?:是|属于|系|就是)[^,，。;；]{0,10}`
    + String.raw`(?:居委会|村委会|居民委员会|村民委员会|街道办事处|街道办|事业单位|机关|政府部门|行政单位|公立医院|公立学校|中学|小学|大学|高校|社区服务中心|卫生服务中心)`,
  String.raw`(?:我们|咱们)(?:社区)?(?:居委会|村委会|街道办事处|街道办)`,
  String.raw`(?<![a-z])(?:we'?re|we are|this is|(?:i'?m |we'?re )?calling from|i work (?:at|for|in)|(?:caller|she|he) (?:says (?:she|he|they)(?:'s| is| are| works (?:at|for)) |is |works (?:at|for) |is calling from |calls from |says (?:she'?s |he'?s |they'?re )?from |is from )|they'?re|they are)\s*`
    + String.raw`(?:(?:an?|the|our|one|local)\s+)?(?:[a-z'-]+\s+){0,3}?(?:public hospital|public school|state school|primary school|middle school|high school|university|college|sub-?district office|street office|residents'? committee|neighbou?rhood committee|community (?:committee|office|cent(?:re|er)|service cent(?:re|er))|village committee|government (?:office|department|agency|body|bureau|unit)|council|public institution|public service unit)(?![a-z])`,
].join('|'), 'i');
/** The landlord's own landlord, a person: "从私人手里整租", "we lease the building from a private owner" (a 二房东 speaking). */
const fromPerson = /(?:从|跟|向|(?<![a-z])from)\s*(?:an?\s+|the\s+|一个|一位|一家)?(?:个人|私人|private|individual)[^,，。;；]{0,12}/gi;

/** The speaker a company: "我们公司", "本企业", "we're a property firm" (not a tenant that is one, nor "not a business"). */
const companyWord = /(?:我们|咱们|我司|我方|本)(?:是)?[^,，。;；]{0,6}(?:公司|企业|集团|单位)|(?:爸|妈|父亲|母亲|家里|家)(?:开)?的(?:公司|企业)|^(?:公司|企业|单位)|(?<![a-z])(?:we are|we're|our|as a)\s+(?!not\b)(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}(?:company|firm|enterprise|corporation|business)(?![a-z])/i;

/** A yes that is only the copula of a statement: "我们是加盟的", "是总部付的", "we're a franchisee" (not "是的", "yes"). */
const copulaStart = /^(?:我们|我|咱们|咱|这边)?(?:是|属于|算是?)(?![的啊呀吧嘛哈对]|[,，.。!！~\s]|$)|^(?:we are|we're|i am|i'm|it is|it's)\s+(?!yes|right|correct|true|ok)/i;

/**
 * @example
 *   factsFromMessage('区属国企的门面，月租2万', extractEntities('区属国企的门面，月租2万'), null, rentDialog, {}, undefined)
 *   // { facts: { landlordType: 'districtSoe', premisesUse: 'business', monthlyRent: '20000' }, rejected: [] }
 */
export function factsFromMessage(
  text: string,
  entities: Entities,
  awaiting: FactName | null,
  dialog: Dialog | undefined,
  known: Facts,
  awaitingPrompt: FactPrompt | undefined,
  options: { askApproximate?: boolean; reduction?: KnownReduction } = {},
): FilledFacts {
  const out: MutableFacts = { ...entities.facts };
  // "学校的房子", "a school", "物业公司" answering who the landlord is: the landlord's kind, no trade of the owner's.
  if (awaiting === 'landlordType' && out.industry !== undefined && (schoolIsTheLandlord(text) || companyWithoutOwner(text))) delete out.industry;
  // "修鞋铺子，房子是街道的公家单位的": a landlord told in words the fact table lacks, read by the answer's own grammar.
  if (awaiting !== 'landlordType' && out.landlordType === undefined && dialog?.facts.includes('landlordType')) {
    const landlord = landlordInMessage(text);
    if (landlord !== undefined) out.landlordType = landlord as Facts['landlordType'];
  }
  const notes: FactNote[] = [];
  const unclear: UnclearAmount[] = [];
  const unsure: FactName[] = [];
  // "不知道" / "not sure" answers no choice, even when its words contain one.
  const answering = awaiting !== null && !entities.unsure;
  const moneyOrPercent = (fact: FactName): boolean => factKinds[fact] === 'money' || factKinds[fact] === 'percent';
  // A plain yes/no comes first ("没有，我们没裁员" is a no, whatever else it says). It answers the question
  // asked only when it stands on its own: in "一个没辞" the 没 is the
  // layoffs' own, not a no to "does the store pay the rent?".
  const ownYesNo = entities.yesNoScope === null || entities.yesNoScope === awaiting;
  // The pending fact's own grammar, consulted by up to three steps below: read once.
  let ownReading: { value: string | boolean | undefined } | undefined;
  // After a slip taken back ("办公，不对，是门店"), the words after the marker answer first.
  const tails = awaiting === null ? [] : correctedTail(normalizeText(text));
  const firstOf = <T>(read: (said: string) => T | undefined): T | undefined => {
    for (const { start, end } of tails) {
      const value = read(text.slice(start, end));
      if (value !== undefined) return value;
    }
    return read(text);
  };
  // readAnswer reads the words after a retraction first itself (correctedAnswer); the labels below need firstOf.
  const grammar = () => (ownReading ??= { value: awaiting === null ? undefined : readAnswer(awaiting, text) }).value;
  // "not head office, the store pays", "不是按时开的，推到六月了": a no said of the other answer, then a clause that by
  // itself says yes. Not a standalone no ("不是，按时开的"), nor one clause ("we don't have a licence").
  const yesAfterDenial = (): boolean => {
    const said = normalizeText(text).trim();
    const clause = said.search(/[,，.。;；!！]/);
    return awaiting !== null && clause > 0 && !standaloneNo.test(said) && grammar() === true
      && readAnswer(awaiting, said.slice(clause + 1)) === true;
  };
  // "总部付的……不对，门店自己付", "head office pays, no wait, the branch pays": the value after the owner's own correction.
  if (answering && !moneyOrPercent(awaiting)) {
    const corrected = correctedAnswer(awaiting, text);
    if (corrected !== undefined) out[awaiting] = corrected;
  }
  if (answering && out[awaiting] === undefined && !moneyOrPercent(awaiting)) {
    const label = firstOf((said) => choiceFromLabel(said, awaitingPrompt));
    // "不是按时开的，推到六月了": the 不是 of the other answer, not the No button (the grammar reads the whole).
    // "we're not outside Xicheng, no, registered right here": the No is said of the other place (restatesYes).
    const chosen = label === false && (yesAfterDenial() || restatesYes(awaiting, normalizeText(text))) ? true : label;
    // The "No" of "no one was laid off" is the layoffs' own, not the label of the question's No button.
    if (chosen !== undefined && (ownYesNo || typeof chosen !== 'boolean')) out[awaiting] = chosen;
  }
  // "我们是个体户 自己的店", "是总部付的", "we're a licensee": the 是 / "we are" is a copula before the answer,
  // not a yes, so the fact's own grammar reads the words after it first.
  if (answering && out[awaiting] === undefined && entities.yesNo === true && copulaStart.test(text.trim()) && !moneyOrPercent(awaiting)) {
    const read = grammar();
    if (read !== undefined) out[awaiting] = read;
  }
  if (answering && out[awaiting] === undefined && entities.yesNo !== null && ownYesNo) {
    // "是民营担保公司", "yes, a commercial one": the 是 says "it is", and what it is answers the question.
    // (Only without a negation of its own: in "不太清楚，应该组织过" the 不 is the doubt's, not the fact's.)
    const restatedNo = entities.yesNo && factKinds[awaiting] === 'boolean' && !anyNegation.test(text.toLowerCase()) && grammar() === false;
    // "不让返园", "we couldn't reopen": a no by how it starts, the yes by what it says.
    // "not head office, the store pays", "不是按时开的，推到六月了", "we're not outside Xicheng": the no is said of the
    // other answer; when it is no standalone no, the fact's own grammar, reading the whole message, decides.
    const restatedYes = entities.yesNo === false && factKinds[awaiting] === 'boolean'
      && (restatesYes(awaiting, normalizeText(text)) || yesAfterDenial());
    if (restatedNo) out[awaiting] = false;
    else if (restatedYes) out[awaiting] = true;
    else if (factKinds[awaiting] === 'boolean') out[awaiting] = entities.yesNo;
    else {
      const value = entities.yesNo ? awaitingPrompt?.yes : awaitingPrompt?.no;
      if (value !== undefined) out[awaiting] = value;
    }
  }
  // Then the fact's own grammar: "社区通知关的" (operatingStatus), "总部付的" (paysRent), "健身房" (industry).
  // An unlisted trade is `other` only when the message names nothing else and is no yes/no.
  if (answering && out[awaiting] === undefined && !moneyOrPercent(awaiting)) {
    // "我们是开瑜伽馆的" starts like a yes, but names a business.
    const yesNoOnly = entities.yesNo !== null && !namesBusiness(text.toLowerCase());
    // A size, the registration or the premises said with the trade ("small printing business", "小型餐饮公司")
    // still leaves the trade to read.
    const besides = (fact: string) => fact !== awaiting && !(awaiting === 'industry' && besideTrade.has(fact));
    const quiet = awaiting !== 'industry'
      || (!Object.keys(entities.facts).some(besides) && !yesNoOnly && entities.money.length === 0 && entities.percents.length === 0);
    const read = !quiet ? undefined
      : awaiting === 'enterpriseSize' ? readSizeFor(text, entities, dialog, known, { firstTry: options.askApproximate === true, notes, unclear, unsure })
      : grammar();
    if (read !== undefined) out[awaiting] = read;
    // "closed", "关了" with no word of why: asked which closure once; the same again leaves it to the department (each case shown).
    // "国企", "guoqi" with no level: the same, asked which level once.
    else if (quiet && unreadChoice(awaiting, text) !== undefined) {
      const reason = unreadChoice(awaiting, text);
      if (options.askApproximate === true && reason !== undefined) unclear.push({ fact: awaiting, reason, text: text.trim(), currency: 'CNY' });
      else unsure.push(awaiting);
    }
    // Last, when the message gives nothing at all (or only a trade the grammar calls `other`): the choice whose
    // example answers it is clearly closest to, said back so the owner can correct it. Otherwise: the retry.
    // A span of time ("走了两个月": gone two months) is no answer either, however like "走了两个人" it reads.
    const nothingElse = !Object.keys(out).some(besides) && entities.money.length === 0 && entities.percents.length === 0
      && entities.monthCount === null && entities.months.length === 0
      && unreadChoice(awaiting, text) === undefined;
    const leftOpen = unclear.length > 0 || unsure.length > 0;
    if (nothingElse && !leftOpen && (read === undefined || (awaiting === 'industry' && read === 'other'))) {
      const guess = guessAnswer(awaiting, text);
      if (guess && guess.value !== read) {
        out[awaiting] = guess.value;
        notes.push({ kind: 'guessed', fact: awaiting, value: guess.value });
      }
    }
  }
  // "小面馆 七八个人", "35 employees, revenue around 20 million" told beside the question: the size, when it is clear.
  if (awaiting !== 'enterpriseSize' && out.enterpriseSize === undefined && known.enterpriseSize === undefined && dialog?.facts.includes('enterpriseSize')) {
    const size = sizeInPassing(text, entities, dialog, known);
    if (size) {
      out.enterpriseSize = size;
      notes.push({ kind: 'guessed', fact: 'enterpriseSize', value: size });
    }
  }
  const target = deniedFigureFact(text, entities.money, known, awaiting) ?? targetFact('money', awaiting, dialog, known);
  const askAbout = options.askApproximate === true && awaiting !== null && awaiting === target;
  const askedRevenue = awaiting === 'revenueDropPercent' || awaiting === 'revenueBefore';
  // "年营业额500万" answering the size is the takings, never the rent: only a revenue question takes it.
  const mentions = askedRevenue || target === 'revenueBefore' || target === 'revenueAfter' ? entities.money : entities.money.filter((m) => m.revenue !== true);
  const usable = undenied(text, usableMoney(mentions, awaiting && factKinds[awaiting] === 'percent' ? null : target, unclear, askAbout));
  let money = target && rentFacts.has(target) ? rentAmounts(text, usable) : usable;
  // A range answering the rent question is asked about once: which figure is the rent?
  const range = askAbout && target && rentFacts.has(target) ? rentRange(text, money) : null;
  if (range !== null && target) {
    unclear.push({ fact: target, reason: 'approximate', text: range, currency: 'CNY' });
    money = [];
  }
  const byArea = target === 'monthlyRent' && money.length === 0 && range === null ? rentFromArea(text, usable) : null;
  if (byArea) {
    out.monthlyRent = byArea.monthly;
    notes.push({ kind: 'areaRent', fact: 'monthlyRent', ...byArea });
  }
  // Asked for the drop, two amounts and no percentage are the revenue before and after, in that order.
  // A revenue pair only for a dialog that asks for revenue: "以前一万五 涨到一万六" answering the rent is the rent.
  const revenueDialog = askedRevenue || dialog === undefined || dialog.facts.some((fact) => fact === 'revenueBefore' || fact === 'revenueDropPercent');
  // "租金从2万降到1.5万" answering the reduction is the rent before and after (read below), not the takings.
  const rentChange = target === 'rentReduction' && !askedRevenue && !entities.money.some((m) => m.revenue === true);
  const pair = (revenueDialog && !rentChange ? entities.revenuePair : null)
    ?? (askedRevenue && money.length === 2 && entities.percents.length === 0 ? { before: money[0]?.value ?? '', after: money[1]?.value ?? '' } : null);
  // "会计说今年那三个月其实是30万" once both revenues are known: one amount, said of one year, changes that side only
  // (not "今年房租2万": a rent).
  const side = !pair && revenueDialog && known.revenueBefore !== undefined && known.revenueAfter !== undefined
    && entities.money.length === 1 && entities.percents.length === 0 && (entities.money[0]?.revenue === true || !rentNamed.test(text))
    ? revenueSideOf(normalizeText(text)) : null;
  if (pair) {
    out.revenueBefore = pair.before;
    out.revenueAfter = pair.after;
  } else if (side !== null && entities.money[0]) {
    out[side === 'before' ? 'revenueBefore' : 'revenueAfter'] = entities.money[0].value;
  } else if (money.length > 0) {
    if (target === 'monthlyRent') fillRent(money, entities, out, notes, known);
    else if (target === 'rentReduction') {
      // "每月减6000减了俩月", "三个租户每家减了5000", "月租3万打五折": the total reduced, with its arithmetic said back.
      const rents = rentsByTheMonth(text, money, notes);
      const reduction = readTenantClauses(text, rents.length, options.reduction) ?? readReduction(text, entities, rents, undefined, options.reduction);
      if (reduction) out[target] = reduction.value;
      if (reduction?.how) notes.push({ kind: 'reductionTotal', fact: target, total: reduction.value, how: reduction.how });
    }
    else if (target && !(awaiting && factKinds[awaiting] === 'percent')) out[target] = money[0]?.value;
  } else if (answering && awaiting === 'rentReduction' && entities.zeroAmount) {
    // "没减" is a real answer for a reduction; a rent of 0 is not a rent (it is asked again).
    out[awaiting] = '0';
  }
  for (const m of money) {
    const fact = (['monthlyRent', 'rentMarch', 'rentApril', target] as const).find((name) => name && out[name] === m.value);
    if (m.approximate === 'about' && fact) notes.push({ kind: 'approximate', fact, value: m.value, text: m.text });
  }
  const percentTarget = targetFact('percent', awaiting, dialog, known);
  const askedPercent = awaiting !== null && factKinds[awaiting] === 'percent';
  // "再担保费也减半吗" asked while the fee rate is pending: 减半 is what the measure does to the fee, never the fee's rate.
  const percents = percentTarget && feeRateFacts.has(percentTarget) ? entities.percents.filter((m) => !isHalfWord(m)) : entities.percents;
  const stated = askedPercent ? rateAsked(awaiting, text, undenied(text, percents)) : ownFigure(text, undenied(text, percents.filter((m) => isFigure(m) && !(percentTarget && quotedNotRate(percentTarget, m, text)))));
  // "收1.5", "零点五", "one point five" answering the fee rate: a bare figure, read as that many percent.
  const rateSide = awaiting === 'originalFeeRate' ? 'before' : 'now';
  // "费率1.5降成了1", "降了半个点 到1.5": a rate told as a change is read as one, whichever figure bears a percent sign.
  const rateChange = awaiting !== null && feeRateFacts.has(awaiting) ? readRateChange(text, rateSide) : null;
  const bareFee = awaiting !== null && feeRateFacts.has(awaiting) && !stated ? readBareRate(text, rateSide) : null;
  const percent = rateChange ?? (stated && percentValue(stated, percentTarget)) ?? bareFee ?? (askedPercent ? bareNumberAsPercent(text, entities) : null);
  if (percentTarget && percent !== null && percent !== undefined && !pair) out[percentTarget] = percent;
  // "其实还涨了点", "revenue went up": asked the drop and given no figure, takings that did not fall are a drop of 0.
  if (answering && awaiting === 'revenueDropPercent' && out.revenueDropPercent === undefined && !pair && entities.percents.length === 0 && money.length === 0) {
    const read = readAnswer(awaiting, text);
    if (read !== undefined) out.revenueDropPercent = read;
  }
  // Asked the rate, or asked the amount and given the fee beside it ("一百万收了两万担保费").
  const rateFact = awaiting !== null && feeRateFacts.has(awaiting) ? awaiting
    : awaiting === 'guaranteedAmount' && money.length === 2 ? dialog?.facts.find((fact) => feeRateFacts.has(fact) && known[fact] === undefined) : undefined;
  if (rateFact && out[rateFact] === undefined && entities.percents.length === 0) {
    const fee = feeAsRate(money, rateFact, known, dialog);
    if (fee) {
      Object.assign(out, fee.facts);
      notes.push(fee.note);
    }
  }
  // Revenues and a stated drop that disagree: neither is taken; the owner is asked which is right.
  const statedDrop = pair ? ownFigure(text, entities.percents.filter(isFigure)) : undefined;
  // "九万降到一万 差不多降了快九成": a hedged drop is the owner's rounding of the pair (88.9% is "almost 90%"); the figures win.
  // Within five points only ("大概降了95%" of 200万 → 30万, 85%, is another figure, asked about).
  const hedged = statedDrop !== undefined && hedgedBefore.test(text.slice(Math.max(0, statedDrop.start - 6), statedDrop.start));
  if (pair && statedDrop && dropsDisagree({ revenueBefore: pair.before, revenueAfter: pair.after, revenueDropPercent: percentValue(statedDrop, 'revenueDropPercent') }, hedged ? hedgeTolerance : undefined)) {
    delete out.revenueBefore;
    delete out.revenueAfter;
    unclear.push({ fact: awaiting === 'revenueBefore' ? 'revenueBefore' : 'revenueDropPercent', reason: 'disagree', text: statedDrop.text, currency: 'CNY', pair });
  }
  if (out.layoffs === 'few') {
    notes.push({ kind: 'departmentConfirms', fact: 'layoffs', laidOff: entities.layoffCount?.laidOff ?? null, staff: entities.layoffCount?.staff ?? null });
  }

  // In the landlord's own dialog "私人房东" / "a private landlord" is the owner speaking of themselves: a person, not
  // the 合法经营企业 the clause pays (a tenant's "私人房东" is their landlord, and says nothing of this).
  const own = dialog?.id === 'rent-landlord' && out.landlordIsEnterprise === undefined ? text.replace(fromPerson, ' ') : null;
  if (own !== null && (publicBody.test(text) || (!companyWord.test(text)
    && ((out.landlordType === 'private' && individualWord.test(own)) || individualOwner.test(own))))) out.landlordIsEnterprise = false;
  // Registered elsewhere, taxed here ("执照是朝阳的，税在这边交"): neither yes nor no; the engine shows both cases.
  if (entities.registrationSplit && known.registeredInXicheng === undefined) delete out.registeredInXicheng;
  const facts: MutableFacts = {};
  const rejected: FactName[] = [];
  for (const [name, value] of Object.entries(out)) {
    const schema = factsShape[name as FactName];
    if (value === undefined || !schema) continue;
    if (schema.safeParse(value).success) facts[name] = value;
    else rejected.push(name as FactName);
  }
  return { facts: facts as Facts, unsure, rejected, notes: notes.filter((note) => note.fact in facts), unclear };
}

/** A clause of its own: "；", ";", "。" or a new line between two tenants' accounts. */
const clauseBreak = /[；;。\n]+/;
/** A share or a month free said in a clause: then the clauses are told each its own way, not as one list of amounts. */
const toldByShare = /折|成|一半|减半|%|百分之|免了?[一两俩\d]个月|(?<![a-z])(?:half|percent|off|free)(?![a-z])/;

/**
 * "A家月租2万 打了七折 两个月；B家免了一个月 一万": tenants told each its own way (a discount, a month free), one
 * clause each, read clause by clause and added up. Undefined unless every clause with an amount reads as a reduction
 * and one of them is told by a share (a plain list of amounts is read as one, in readReduction).
 */
function readTenantClauses(text: string, amounts: number, known?: KnownReduction): ReductionReading | undefined {
  if (amounts < 2 || !clauseBreak.test(text)) return undefined;
  const clauses = text.split(clauseBreak).filter((clause) => clause.trim() !== '');
  if (clauses.length < 2 || !clauses.some((clause) => toldByShare.test(normalizeText(clause)))) return undefined;
  const readings: ReductionReading[] = [];
  for (const clause of clauses) {
    const entities = extractEntities(clause);
    const money = entities.money.filter((m) => m.currency === 'CNY');
    if (money.length === 0) continue;
    const reading = readReduction(clause, entities, money, undefined, { months: known?.months ?? null });
    if (!reading) return undefined;
    readings.push(reading);
  }
  if (readings.length < 2) return undefined;
  const total = readings.reduce((sum, reading) => sum.plus(reading.value), new Decimal(0));
  return { value: total.toFixed(), how: { sum: readings.map((reading) => reading.value) } };
}
