/**
 * Reads one run of Chinese and/or Arabic numerals as an exact Decimal: 两万五 → 25000, 3千5 → 3500,
 * 2.5万 → 25000, 一万五千 → 15000, 壹万 → 10000, 1.2亿 → 120000000, 25,000 → 25000, 二零二零 → 2020,
 * 两点五万 → 25000. Malformed runs (万万, a unit with nothing to count) give null, never a guess.
 *
 * @example
 *   parseNumeral('两万五')?.toString() // '25000'
 *   parseNumeral('两万万')             // null
 */
import { Decimal } from '../policy/money.js';

const digitValues: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 幺: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const smallUnits: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const bigUnits: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * One numeral run as a regular-expression source (no flags), for extractors that scan text.
 * Each Arabic piece must end where its digits end (`(?!\\d)`): otherwise the repeated group could split
 * a long digit run in exponentially many ways, and "2%降到1%" followed by 40 digits took minutes.
 * A numeral after an amount that counts something ("8000一个月", "一家8000一家1万", "三万两个月") starts no digit of it.
 */
export const numeralRunSource =
  '(?:[1-9]\\d{0,2}(?:\\.\\d{3}){2,}(?![\\d.])|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?:\\.\\d+)?(?!\\d|,\\d)|\\d+(?:\\.\\d+)?(?!\\d)|(?!(?<=[\\d万千百])[一二两三四五六七八九十俩]\\s*(?:[家户间位套年]|个(?!万|千|百)))[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟幺])+' +
  '(?:点(?:\\d|[零〇一二两三四五六七八九])+[千万亿]?)?';

type Token =
  | { kind: 'number'; value: Decimal; single: boolean; zero: boolean }
  | { kind: 'small'; value: number }
  | { kind: 'big'; value: number };

/** Decimals for 0–9, made once: a numeral run is read on every message. */
const digitDecimals = Array.from({ length: 10 }, (_, digit) => new Decimal(digit));
const zero = digitDecimals[0] ?? new Decimal(0);
const plainArabic = /^(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:\.\d+)?$/;

const arabicAt = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
/** Thousands separators: the comma, and the space (plain, no-break or thin) of British and ISO style ("20 000"). */
const groupSeparators = /[, \u00a0\u202f]/g;

function tokenize(run: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < run.length) {
    arabicAt.lastIndex = i;
    const arabic = arabicAt.exec(run);
    if (arabic) {
      const digits = arabic[0].replace(groupSeparators, '');
      tokens.push({ kind: 'number', value: new Decimal(digits), single: /^\d$/.test(digits), zero: false });
      i += arabic[0].length;
      continue;
    }
    const char = run.charAt(i);
    const digit = digitValues[char];
    if (digit !== undefined) tokens.push({ kind: 'number', value: digitDecimals[digit] ?? zero, single: true, zero: digit === 0 });
    else if (smallUnits[char] !== undefined) tokens.push({ kind: 'small', value: smallUnits[char] });
    else if (bigUnits[char] !== undefined) tokens.push({ kind: 'big', value: bigUnits[char] });
    else return null;
    i += 1;
  }
  return tokens;
}

/**
 * The longest run read as a number. The longest real amounts are about 20 characters
 * ("壹仟贰佰叁拾肆万伍仟陆佰柒拾捌", "1,000,000,000.00"); a longer run is noise, and reading it would
 * build a Decimal of thousands of digits (a 2,000-character run cost milliseconds per look).
 */
export const maxNumeralChars = 40;

/**
 * The most numeral runs an extractor looks at in one message. An owner's message holds a handful of
 * numbers; a paste of hundreds ("一点一点…") would otherwise cost a Decimal each. Past this many,
 * the rest of the message is not read for numbers.
 */
export const maxNumeralRuns = 64;

