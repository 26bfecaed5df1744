/**
 * How the notice numbers its parts: chapters 一–七 and measures （一）–（十四）, so staff read the same
 * label the printed notice uses.
 *
 * @example measureLabel(13) // "（十三）"; chineseNumeral(6) // "六"
 */
const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–19 as a Chinese numeral: 6 → "六", 14 → "十四". */
export function chineseNumeral(n: number): string {
  if (n < 10) return digits[n] ?? String(n);
  return `十${digits[n - 10] ?? ''}`;
}

/** A measure's label as printed: 1 → "（一）". */
export function measureLabel(id: number): string {
  return `（${chineseNumeral(id)}）`;
}
