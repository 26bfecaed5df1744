/**
 * （一） Rent waiver for SME tenants of district state-owned property.
 *
 * > 在西城区注册纳税、符合首都城市战略定位、不在疏解整治范围内、合法规范经营且受疫情影响经营困难的中小微企业、
 * > 个体工商户，承租区内区属国有企业房产从事生产经营活动，按照政府要求坚持营业或依照防疫规定关闭停业且不裁员、
 * > 少裁员的，免收2020年3月和4月房租；承租用于办公用房的，2020年3月和4月给予租金50%的减免。对承租中央企业、
 * > 民营企业等其他经营用房的，鼓励业主（房东）2020年3月和4月为租户减免租金，具体由双方协商解决。
 *
 * Business use: both months waived (100%); office use: 50% of both months. Other landlords: no waiver is
 * guaranteed, only encouraged; the landlord can claim 30% of what it reduces (landlord-subsidy).
 */
import { param } from '../parameters.js';
import type { Facts } from '../facts.js';
import { Decimal } from '../money.js';
import { buildOutcome, contactsFor, factIs, factNeeded, periods, runChecks, type Check, type Rule } from './rule-kit.js';
import { rentShareAmount } from './rent-months.js';
import { rentClauseChecks } from './owned-premises.js';
import { noOrFewLayoffs, openOrClosedPerRules, registeredInXicheng, smeConfirmBy, smeOrIndividual } from './sme-conditions.js';

const districtSoeLandlord: Check = factIs('landlordType', ['districtSoe'], {
  met: { zh: '承租区属国有企业房产', en: 'renting from a district state-owned enterprise' },
  failed: {
    zh: '（一）：免租只适用于承租区属国有企业房产。租中央企业、民营企业等其他房产的，政策鼓励房东为租户减免3、4月租金，具体由双方协商；房东减免后可申请减免金额30%的补贴',
    en: 'Item 1: the waiver applies only to premises of district state-owned enterprises. Other landlords (central SOEs, private firms and others) were encouraged to reduce March and April rent, by agreement between the two sides; a landlord that did could claim 30% of the reduction',
  },
  alternatives: [
    { measure: 1, why: { zh: '请房东协商减免，房东可获减免额30%的补贴', en: 'ask your landlord to reduce rent: the landlord can get 30% of the reduction back' } },
  ],
});

/** Schools have their own clause: （三） asks for the education commission's approval and a delayed opening. */
const notASchool: Check = {
  facts: [],
  test: (facts) => facts.industry !== 'kindergarten' && facts.industry !== 'educationTraining',
  met: null,
  failed: { zh: '民办幼儿园、民办教育培训机构的房租减免按（三）办理（须经教委审批认定、依照防疫规定延期开学）', en: 'private kindergartens and training schools get rent relief under item 3 (approved by the education commission, opening delayed under the epidemic rules)' },
  alternatives: [{ measure: 3, why: { zh: '民办幼儿园、培训机构按（三）办理', en: 'private kindergartens and training schools apply under item 3' } }],
};

const checks: Check[] = [
  notASchool,
  districtSoeLandlord,
  factNeeded('premisesUse'),
  registeredInXicheng,
  smeOrIndividual,
  openOrClosedPerRules,
  noOrFewLayoffs,
];

/** Business premises: 免收 (100%); office: 50% 的减免. */
export function waiverShare(facts: Facts): Decimal | null {
  if (facts.premisesUse === 'business') return param('rentWaiverBusinessShare');
  if (facts.premisesUse === 'office') return param('rentWaiverOfficeShare');
  return null;
}

export const rentWaiver: Rule = {
  id: 'rent-waiver',
  measure: 1,
  title: { zh: '区属国企房产租金减免', en: 'Rent waiver for tenants of district state-owned property' },
  facts: ['landlordType', 'premisesUse', 'registeredInXicheng', 'enterpriseSize', 'operatingStatus', 'layoffs', 'monthlyRent'],
  evaluate(facts) {
    const summary = runChecks(rentClauseChecks(checks, facts), facts);
    if (facts.chainBranch === true) {
      summary.alternatives.push({ measure: 4, why: { zh: '连锁直营门店可申请3、4月实际房租30%的补贴', en: 'a chain branch store can claim 30% of its March and April rent' } });
    }
    return buildOutcome({
      rule: rentWaiver,
      summary,
      ...rentShareAmount(facts, waiverShare(facts)),
      confirmBy: smeConfirmBy,
      period: periods.rent,
      contacts: facts.landlordType === 'districtSoe' || facts.landlordType === undefined
        ? contactsFor(1, { unit: '区国资委' }, { unit: '区发展改革委' })
        : contactsFor(1, { unit: '区发展改革委' }, { unit: '区国资委' }),
    });
  },
};
