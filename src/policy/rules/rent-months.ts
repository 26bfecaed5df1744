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
  // Each figure formatted once: every line shows it in both languages, and the rule runs on most turns.
  const totalText = formatYuan(total);
  const totalFen = toFen(total);
  const marchText = formatYuan(months.march);
  const aprilText = months.sameEachMonth ? marchText : formatYuan(months.april);
  const first: BreakdownLine = months.sameEachMonth
    ? {
        zh: `${marchText} 元 × 2 个月${shareText} = ${totalText} 元`,
        en: `${marchText} yuan × 2 months${shareText} = ${totalText} yuan`,
        amount: totalFen,
      }
    : {
        zh: `（3月 ${marchText} 元 + 4月 ${aprilText} 元）${shareText} = ${totalText} 元`,
        en: `(March ${marchText} yuan + April ${aprilText} yuan)${shareText} = ${totalText} yuan`,
        amount: totalFen,
      };
  const monthLine = (month: number, rent: Decimal, rentText: string, zhName: string, enName: string): BreakdownLine => {
    const part = rent.mul(share);
    const partText = formatYuan(part);
    // A full month needs no arithmetic: "其中4月：20,000 元".
    const arithmetic = shareText ? `${rentText} 元${shareText} = ` : '';
    const arithmeticEn = shareText ? `${rentText} yuan${shareText} = ` : '';
    return {
      zh: `其中${zhName}：${arithmetic}${partText} 元`,
      en: `of which ${enName}: ${arithmeticEn}${partText} yuan`,
      amount: toFen(part),
      month,
    };
  };
  return {
    amount: totalFen,
    lines: [first, monthLine(3, months.march, marchText, '3月', 'March'), monthLine(4, months.april, aprilText, '4月', 'April')],
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
