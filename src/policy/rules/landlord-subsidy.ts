/**
 * （一） Subsidy for landlords that reduced SME tenants' rent.
 *
 * > 对在疫情期间按要求为承租其房屋的中小微企业减免租金的合法经营企业，经行业主管部门认定后，给予减免金额30%的资金补贴。
 */
import { buildOutcome, contactsFor, periods, runChecks, type Check, type Rule } from './rule-kit.js';
import { reducedRent, reductionShareAmount } from './reduction-share.js';

/**
 * The clause pays 合法经营企业: a landlord who says they are a private individual is not covered. Never
 * asked (most landlords who ask are companies, and the department confirms it either way).
 */
const landlordIsEnterprise: Check = {
  facts: [],
  test: (facts) => facts.landlordIsEnterprise !== false,
  met: null,
  failed: { zh: '（一）的补贴给予减免租金的合法经营企业，个人房东不在此列', en: 'Item 1 pays the subsidy to lawfully operating enterprises that reduced rent, not to individual landlords' },
};

export const landlordSubsidy: Rule = {
  id: 'landlord-subsidy',
  measure: 1,
  title: { zh: '房东减免租金补贴', en: 'Subsidy for landlords that reduced rent' },
  facts: ['rentReduction'],
  evaluate(facts) {
    return buildOutcome({
      rule: landlordSubsidy,
      summary: runChecks([landlordIsEnterprise, reducedRent], facts),
      ...reductionShareAmount(facts),
      confirmBy: [
        { zh: '房东为合法经营企业', en: 'the landlord is a lawfully operating enterprise' },
        { zh: '承租方为中小微企业，且在疫情期间按要求减免', en: 'the tenants are SMEs and the reduction was made as required during the epidemic' },
        { zh: '经行业主管部门认定', en: 'recognition by the industry authority' },
      ],
      period: periods.rent,
      contacts: contactsFor(1, { unit: '区发展改革委' }, { unit: '区财政局' }),
    });
  },
};