/** Reads a numeral run; null when it is not a well-formed number. */
export function parseNumeral(run: string): Decimal | null {
  if (run.length > maxNumeralChars) return null;
  if (plainArabic.test(run)) return new Decimal(run.replace(groupSeparators, ''));
  const point = run.indexOf('点');
  if (point >= 0) return parseWithPoint(run.slice(0, point), run.slice(point + 1));
  const tokens = tokenize(run);
  if (!tokens || tokens.length === 0) return null;
  const dropped = droppedOne(tokens);
  if (dropped) return dropped;
  // 二零二零, 一九: digits read one by one, as in years and phone numbers.
  if (tokens.length > 1 && tokens.every((t) => t.kind === 'number' && t.single && !/\d/.test(run))) {
    return new Decimal(tokens.map((t) => (t.kind === 'number' ? t.value.toString() : '')).join(''));
  }
  return combine(tokens);
}

/**
 * "万五", "万二", "千八": 一万五, 一万二, 一千八 as people say them, the leading 一 dropped. Only a unit of 百 or more and one
 * digit from 二 to 九: 万一 is "in case", and 千万 ("千万别") stays no number.
 */
function droppedOne(tokens: Token[]): Decimal | null {
  const [unit, digit] = tokens;
  if (tokens.length !== 2 || !unit || unit.kind === 'number' || unit.value < 100 || digit?.kind !== 'number' || !digit.single) return null;
  if (digit.value.lessThan(2)) return null;
  return new Decimal(unit.value).plus(digit.value.times(unit.value / 10));
}

/** 两点五万: an integer, 点, digits read one by one, then at most one unit. */
function parseWithPoint(left: string, right: string): Decimal | null {
  const whole = parseNumeral(left);
  if (!whole || !whole.isInteger()) return null;
  const unitChar = right.slice(-1);
  const unit = smallUnits[unitChar] ?? bigUnits[unitChar];
  const fraction = unit === undefined ? right : right.slice(0, -1);
  let digits = '';
  for (const char of fraction) {
    const value = /\d/.test(char) ? Number(char) : digitValues[char];
    if (value === undefined) return null;
    digits += String(value);
  }
  if (digits === '') return null;
  return new Decimal(`${whole.toFixed(0)}.${digits}`).times(unit ?? 1);
}

/**
 * The usual positional reading, with two colloquial rules: 十 alone counts one ten (十五 = 15), and a
 * single digit after a unit counts the next unit down (两万五 = 25000, 3千5 = 3500), unless a 零
 * intervenes (一万零五 = 10005).
 */
function combine(tokens: Token[]): Decimal | null {
  let above = zero; // the 亿 part
  let wan = zero; // the 万 part
  let small = zero; // below 万
  let pending: Extract<Token, { kind: 'number' }> | null = null;
  let lastSmall = Infinity;
  let lastUnit: number | null = null;
  let afterZero = false;
  let seenWan = false;
  let seenYi = false;
  for (const token of tokens) {
    if (token.kind === 'number') {
      if (pending && !pending.zero) return null; // 三四, 5 5: two numbers in a row
      if (pending?.zero) afterZero = true;
      pending = token;
    } else if (token.kind === 'small') {
      const count = pending ? pending.value : token.value === 10 ? digitDecimals[1] : null;
      if (!count || token.value >= lastSmall || count.isZero()) return null;
      small = small.plus(count.times(token.value));
      lastSmall = token.value;
      lastUnit = token.value;
      pending = null;
      afterZero = false;
    } else {
      const count = small.plus(pending?.value ?? zero);
      if (token.value === 1e4) {
        if (seenWan) return null; // 两万万
        if (count.isZero()) return null; // 万 with nothing to count: 上万, 千万 as "never"
        wan = count.times(1e4);
        seenWan = true;
      } else {
        if (seenYi) return null; // 亿亿
        if (wan.plus(count).isZero()) return null;
        above = wan.plus(count).times(1e8); // 1万亿 = 1e12
        wan = zero;
        seenYi = true;
        seenWan = false;
      }
      small = zero;
      pending = null;
      lastSmall = Infinity;
      lastUnit = token.value;
      afterZero = false;
    }
  }
  let tail = zero;
  if (pending) {
    const shorthand = lastUnit !== null && pending.single && !afterZero && !pending.zero;
    // lastUnit / 10 is exact: units are powers of ten from 10 to 1e8.
    tail = shorthand ? pending.value.times((lastUnit ?? 10) / 10) : pending.value;
  }
  return above.plus(wan).plus(small).plus(tail);
}

