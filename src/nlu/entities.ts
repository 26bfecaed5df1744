/**
 * Every entity in one message: money, percentages, the revenue pair, months, yes/no and facts named by
 * their synonyms. The text is normalised once (full-width digits and punctuation, traditional
 * characters, case) and each extractor reads the same normalised string; offsets still point into the
 * user's text because normalisation never changes its length.
 *
 * @example
 *   extractEntities('区属国企的门面，每月两万五')
 *   // money: [{ value: '25000', per: 'month', ... }], facts: { landlordType: 'districtSoe', premisesUse: 'business' }, ...
 */
import type { Entities } from './understanding.js';
import { normalizeText } from './normalize-text.js';
import { extractMoney } from './extract-money.js';
import { extractPercents } from './extract-percent.js';
import { extractRevenuePair } from './extract-revenue-pair.js';
import { extractMonths } from './extract-months.js';
import { extractYesNo } from './extract-yes-no.js';
import { extractFacts } from './extract-facts.js';
import { extractRegistration } from './extract-registration.js';

/** Runs every extractor on one message. Pure apart from reading entities.yaml once, and never throws on text. */
export function extractEntities(text: string): Entities {
  const normalized = normalizeText(text);
  const money = extractMoney(text, normalized);
  const { yesNo, unsure } = extractYesNo(text, normalized);
  return {
    money,
    percents: extractPercents(text, normalized),
    revenuePair: extractRevenuePair(text, money, normalized),
    months: extractMonths(text, normalized),
    yesNo,
    unsure,
    ...withRegistration(extractFacts(text, normalized), extractRegistration(text)),
  };
}

/** Another district named as the registration is registeredInXicheng: false, unless the synonyms said otherwise. */
function withRegistration(facts: Entities['facts'], registration: ReturnType<typeof extractRegistration>): Pick<Entities, 'facts' | 'registrationSplit'> {
  if (registration === 'elsewhere' && facts.registeredInXicheng === undefined) return { facts: { ...facts, registeredInXicheng: false } };
  if (registration === 'split') {
    const { registeredInXicheng: _dropped, ...rest } = facts;
    return { facts: rest, registrationSplit: true };
  }
  return { facts };
}
