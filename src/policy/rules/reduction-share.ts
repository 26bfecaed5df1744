/**
 * 30% of a rent reduction: the subsidy （一） gives landlords and （二） gives parks and incubators
 * ("给予减免金额30%的资金补贴"; "具体补贴办法参照中小微企业房租减免政策执行").
 */
import { param } from '../parameters.js';
import type { Facts } from '../facts.js';
import { formatPercent, formatYuan, toFen, yuan } from '../money.js';
import type { AmountParts, Check } from './rule-kit.js';

export const subsidyRate = param('rentReductionSubsidyShare');
const shareText = formatPercent(subsidyRate);

/** A reduction of 0 yuan earns nothing: the subsidy is a share of what was actually reduced. */
export const reducedRent: Check = {
  facts: ['rentReduction'],
  test: (facts) => (facts.rentReduction === undefined ? null : yuan(facts.rentReduction).gt(0)),
  met: { zh: '为承租的中小微企业减免了租金', en: 'reduced the rent of SME tenants' },
  failed: { zh: `补贴按减免金额的${shareText}计算，没有减免则没有补贴`, en: `the subsidy is ${shareText} of the rent reduced; no reduction, no subsidy` },
};

/**
 * The amount parts of a 30% subsidy on the rent reduced (the `reducedRent` check asks for the fact).
 * @example reductionShareAmount({ rentReduction: '100000' }) // amount "30000.00", "100,000 元 × 30% = 30,000 元"
 */
export function reductionShareAmount(facts: Facts): AmountParts {
  if (facts.rentReduction === undefined) return { amount: null, breakdown: [], amountMissing: [] };
  const reduction = yuan(facts.rentReduction);
  const amount = reduction.mul(subsidyRate);
  return {
    amount: toFen(amount),
    amountMissing: [],
    breakdown: [{
      zh: `减免金额 ${formatYuan(reduction)} 元 × ${shareText} = ${formatYuan(amount)} 元`,
      en: `rent reduced ${formatYuan(reduction)} yuan × ${shareText} = ${formatYuan(amount)} yuan`,
      amount: toFen(amount),
    }],
  };
}
