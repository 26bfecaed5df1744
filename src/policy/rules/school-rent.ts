/**
 * （三） Private kindergartens and training institutions renting district state-owned property.
 *
 * > 承租区属国有企业房产从事办学活动的由市、区教委审批认定的民办幼儿园、民办教育培训机构，依照防疫规定延期开学且
 * > 不裁员、少裁员的，参照中小微企业房租减免政策执行。
 *
 * "参照中小微企业房租减免政策执行": the premises are used for schooling (经营), so March and April rent are waived in full.
 */
import { param } from '../parameters.js';
import { buildOutcome, contactsFor, factIs, periods, runChecks, type Check, type Rule } from './rule-kit.js';
import { rentShareAmount } from './rent-months.js';
import { rentClauseChecks } from './owned-premises.js';
import { noOrFewLayoffs } from './sme-conditions.js';

const checks: Check[] = [
  factIs('industry', ['kindergarten', 'educationTraining'], {
    met: { zh: '民办幼儿园或民办教育培训机构', en: 'a private kindergarten or training institution' },
    failed: { zh: '（三）只适用于民办幼儿园和民办教育培训机构', en: 'Item 3 covers private kindergartens and training institutions only' },
    alternatives: [{ measure: 1, why: { zh: '其他中小微企业按（一）申请房租减免', en: 'other SMEs apply for rent relief under item 1' } }],
  }),
  factIs('approvedByEducationCommission', [true], {
    met: { zh: '由市、区教委审批认定', en: 'approved by the city or district education commission' },
    failed: { zh: '（三）要求由市、区教委审批认定', en: 'Item 3 requires approval by the city or district education commission' },
  }),
  factIs('landlordType', ['districtSoe'], {
    met: { zh: '承租区属国有企业房产办学', en: 'renting district state-owned premises for teaching' },
    failed: { zh: '（三）只适用于承租区属国有企业房产办学', en: 'Item 3 covers premises of district state-owned enterprises only' },
    alternatives: [{ measure: 1, why: { zh: '请房东协商减免，房东可获减免额30%的补贴', en: 'ask your landlord to reduce rent: the landlord can get 30% of the reduction back' } }],
  }),
  factIs('openingDelayed', [true], {
    met: { zh: '依照防疫规定延期开学', en: 'opening delayed under the epidemic rules' },
    failed: { zh: '（三）要求依照防疫规定延期开学', en: 'Item 3 requires the opening to have been delayed under the epidemic rules' },
  }),
  { ...noOrFewLayoffs, failed: { zh: '（三）要求不裁员、少裁员', en: 'Item 3 requires no or few layoffs' } },
];

export const schoolRent: Rule = {
  id: 'school-rent',
  measure: 3,
  title: { zh: '民办幼儿园和培训机构房租减免', en: 'Rent relief for private kindergartens and training schools' },
  facts: ['industry', 'approvedByEducationCommission', 'landlordType', 'openingDelayed', 'layoffs', 'monthlyRent'],
  evaluate(facts) {
    return buildOutcome({
      rule: schoolRent,
      summary: runChecks(rentClauseChecks(checks, facts), facts),
      ...rentShareAmount(facts, param('schoolRentShare')),
      confirmBy: [{ zh: '参照中小微企业房租减免政策的其他条件', en: 'the other conditions of the SME rent policy' }],
      period: periods.rent,
      contacts: contactsFor(3, { unit: '区教委' }, { unit: '区国资委' }),
    });
  },
};
