/**
 * A business in premises it owns. （一） and （三） reduce the rent of premises rented from a district state-owned
 * enterprise and （四） subsidises rent actually paid: a business that owns its premises pays no rent for them to
 * relieve. Said as that one reason, rather than "your landlord is not a district SOE" (there is no landlord).
 */
import type { Facts } from '../facts.js';
import type { Check } from './rule-kit.js';

const rentsItsPremises: Check = {
  facts: ['landlordType'],
  test: (facts) => (facts.landlordType === undefined ? null : facts.landlordType !== 'ownPremises'),
  met: null,
  failed: {
    zh: '（一）（三）（四）的房租减免和补贴只针对租用的房产：房子是企业自己的、不交房租，这几条不涉及',
    en: 'Items 1, 3 and 4 relieve rent on rented premises only: a business in premises it owns pays no rent, so they do not apply',
  },
};

/** A rent clause's checks, or the owned-premises reason alone when the business owns its premises. */
export function rentClauseChecks(checks: Check[], facts: Facts): Check[] {
  return facts.landlordType === 'ownPremises' ? [rentsItsPremises] : checks;
}
