/**
 * Every rule by id: the registry that dialogs, the check-up and `relief-bot check` look rules up in.
 */
import type { Rule } from './rule-kit.js';
import { carrierSubsidy } from './carrier-subsidy.js';
import { chainStoreSubsidy } from './chain-store-subsidy.js';
import { guaranteeFee } from './guarantee-fee.js';
import { guarantorSubsidy } from './guarantor-subsidy.js';
import { jobSubsidy } from './job-subsidy.js';
import { landlordSubsidy } from './landlord-subsidy.js';
import { rentWaiver } from './rent-waiver.js';
import { schoolRent } from './school-rent.js';

export type { Rule } from './rule-kit.js';

export const rules: readonly Rule[] = [
  rentWaiver, landlordSubsidy, carrierSubsidy, schoolRent, chainStoreSubsidy, guaranteeFee, guarantorSubsidy, jobSubsidy,
];

const byId = new Map(rules.map((rule) => [rule.id, rule]));

/** The rule with that id, or undefined. @example findRule('rent-waiver')?.evaluate({ ... }) */
export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}

export const ruleIds: string[] = rules.map((rule) => rule.id);
