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
/** After a numeral run: a percent sign or word (1), or 个半点 (2: the run plus a half). */
const percentAfter = /\s*(?:(%|percent(?![a-z])|per cent(?![a-z])|pct(?![a-z])|个百分点|百分点|个点)|(个半点|个半百分点))/y;
const englishPercent = new RegExp(`(?<![a-z])(${englishNumberSource})\\s*(?:%|percent(?![a-z])|per cent(?![a-z]))`, 'g');
const tenths = /(?<![\d一二三四五六七八九十两])(十|10|[一二两三四五六七八九]|[1-9])成(半|[一二三四五六七八九]|[1-9])?(?![本都立功为员绩果交长熟品])/g;
const half = /(一半|减半|(?<![a-z])half(?![a-z]))/g;
/**
 * A rate said without its percent sign, after the word for it: "综合费率0.6", "费率是1.2", "fee is 1.5",
 * "rate 1.2". Guarantee rates are a few percent, so only a figure under 10 with no unit after it (not
 * "费率1.5万", "rate 2 million") is read, as that many percent.
 */
const rateWordFigure = /(?:费率|(?<![a-z])(?<!interest |loan |lending )(?:fee rate|rate|fee))\s*(?:(?:是|为|在|大概|大约|约|:|：|=|is|was|of|at|about|around)\s*){0,2}(\d{1,2}(?:\.\d{1,3})?|[零一二两三四五六七八九]点[零一二三四五六七八九]{1,2})(?![\d.]|\s*(?:%|％|[万亿千百个块元点成]|(?:k|w|m|mn|bn|million|billion|thousand|yuan|rmb|percent|per cent|pct)(?![a-z])))/g;
const maxBareRate = 10;

/** The most percentages read from one message (owners give one or two), so the overlap check stays O(1). */
export const maxPercentMentions = 12;

/** Every percentage in the text, in order of appearance; overlapping readings keep the first found. */
export function extractPercents(text: string, normalized: string = normalizeText(text)): PercentMention[] {
  const found: PercentMention[] = [];
  const add = (start: number, end: number, value: Decimal | null): void => {
    if (!value || value.greaterThan(100) || found.length >= maxPercentMentions) return;
    if (found.some((other) => start < other.end && other.start < end)) return;
    found.push({ value: value.toFixed(), start, end, text: text.slice(start, end) });
  };
  if (/[%个百千]|per ?cent|pct/.test(normalized)) {
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
      add(start, percentAfter.lastIndex, value && (unit[2] ? value.plus(0.5) : value));
    }
  }
  if (/%|percent|per cent/.test(normalized)) {
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
  if (normalized.includes('成')) {
    for (const match of normalized.matchAll(tenths)) {
      if (found.length >= maxPercentMentions) break;
      const base = parseNumeral(match[1] ?? '');
      const extra = match[2] === '半' ? new Decimal(5) : match[2] ? parseNumeral(match[2]) : new Decimal(0);
      add(match.index, match.index + match[0].length, base && extra ? base.times(10).plus(extra) : null);
    }
  }
  if (/半|half/.test(normalized)) {
    for (const match of normalized.matchAll(half)) if (found.length < maxPercentMentions) add(match.index, match.index + match[0].length, new Decimal(50));
  }
  return found.sort((a, b) => a.start - b.start);
}
