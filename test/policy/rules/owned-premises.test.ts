/**
 * A business in premises it owns pays no rent: （一）, （三） and （四） relieve rent on rented premises only, so each
 * says so as its one reason, with no amount and nothing more to ask.
 */
import { describe, expect, it } from 'vitest';
import { chainStoreSubsidy } from '../../../src/policy/rules/chain-store-subsidy.js';
import { rentWaiver } from '../../../src/policy/rules/rent-waiver.js';
import { schoolRent } from '../../../src/policy/rules/school-rent.js';

describe('premises the business owns', () => {
  it.each([
    { rule: rentWaiver, facts: { landlordType: 'ownPremises' as const } },
    { rule: rentWaiver, facts: { landlordType: 'ownPremises' as const, premisesUse: 'business' as const, monthlyRent: '20000' } },
    { rule: schoolRent, facts: { landlordType: 'ownPremises' as const, industry: 'kindergarten' as const } },
    { rule: chainStoreSubsidy, facts: { landlordType: 'ownPremises' as const, industry: 'catering' as const, chainBranch: true } },
  ])('$rule.id: not eligible, one reason, no amount, nothing missing', ({ rule, facts }) => {
    const outcome = rule.evaluate(facts);
    expect(outcome).toMatchObject({ eligible: false, amount: null, missing: [] });
    expect(outcome.reasons.map((reason) => reason.zh)).toEqual([expect.stringContaining('房子是企业自己的、不交房租')]);
    expect(outcome.reasons[0]?.en).toContain('premises it owns');
  });

  it('a rented district-SOE shop is unchanged', () => {
    expect(rentWaiver.evaluate({ landlordType: 'districtSoe', premisesUse: 'business', registeredInXicheng: true, enterpriseSize: 'small',
      operatingStatus: 'open', layoffs: 'none', monthlyRent: '20000' })).toMatchObject({ eligible: true, amount: '40000.00' });
  });
});
