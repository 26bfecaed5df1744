/**
 * How big a business is, in the words owners answer "您的企业规模是？" with: a category named ("小型",
 * "micro", "个体户"), or what it is made of — a kind of shop and a headcount ("小店 五六个人", "就俩人",
 * "十来个员工", "is SME, 15 people"), the takings ("年营业额500万左右"), a vague word ("不大", "not big", "SME").
 *
 * The notice's categories are 中型、小型、微型 and 个体工商户 beside 大型; it sets no thresholds of its own, so a
 * headcount or takings are read by the national SME classification (工信部联企业〔2011〕300号), which sets them
 * per industry. Read without the industry, a figure leaves a range: fewer than 10 people is micro in every
 * industry that counts staff (5 in wholesale, where 5–9 may be small), fewer than 20 is small or micro, fewer
 * than 200 is never large; a larger tier needs both the headcount and the takings, so the smaller tier of the
 * two readings wins. The reading gives that range and its likeliest size; the dialog decides whether the range
 * matters for its rules (small or medium does for （六）, large does everywhere) and asks when it does.
 *
 * @example
 *   readSizeAnswer('小店 五六个人') // { value: 'micro', possible: ['micro'], named: false, ... }
 *   readSizeAnswer('is sme, 15 people') // { value: 'small', possible: ['micro', 'small'], named: false, ... }
 *   readSizeAnswer('小型') // { value: 'small', possible: ['small'], named: true, ... }
 */
import { Decimal } from '../policy/money.js';
import type { MoneyMention } from './understanding.js';
import { englishNumberSource, parseEnglishNumber, parseNumeral } from './numeral.js';

export type Size = 'micro' | 'small' | 'medium' | 'large' | 'individual';

export interface SizeReading {
  /** The size named, or the likeliest of the range the figures leave. */
  value: Size;
  /** Every size the words leave possible (value among them). */
  possible: Size[];
  /** A category named by its word ("小型", "micro"): taken as said. Otherwise read from figures or a vague word, and said back. */
  named: boolean;
}

/** The tiers in order: a larger one needs every figure to reach it. */
const tiers: readonly Size[] = ['micro', 'small', 'medium', 'large'];

/** Category words; the first one no negation stands before is the answer ("not small, medium" → medium). */
const sizeWords: Array<[RegExp, Size]> = [
  [/(个体|夫妻店|就我一个|就我自己|我一个人干|自己一个人|sole (?:trader|proprietor)|self[- ]employed|individual (?:business|trader)|getihu|just me|one[- ]man|one[- ]person|(?<![a-z])individual(?![a-z]))/g, 'individual'],
  [/(微型|微企|(?<![a-z])(?:tiny|micro|very small)(?![a-z]))/g, 'micro'],
  [/(小型|小微|小企业|小公司|(?<![a-z])small(?:ish|-ish)?(?![a-z]))/g, 'small'],
  [/(中型|中等|(?<![a-z])(?:medium|mid[- ]?size|mid[- ]?sized|middle(?:[- ]sized)?)(?![a-z]))/g, 'medium'],
  [/(大型|大企业|大公司|(?<![a-z])(?:large|big)(?![a-z]))/g, 'large'],
];
const smeSpelled = /small (?:and|or|to) medium|中小企业|中小微|中小型/;
const sizeDenied = /(不是|不算|(?<![a-z])not(?: really| exactly| that| so)?(?: a| an)?)\s*$/;

/**
 * Words that leave a range rather than name a tier: SME (small, medium or micro), "不大" / "not big" (not
 * large), a small shop (small or micro). Read after the category words, so "小微企业" stays small.
 */
