/**
 * Facts the owner has implied without saying them, so the dialog does not ask what is obvious: a
 * restaurant, convenience store, salon or bookstore rents its premises to do business there, not as an
 * office. An implied fact is set only while the fact is unknown, and a correction ("不对，是办公用的")
 * changes it like any other.
 */
import type { Facts } from '../policy/facts.js';

const shopIndustries = new Set(['catering', 'convenienceStore', 'beautySalon', 'bookstore']);

/** The facts implied by those given. @example impliedFacts({ industry: 'catering' }) // { premisesUse: 'business' } */
export function impliedFacts(facts: Facts): Facts {
  if (facts.premisesUse === undefined && facts.industry !== undefined && shopIndustries.has(facts.industry)) {
    return { premisesUse: 'business' };
  }
  return {};
}
