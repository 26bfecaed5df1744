/**
 * （六） Subsidy for the district's government guarantee institutions (the institution's side).
 *
 * > 驻区担保机构帮助中小微企业放款成功的，经认定,对于综合费率不足2%的部分,根据综合费用降低额度，
 * > 对驻区融资担保机构给予50%补贴，单家机构最高不超过500万元。
 *
 * Amount = 50% × (2% − comprehensive rate) × guaranteed amount, capped at 5,000,000 yuan per institution.
 */
import { Decimal, formatPercent, formatYuan, percentToFraction, toFen, yuan } from '../money.js';
import { param } from '../parameters.js';
import { buildOutcome, contactsFor, factIs, periods, runChecks, type Check, type Rule } from './rule-kit.js';

const ceilingRate = param('guarantorCeilingRate');
const subsidyShare = param('guarantorSubsidyShare');
const capPerInstitution = param('guarantorCapPerInstitution');
const ceiling = formatPercent(ceilingRate);
const share = formatPercent(subsidyShare);
const cap = formatYuan(capPerInstitution);

const checks: Check[] = [
  factIs('districtInstitution', [true], {
    met: { zh: '驻区政府性融资担保机构', en: 'a government guarantee institution in the district' },
    failed: { zh: '（六）补贴只给驻区政府性融资担保机构', en: "Item 6 subsidises the district's government guarantee institutions only" },
  }),
  {
    facts: ['comprehensiveFeeRate'],
    test: (facts) => (facts.comprehensiveFeeRate === undefined ? null : percentToFraction(facts.comprehensiveFeeRate).lt(ceilingRate)),
    met: { zh: `综合费率低于${ceiling}`, en: `total fee rate below ${ceiling}` },
    failed: { zh: `（六）只补贴综合费率不足${ceiling}的部分；费率达到或超过${ceiling}没有补贴`, en: `Item 6 subsidises only the part below a ${ceiling} total rate; at ${ceiling} or above there is nothing` },
  },
];

export const guarantorSubsidy: Rule = {
  id: 'guarantor-subsidy',
  measure: 6,
  title: { zh: '担保机构降费补贴', en: 'Subsidy for guarantee institutions that cut fees' },
  facts: ['districtInstitution', 'comprehensiveFeeRate', 'guaranteedAmount'],
  evaluate(facts) {
    const summary = runChecks(checks, facts);
    const known = facts.comprehensiveFeeRate !== undefined && facts.guaranteedAmount !== undefined;
    const rate = percentToFraction(facts.comprehensiveFeeRate ?? '0');
    const principal = yuan(facts.guaranteedAmount ?? '0');
    const uncapped = ceilingRate.minus(rate).mul(principal).mul(subsidyShare);
    const capped = Decimal.min(uncapped, capPerInstitution);
    const line = {
      zh: `（${ceiling} − ${formatPercent(rate)}）× 担保金额 ${formatYuan(principal)} 元 × ${share} = ${formatYuan(uncapped)} 元`,
      en: `(${ceiling} − ${formatPercent(rate)}) × ${formatYuan(principal)} yuan guaranteed × ${share} = ${formatYuan(uncapped)} yuan`,
      amount: toFen(uncapped),
    };
    const capLine = {
      zh: `超过单家机构上限 ${cap} 元，按 ${cap} 元计`,
      en: `above the ${cap} yuan cap per institution: ${cap} yuan`,
      amount: toFen(capPerInstitution),
    };
    return buildOutcome({
      rule: guarantorSubsidy,
      summary,
      amount: known ? toFen(capped) : null,
      breakdown: known ? (uncapped.gt(capPerInstitution) ? [line, capLine] : [line]) : [],
      amountMissing: (['comprehensiveFeeRate', 'guaranteedAmount'] as const).filter((fact) => facts[fact] === undefined),
      confirmBy: [
        { zh: '帮助中小微企业放款成功，经认定', en: 'loans to SMEs actually made, as recognised by the authority' },
        { zh: `单家机构全年最高 ${cap} 元（多笔业务合计）`, en: `at most ${cap} yuan per institution in all` },
      ],
      period: periods.year2020,
      contacts: contactsFor(6, { unit: '北京金融街服务局' }, { unit: '区发展改革委' }),
    });
  },
};