const englishUnits: Record<string, number> = {
  zero: 0, no: 0, one: 1, a: 1, an: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, couple: 2, dozen: 12,
};
const englishTens: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/**
 * English number words as a regular-expression source: "two", "twenty-five", "a couple", "one and a
 * half", "a dozen". Small numbers only: owners count staff and percentages this way, not rents.
 */
export const englishNumberSource =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?' +
  '|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a couple|a dozen)' +
  '(?: and a half| point (?:zero|one|two|three|four|five|six|seven|eight|nine))?';

/**
 * Reads English number words (see englishNumberSource) or digits; null when it is neither.
 * @example parseEnglishNumber('twenty-five') // 25
 * @example parseEnglishNumber('one and a half') // 1.5
 */
export function parseEnglishNumber(words: string): Decimal | null {
  const text = words.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(text)) return new Decimal(text);
  const match = /^(.*?)(?: and a (half)| point (\w+))?$/.exec(text);
  if (!match) return null;
  let whole = 0;
  for (const word of (match[1] ?? '').replace(/^a /, '').split(/[- ]/)) {
    const value = englishTens[word] ?? englishUnits[word];
    if (value === undefined) return null;
    whole += value;
  }
  if (match[2]) return new Decimal(whole).plus(0.5);
  if (match[3]) {
    const tenth = englishUnits[match[3]];
    return tenth === undefined || tenth > 9 ? null : new Decimal(`${whole}.${tenth}`);
  }
  return new Decimal(whole);
}

const englishScales: Record<string, number> = {
  thousand: 1e3, grand: 1e3, k: 1e3, million: 1e6, mil: 1e6, mn: 1e6, billion: 1e9, bn: 1e9,
};
const englishWordAlternatives =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen' +
  '|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|grand|million|billion|half';
/** Number words only (no "a", no scale): what must stand before a written-out number's short scale ("twenty two k"). */
const englishCountAlternatives =
  'a[\\s-]+hundred|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen' +
  '|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred';
const digitWordAlternatives = 'zero|one|two|three|four|five|six|seven|eight|nine';
/** "half a million", "a quarter of a million", "three quarters of a million": a share of one scale. */
const scaleShareSource = '(?:(?:a[\\s-]+)?half|(?:a|one)[\\s-]+quarter|(?:three|3)[\\s-]+quarters)(?:[\\s-]+of)?(?:[\\s-]+(?:a|one))?[\\s-]+(?:thousand|grand|million|mil|billion)';
const scaleShares: Record<string, number> = { half: 0.5, quarter: 0.25, quarters: 0.75 };
const wholeScaleShare = new RegExp(`^${scaleShareSource}$`);

/**
 * An amount in English words with a scale word in it ("eight thousand five hundred", "twenty-five thousand",
 * "a hundred and twenty thousand", "two million", "two grand", "one and a half million", "one point two million",
 * "a million and a half", "half a million", "a quarter of a million", "twenty two k", "five mil"), as a
 * regular-expression source. Without hundred, thousand, million or billion ("two", "fifteen") a number in words
 * counts people or months, never yuan; the short scales (k, mil, mn, bn) count only after a number word.
 */
export const englishAmountSource =
  `(?:${scaleShareSource}` +
  `|(?:(?:${englishCountAlternatives})[\\s-]+(?:and[\\s-]+)?){1,8}(?:point[\\s-]+(?:${digitWordAlternatives})[\\s-]+)?(?:k|mil|mn|bn)(?!-[a-z])` +
  `|(?:(?:a|one|${englishWordAlternatives})[\\s-]+(?:and[\\s-]+)?){0,8}(?:point[\\s-]+(?:${digitWordAlternatives})[\\s-]+)?(?:hundred|thousand|grand|million|billion)` +
  // "a million and a half": half of the scale just named.
  `(?:[\\s-]+and[\\s-]+a[\\s-]+half(?![a-z]))?` +
  // "thirty thousand one month": a number word before a span of time counts that span, not the yuan.
  `(?:[\\s-]+(?:and[\\s-]+)?(?:${englishWordAlternatives})(?![a-z])(?![\\s-]+(?:months?|years?|weeks?|days?|quarters?)(?![a-z]))){0,8})`;