const rangeWords: Array<[RegExp, Size[]]> = [
  [/(中小微|中小企业|中小型|(?<![a-z])smes?(?![a-z])|small and medium|small (?:or|to) medium)/, ['small', 'micro', 'medium']],
  [/(不大|不算大|没多大|不是很大|(?<![a-z])not (?:big|large|that big|very big|so big)(?![a-z]))/, ['small', 'micro', 'medium']],
  [/(小店|小馆|小铺|小门脸|小本生意|小买卖|小作坊|小摊|家庭作坊|(?<![a-z])small (?:shop|store|stall|family business|business|outfit)(?![a-z]))/, ['small', 'micro']],
  [/(很小|特别小|非常小|超小|极小|小小的|(?<![a-z])(?:really|super|extremely) small(?![a-z]))/, ['micro', 'small']],
  // "a mom-and-pop shop", "family-run": a family's own trade, a sole trader or a micro firm (r10).
  [/(?<![a-z])(?:mom[- ]and[- ]pop|mum[- ]and[- ]dad|ma[- ]and[- ]pa|family[- ]run|family[- ]owned)(?![a-z])/, ['micro', 'individual']],
  [/(小的|小规模|规模小|挺小|比较小|算小|(?<![a-z])(?:quite|pretty|fairly|rather) small(?![a-z]))/, ['small', 'micro']],
];

const zhPerson = '(?:人|员工|职工|伙计|雇员|店员|服务员|工人|师傅|厨师|厨子|老师|教师|设计师|程序员|技师|美发师|理发师|发型师|美容师|阿姨|保姆|保洁|小工|帮工|学徒|司机|护工|医生|大夫|护士|销售|业务员|会计|保安|工程师|职员|同事|人手|员)';
/** "五六个人", "十来个员工", "两百来号人", "俩人", "员工12名", "人数：200". */
const zhHeadcount = new RegExp(
  `([0-9]{1,5}|[一二两三四五六七八九十百千几俩仨]{1,6})\\s*(?:来|多|余|左右)?\\s*(?:个|名|位|号)?\\s*${zhPerson}` +
  `|(?:员工|职工|人数|雇员|从业人员|人员|伙计)\\s*(?:有|共|一共|总共|大概|大约|差不多|[:：])*\\s*([0-9]{1,5}|[一二两三四五六七八九十百千几俩仨]{1,6})`, 'g');
// "pax" is how Singapore counts people.
const enPeople = '(?:people|persons|person|staff|employees|employee|workers|worker|of us|guys|designers|stylists|teachers|members|hands|heads|pax|full[- ]timers)';
/** "15 people", "~30 staff", "a staff of 8", "headcount 45", "a 12-person team". */
const enHeadcount = new RegExp(
  `(?<![a-z\\d.])(\\d{1,5}|${englishNumberSource})\\s*(?:\\+|or so)?\\s*(?:full[- ]time\\s+)?${enPeople}(?![a-z])` +
  `|(?:staff|team|workforce|headcount)\\s+(?:of|is|are)?\\s*(?:about|around|roughly|~)?\\s*(\\d{1,5}|${englishNumberSource})(?![a-z\\d])` +
  `|(?<![a-z\\d.])(\\d{1,5})[- ]person(?![a-z])`, 'g');

/** 五六 → 6, 二三十 → 30, 十几 → 15, 几个 → 3, 俩 → 2: the figure of a colloquial count. */
function parseZhCount(run: string): number | null {
  let text = run.replace(/俩/g, '两').replace(/仨/g, '三').replace(/^(?=[百千])/, '一');
  text = text === '几' ? '三' : text.replace(/几/g, '五');
  // 五六, 七八: two digits side by side count "five or six", not 56 (parseNumeral reads them as a year's digits).
  if (/^[一二两三四五六七八九]{2}$/.test(text)) text = text.slice(1);
  const value = parseNumeral(text) ?? (text.length >= 2 ? parseNumeral(text.slice(1)) : null);
  return value && value.isInteger() && value.gt(0) ? value.toNumber() : null;
}

/** The largest headcount the text gives, or null. */
export function readHeadcount(normalized: string): number | null {
  let best: number | null = null;
  const keep = (value: number | null) => { if (value !== null && (best === null || value > best)) best = value; };
  for (const match of normalized.matchAll(zhHeadcount)) keep(parseZhCount(match[1] ?? match[2] ?? ''));
  for (const match of normalized.matchAll(enHeadcount)) {
    const value = parseEnglishNumber(match[1] ?? match[2] ?? match[3] ?? '');
    keep(value && value.isInteger() && value.gt(0) ? value.toNumber() : null);
  }
  return best;
}

