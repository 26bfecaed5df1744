/**
 * How a landlord's total reduction was read, said back before the answer: "按 6,000 元 × 2 个月 = 12,000 元
 * 计算减免总额" / "Taking 6,000 yuan × 2 months = 12,000 yuan as the rent reduced", so the owner can correct it.
 */
import type { Lang } from '../core/reply.js';
import { formatYuan } from '../policy/money.js';
import type { ReductionArithmetic } from '../nlu/read-reduction.js';

/** The arithmetic as one expression: a sum, or the base times its share, tenants and months. */
function expression(how: ReductionArithmetic, total: string, lang: Lang): string {
  const money = (value: string): string => (lang === 'zh' ? `${formatYuan(value)} 元` : `${formatYuan(value)} yuan`);
  const times = (tenants: number | undefined, months: number | undefined): string[] => [
    ...(tenants !== undefined ? [lang === 'zh' ? `${tenants} 户` : `${tenants} tenants`] : []),
    ...(months !== undefined ? [lang === 'zh' ? `${months} 个月` : `${months} months`] : []),
  ];
  const terms = how.parts
    ? [how.parts.map((part) => [money(part.base), ...times(part.tenants, part.months)].join(' × ')).join(' + ')]
    : how.sum
    ? [how.sum.map(money).join(' + ')]
    : [
      ...(how.baseOf ? [`(${how.baseOf.values.map(money).join(how.baseOf.op === '+' ? ' + ' : ' − ')})`] : how.base !== undefined ? [money(how.base)] : []),
      // A fraction whose percentage never ends is shown as said ("× 1/3"); a percentage with its sign.
      ...(how.share !== undefined ? [how.share.includes('/') ? how.share : `${how.share}%`] : []),
      ...times(how.tenants, how.months),
    ];
  return `${terms.join(' × ')} = ${money(total)}`;
}

/** The sentence for the reply. @example reductionSentence({ base: '6000', months: 2 }, '12000', 'zh') // '按 6,000 元 × 2 个月 = 12,000 元计算减免总额。' */
export function reductionSentence(how: ReductionArithmetic, total: string, lang: Lang): string {
  return lang === 'zh' ? `按 ${expression(how, total, lang)}计算减免总额。` : `Taking ${expression(how, total, lang)} as the rent reduced.`;
}