/**
 * Reads an amount in English words (see englishAmountSource); null when the words do not make one number
 * ("thousand thousand", "five six").
 * @example parseEnglishAmount('eight thousand five hundred')?.toFixed() // '8500'
 * @example parseEnglishAmount('a hundred and twenty thousand')?.toFixed() // '120000'
 */
export function parseEnglishAmount(words: string): Decimal | null {
  const text = words.trim().toLowerCase();
  // "one and a half million": the whole number of the scale, and half of it.
  const half = /^(.+?)[\s-]+and[\s-]+a[\s-]+half[\s-]+(thousand|grand|million|billion)$/.exec(text);
  if (half) {
    const whole = parseEnglishAmount(`${half[1] ?? ''} ${half[2] ?? ''}`);
    return whole && whole.plus((englishScales[half[2] ?? ''] ?? 0) / 2);
  }
  // "a million and a half": the scale, and half of it.
  const halfAfter = /^(.+?(thousand|grand|million|billion))[\s-]+and[\s-]+a[\s-]+half$/.exec(text);
  if (halfAfter) {
    const whole = parseEnglishAmount(halfAfter[1] ?? '');
    return whole && whole.plus((englishScales[halfAfter[2] ?? ''] ?? 0) / 2);
  }
  // "half a million", "a quarter of a million", "three quarters of a million".
  const share = /(half|quarters?)(?:[\s-]+of)?(?:[\s-]+(?:a|one))?[\s-]+(thousand|grand|million|mil|billion)$/.exec(text);
  if (share && wholeScaleShare.test(text)) {
    return new Decimal(englishScales[share[2] ?? ''] ?? 0).times(scaleShares[share[1] ?? ''] ?? 0);
  }
  // "one point two million": digits after the point, then the scale.
  const point = /^(.+?)[\s-]+point[\s-]+(\w+)[\s-]+(thousand|grand|million|mil|mn|billion|bn|k)$/.exec(text);
  if (point) {
    const whole = parseEnglishNumber(point[1] ?? '');
    const tenth = englishUnits[point[2] ?? ''];
    if (!whole || tenth === undefined || tenth > 9 || !whole.isInteger()) return null;
    return new Decimal(`${whole.toFixed(0)}.${tenth}`).times(englishScales[point[3] ?? ''] ?? 0);
  }
  let total = 0;
  let current = 0;
  let lastScale = Infinity;
  let previous: 'unit' | 'ten' | 'hundred' | 'scale' | null = null;
  for (const word of text.split(/[\s-]+/)) {
    if (word === 'and') continue;
    if (word === 'a' || word === 'one' || englishUnits[word] !== undefined || englishTens[word] !== undefined) {
      const value = word === 'a' ? 1 : englishTens[word] ?? englishUnits[word] ?? 0;
      const ten = englishTens[word] !== undefined;
      // "twenty five" goes on, "five six" and "twelve three" do not.
      if (previous === 'unit' || (previous === 'ten' && (ten || value >= 10))) return null;
      current += value;
      previous = ten ? 'ten' : 'unit';
    } else if (word === 'hundred') {
      if (previous === 'hundred' || current >= 100) return null; // "five hundred hundred"
      current = (current === 0 ? 1 : current) * 100;
      previous = 'hundred';
    } else {
      const scale = englishScales[word];
      if (scale === undefined || scale >= lastScale) return null; // "thousand million", "thousand thousand"
      total += (current === 0 ? 1 : current) * scale;
      current = 0;
      lastScale = scale;
      previous = 'scale';
    }
  }
  return new Decimal(total + current);
}
