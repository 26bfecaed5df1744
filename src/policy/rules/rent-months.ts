/**
 * March and April 2020 rent from the facts, and the arithmetic of a share of it, shown line by line.
 * Used by the rules whose amount is a share of those two months' rent (（一）, （三）, （四）).
 */
import type { Facts, FactName } from '../facts.js';
import { Decimal, formatPercent, formatYuan, toFen, yuan } from '../money.js';
import type { BreakdownLine } from '../outcome.js';
import type { AmountParts } from './rule-kit.js';

export interface RentMonths {
  march: Decimal;
  april: Decimal;
  /** True when both months are the one `monthlyRent`. */
  sameEachMonth: boolean;
}

/** The two months' rent: `rentMarch` + `rentApril` when both are given, else `monthlyRent` twice. */
function rentMonths(facts: Facts): RentMonths | null {
  if (facts.rentMarch !== undefined && facts.rentApril !== undefined) {
    return { march: yuan(facts.rentMarch), april: yuan(facts.rentApril), sameEachMonth: false };
  }
  if (facts.monthlyRent !== undefined) {
    const rent = yuan(facts.monthlyRent);
    return { march: rent, april: rent, sameEachMonth: true };
  }
  return null;
}

/** The fact to ask for when the rent is not known. */
const rentFacts: FactName[] = ['monthlyRent'];

/**
 * The share of March + April rent, with the total line first and each month's part after it.
 */
function rentShare(months: RentMonths, share: Decimal): { amount: string; lines: BreakdownLine[] } {
  const total = months.march.plus(months.april).mul(share);
  const shareText = share.eq(1) ? '' : ` × ${formatPercent(share)}`;
  const totalText = formatYuan(total);
  const first: BreakdownLine = months.sameEachMonth
    ? {
        zh: `${formatYuan(months.march)} 元 × 2 个月${shareText} = ${totalText} 元`,
        en: `${formatYuan(months.march)} yuan × 2 months${shareText} = ${totalText} yuan`,
        amount: toFen(total),
      }
    : {
        zh: `（3月 ${formatYuan(months.march)} 元 + 4月 ${formatYuan(months.april)} 元）${shareText} = ${totalText} 元`,
        en: `(March ${formatYuan(months.march)} yuan + April ${formatYuan(months.april)} yuan)${shareText} = ${totalText} yuan`,
        amount: toFen(total),
      };
  const monthLine = (month: number, rent: Decimal, zhName: string, enName: string): BreakdownLine => {
    const part = rent.mul(share);
    // A full month needs no arithmetic: "其中4月：20,000 元".
    const arithmetic = shareText ? `${formatYuan(rent)} 元${shareText} = ` : '';
    const arithmeticEn = shareText ? `${formatYuan(rent)} yuan${shareText} = ` : '';
    return {
      zh: `其中${zhName}：${arithmetic}${formatYuan(part)} 元`,
      en: `of which ${enName}: ${arithmeticEn}${formatYuan(part)} yuan`,
      amount: toFen(part),
      month,
    };
  };
  return {
    amount: toFen(total),
    lines: [first, monthLine(3, months.march, '3月', 'March'), monthLine(4, months.april, '4月', 'April')],
  };
}


/**
 * The amount parts of an outcome paying `share` of March + April rent; `share` is null while the rule
 * cannot yet tell which share applies (office or business use unknown).
 * @example rentShareAmount({ monthlyRent: '20000' }, new Decimal(1))
 *   // amount "40000.00"; breakdown[0].zh "20,000 元 × 2 个月 = 40,000 元"; amountMissing []
 */
export function rentShareAmount(facts: Facts, share: Decimal | null): AmountParts {
  const months = rentMonths(facts);
  const computed = months && share ? rentShare(months, share) : null;
  return { amount: computed?.amount ?? null, breakdown: computed?.lines ?? [], amountMissing: months ? [] : rentFacts };
}
