/**
 * （二） Parks, incubators, maker spaces, startup bases and cultural parks extending rent relief to April.
 *
 * > 鼓励特色园、科技企业孵化器、众创空间、创业基地、文化产业园等各类载体将房租减免时间同步延长至4月。
 * > 具体补贴办法参照中小微企业房租减免政策执行。
 *
 * "参照中小微企业房租减免政策" is read as the landlord subsidy of （一）: 30% of the reduction.
 */
import { carrierTypes } from '../facts.js';
import type { Contact } from '../notice.js';
import { buildOutcome, contactsFor, factIs, periods, runChecks, type Rule } from './rule-kit.js';
import { reducedRent, reductionShareAmount } from './reduction-share.js';

const isCarrier = factIs('carrierType', carrierTypes, {
  met: { zh: '属于特色园、孵化器、众创空间、创业基地、文化产业园等载体', en: 'a feature park, incubator, maker space, startup base or cultural park' },
  failed: { zh: '（二）只适用于特色园、孵化器、众创空间、创业基地、文化产业园等载体', en: 'Item 2 covers parks, incubators, maker spaces, startup bases and cultural parks' },
});

/** The unit that oversees each kind of carrier first, then the SME service centre. */
function carrierContacts(carrierType: string | undefined): Contact[] {
  const sme = { unit: '区发展改革委' };
  if (carrierType === 'culturalPark') return contactsFor(2, { unit: '区文化和旅游局' }, sme);
  if (carrierType === 'featurePark') return contactsFor(2, { unit: '西城园管委会' }, sme);
  return contactsFor(2, { unit: '区科学技术和信息化局' }, sme);
}

export const carrierSubsidy: Rule = {
  id: 'carrier-subsidy',
  measure: 2,
  title: { zh: '园区孵化器等载体房租减免补贴', en: 'Subsidy for parks and incubators extending rent relief' },
  facts: ['carrierType', 'rentReduction'],
  evaluate(facts) {
    return buildOutcome({
      rule: carrierSubsidy,
      summary: runChecks([isCarrier, reducedRent], facts),
      ...reductionShareAmount(facts),
      confirmBy: [
        { zh: '房租减免时间同步延长至4月', en: 'the rent relief was extended to April' },
        { zh: '补贴办法参照中小微企业房租减免政策，以主管部门认定为准', en: 'the subsidy follows the SME rent policy, as recognised by the authority' },
      ],
      period: periods.rent,
      contacts: carrierContacts(facts.carrierType),
    });
  },
};
