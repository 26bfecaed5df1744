/**
 * Percentages: 80%, 80％, 百分之八十, 百分之85.5, 八成, 七成五, 八成半, 下降了85.5%, "down 80 percent",
 * "80 per cent". "一半", "减半" and "half" read as 50: owners say "营业额少了一半" for a 50% drop, and
 * the notice itself says 减半收取. "打八折" is not read (it is a price, and whether it means 80% or 20%
 * depends on the question). Values above 100 are dropped: every percentage fact is 0–100, so such a
 * mention could only become an invalid fact.
 *
 * @example
 *   extractPercents('营业额降了七成五')[0]?.value // '75'
 */
import { Decimal } from '../policy/money.js';
import type { PercentMention } from './understanding.js';
import { normalizeText } from './normalize-text.js';
import { numeralRunSource, parseNumeral } from './numeral.js';

/** Each pattern with a cheap test that must pass before the pattern is run (most messages have no percentage). */
const patterns: Array<{ cue: RegExp; pattern: RegExp }> = [
  { cue: /%|per ?cent|pct/, pattern: new RegExp(`(${numeralRunSource})\\s*(?:%|percent\\b|per cent\\b|pct\\b)`, 'g') },
  { cue: /百分之/, pattern: new RegExp(`百分之(${numeralRunSource})`, 'g') },
  {
    cue: /成/,
    pattern: /(?<![\d一二三四五六七八九十两])(十|10|[一二两三四五六七八九]|[1-9])成(半|[一二三四五六七八九]|[1-9])?(?![本都立功为员绩果交长熟品])/g,
  },
  { cue: /半|half/, pattern: /(一半|减半|\bhalf\b)/g },
];

/** Every percentage in the text, in order of appearance; overlapping readings keep the first found. */
export function extractPercents(text: string, normalized: string = normalizeText(text)): PercentMention[] {
  const found: PercentMention[] = [];
  patterns.forEach(({ cue, pattern }, kind) => {
    if (!cue.test(normalized)) return;
    for (const match of normalized.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      const value = readPercent(kind, match);
      if (!value || value.greaterThan(100)) continue;
      found.push({ value: value.toFixed(), start, end, text: text.slice(start, end) });
    }
  });
  return found.sort((a, b) => a.start - b.start);
}

function readPercent(kind: number, match: RegExpMatchArray): Decimal | null {
  if (kind === 0 || kind === 1) return parseNumeral(match[1] ?? '');
  if (kind === 3) return new Decimal(50);
  const tenths = parseNumeral(match[1] ?? '');
  if (!tenths) return null;
  const extra = match[2] === '半' ? new Decimal(5) : match[2] ? parseNumeral(match[2]) : new Decimal(0);
  return extra ? tenths.times(10).plus(extra) : null;
}
