/**
 * （六） Guarantee fees halved for small and micro enterprises (the borrower's side).
 *
 * > 2020年驻区政府性融资担保机构对小微企业减半收取融资担保、再担保费，力争将小微企业综合融资担保费率降至1%以下。
 *
 * The saving is half the fee that would have been charged: guaranteedAmount × originalFeeRate ÷ 2.
 */
import { param } from '../parameters.js';
import { formatPercent, formatYuan, percentToFraction, toFen, yuan } from '../money.js';
import { buildOutcome, contactsFor, factIs, periods, runChecks, type Check, type Rule } from './rule-kit.js';

const checks: Check[] = [
  factIs('enterpriseSize', ['small', 'micro', 'individual'], {
    met: { zh: '属于小微企业', en: 'a small or micro enterprise' },
    failed: { zh: '（六）担保费减半只适用于小微企业，中型、大型企业不在范围内', en: 'Item 6 halves fees for small and micro enterprises only, not medium or large ones' },
  }),
  factIs('districtInstitution', [true], {
    met: { zh: '由驻区政府性融资担保机构担保', en: 'guaranteed by a government guarantee institution in the district' },
    failed: { zh: '（六）只适用于驻区政府性融资担保机构提供的担保', en: "Item 6 applies to guarantees from the district's government guarantee institutions only" },
  }),
];

export const guaranteeFee: Rule = {
  id: 'guarantee-fee',
  measure: 6,
  title: { zh: '融资担保费减半', en: 'Guarantee fee halved' },
  facts: ['enterpriseSize', 'districtInstitution', 'guaranteedAmount', 'originalFeeRate'],
  evaluate(facts) {
    const known = facts.guaranteedAmount !== undefined && facts.originalFeeRate !== undefined;
    const principal = yuan(facts.guaranteedAmount ?? '0');
    const rate = percentToFraction(facts.originalFeeRate ?? '0');
    const saving = principal.mul(rate).mul(param('guaranteeFeeShare'));
    return buildOutcome({
      rule: guaranteeFee,
      summary: runChecks(checks, facts),
      amount: known ? toFen(saving) : null,
      breakdown: known ? [{
        zh: `担保金额 ${formatYuan(principal)} 元 × 原费率 ${formatPercent(rate)} ÷ 2 = 少交 ${formatYuan(saving)} 元`,
        en: `${formatYuan(principal)} yuan guaranteed × ${formatPercent(rate)} original rate ÷ 2 = ${formatYuan(saving)} yuan saved`,
        amount: toFen(saving),
      }] : [],
      amountMissing: (['guaranteedAmount', 'originalFeeRate'] as const).filter((fact) => facts[fact] === undefined),
      confirmBy: [
        { zh: '担保、再担保费在2020年收取；目标是小微企业综合担保费率降至1%以下', en: 'fees charged in 2020; the aim was a total guarantee rate below 1% for small and micro firms' },
        ...(facts.enterpriseSize === 'individual'
          ? [{ zh: '个体工商户是否按小微企业对待，由担保机构确认', en: 'whether a sole trader counts as a small or micro enterprise is for the institution to confirm' }]
          : []),
      ],
      period: periods.year2020,
      contacts: contactsFor(6, { unit: '区发展改革委' }, { unit: '北京金融街服务局' }),
    });
  },
};

