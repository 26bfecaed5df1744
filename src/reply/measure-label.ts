/**
 * How the notice numbers its parts: chapters 一–七 and measures （一）–（十四）, so staff read the same
 * label the printed notice uses.
 *
 * @example measureLabel(13) // "（十三）"; chineseNumeral(6) // "六"
 */
import { measure } from '../policy/notice.js';
import type { Outcome } from '../policy/outcome.js';
import { findRule } from '../policy/rules/index.js';
import type { Lang } from '../core/reply.js';

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

/**
 * An outcome's heading: the measure's label and the title of the rule that decided it, since one
 * measure may hold several benefits (（一） waives tenants' rent and subsidises landlords).
 * @example outcomeTitle(landlordOutcome, 'zh') // "（一）房东减免租金补贴"
 */
export function outcomeTitle(outcome: Pick<Outcome, 'rule' | 'measure'>, lang: Lang): string {
  return heading(outcome.measure, findRule(outcome.rule)?.title ?? measure(outcome.measure).title, lang);
}

/** A heading as replies show it: "（一）房东减免租金补贴" / "Item 1: Subsidy for landlords…". */
export function heading(measureId: number, title: { zh: string; en: string }, lang: Lang): string {
  return lang === 'zh' ? `${measureLabel(measureId)}${title.zh}` : `Item ${measureId}: ${title.en}`;
}