/** The sizes a headcount leaves, likeliest first. */
function byHeadcount(people: number): Size[] {
  if (people < 5) return ['micro'];
  if (people < 10) return ['micro', 'small'];
  if (people < 20) return ['small', 'micro'];
  if (people < 100) return ['small', 'micro', 'medium'];
  if (people < 200) return ['medium', 'small', 'micro'];
  return ['medium', 'large', 'small'];
}

/** The sizes a year's takings leave, likeliest first (the lowest micro line is 50万, the lowest SME ceiling 1亿). */
function byTakings(yuan: Decimal): Size[] {
  if (yuan.lt(500_000)) return ['micro'];
  if (yuan.lt(1_000_000)) return ['micro', 'small'];
  if (yuan.lt(5_000_000)) return ['small', 'micro'];
  if (yuan.lt(20_000_000)) return ['small', 'micro', 'medium'];
  if (yuan.lt(100_000_000)) return ['medium', 'small', 'micro'];
  return ['medium', 'large', 'small'];
}

/** The year's takings named in the message (a monthly figure × 12), or null. */
function takings(money: readonly MoneyMention[]): Decimal | null {
  const named = money.find((m) => m.revenue === true && m.currency === 'CNY');
  if (!named) return null;
  const value = new Decimal(named.value);
  return named.per === 'month' ? value.times(12) : value;
}

const smaller = (a: Size, b: Size): Size => (tiers.indexOf(a) <= tiers.indexOf(b) ? a : b);

/** Each pair's smaller tier: a tier needs both figures to reach it. */
function combine(first: Size[], second: Size[]): Size[] {
  const out: Size[] = [];
  for (const a of first) for (const b of second) { const size = smaller(a, b); if (!out.includes(size)) out.push(size); }
  return out;
}

function namedSize(normalized: string): Size | undefined {
  let best: { at: number; value: Size } | undefined;
  for (const [pattern, value] of sizeWords) {
    for (const match of normalized.matchAll(pattern)) {
      if (sizeDenied.test(normalized.slice(Math.max(0, match.index - 12), match.index))) continue;
      if (!best || match.index < best.at) best = { at: match.index, value };
      break;
    }
  }
  return best?.value;
}

/**
 * The size the answer gives, named or read from its figures; undefined when it gives none. `figuresOnly`
 * reads the headcount and the takings alone, for a message that is no answer to the size question (an
 * opening), where "big" or "small" may be about anything; `laidOff` is a count of people let go the message
 * gives, which is no headcount.
 */
export function readSizeAnswer(
  normalized: string, money: readonly MoneyMention[] = [], options: { figuresOnly?: boolean; laidOff?: number | null } = {},
): SizeReading | undefined {
  const range = options.figuresOnly ? undefined : rangeWords.find(([pattern]) => pattern.test(normalized))?.[1];
  const named = options.figuresOnly ? undefined : namedSize(normalized);
  // "small and medium" names the SME range, not the small tier.
  if (named && !smeSpelled.test(normalized)) return { value: named, possible: [named], named: true };
  const counted = readHeadcount(normalized);
  // One person said in passing ("一个人开的") is more likely a sole trader than a micro firm: left to be asked.
  const people = counted === null || counted === options.laidOff || (options.figuresOnly && counted < 2) ? null : counted;
  const year = takings(money);
  let possible: Size[] | undefined;
  for (const part of [people === null ? undefined : byHeadcount(people), year === null ? undefined : byTakings(year)]) {
    if (part) possible = possible ? combine(possible, part) : part;
  }
  // A range word narrows the figures ("SME, 15 people" → small or micro), or stands alone.
  const narrowed = range && possible ? possible.filter((size) => range.includes(size)) : possible;
  possible = narrowed && narrowed.length > 0 ? narrowed : possible ?? range;
  if (!possible) return undefined;
  const value = possible[0];
  return value ? { value, possible, named: false } : undefined;
}
