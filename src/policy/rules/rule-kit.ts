/**
 * The pieces every rule is built from: a condition checked against the facts (met, failed, or unknown
 * because a fact is missing), the outcome assembled from those checks, and contact selection.
 * Rules hold the clause-specific data; this file holds the one way of combining it.
 */
import type { Facts, FactName } from '../facts.js';
import { measure as measureOf, type Contact } from '../notice.js';
import type { BreakdownLine, Condition, Outcome } from '../outcome.js';

/** A condition of the clause: `test` answers true/false, or null when a fact it reads is not given. */
export interface Check {
  /** The facts it reads, in the order a dialog should ask for them. */
  facts: FactName[];
  test(facts: Facts): boolean | null;
  /** The condition as met ("在西城区注册纳税"); null for a fact that is only needed, not judged. */
  met: Condition | null;
  /** Why it fails, citing the clause ("（一）：须在西城区注册纳税"). */
  failed: Condition;
  /** Other measures that may help when this check fails. */
  alternatives?: Array<{ measure: number; why: Condition }>;
}

/** A rule: one clause, facts in, outcome out. Pure. */
export interface Rule {
  id: string;
  measure: number;
  title: Condition;
  /** All facts the rule may read, in asking order; validateDomain checks its topic dialog asks each. */
  facts: FactName[];
  evaluate(facts: Facts): Outcome;
}

export interface CheckSummary {
  eligible: boolean | null;
  met: Condition[];
  reasons: Condition[];
  missing: FactName[];
  alternatives: Array<{ measure: number; why: Condition }>;
}

/** Runs the checks in order: any failure makes the outcome ineligible; otherwise unknowns make it depend. */
export function runChecks(checks: Check[], facts: Facts): CheckSummary {
  const summary: CheckSummary = { eligible: true, met: [], reasons: [], missing: [], alternatives: [] };
  for (const check of checks) {
    const result = check.test(facts);
    if (result === true) {
      if (check.met) summary.met.push(check.met);
    }
    else if (result === false) {
      summary.reasons.push(check.failed);
      summary.alternatives.push(...(check.alternatives ?? []));
    } else {
      for (const fact of check.facts) {
        if (facts[fact] === undefined && !summary.missing.includes(fact)) summary.missing.push(fact);
      }
    }
  }
  summary.eligible = summary.reasons.length > 0 ? false : summary.missing.length > 0 ? null : true;
  if (summary.eligible === false) summary.missing = [];
  return summary;
}

/** A fact the rule needs before it can answer, without a condition on its value. */
export function factNeeded(fact: FactName): Check {
  return { facts: [fact], test: (facts) => (facts[fact] === undefined ? null : true), met: null, failed: { zh: '', en: '' } };
}

/** A check on one fact: null while the fact is not given, otherwise whether its value is accepted. */
export function factIs<K extends FactName>(
  fact: K,
  accepted: ReadonlyArray<NonNullable<Facts[K]>>,
  texts: Omit<Check, 'facts' | 'test'>,
): Check {
  return {
    facts: [fact],
    test: (facts) => {
      const value = facts[fact];
      return value === undefined ? null : accepted.includes(value as NonNullable<Facts[K]>);
    },
    ...texts,
  };
}

/** The amount of an outcome with its arithmetic, and the facts it still needs (empty when none). */
export interface AmountParts {
  amount: string | null;
  breakdown: BreakdownLine[];
  amountMissing: FactName[];
}

export interface OutcomeParts {
  rule: Rule | { id: string; measure: number };
  summary: CheckSummary;
  amount?: string | null;
  amountNote?: Condition | null;
  breakdown?: BreakdownLine[];
  /** Facts needed for the amount alone, added to `missing` unless the outcome is already ineligible. */
  amountMissing?: FactName[];
  confirmBy: Condition[];
  period: Condition;
  contacts: Contact[];
}

/** Assembles the outcome; an ineligible outcome carries no amount. */
export function buildOutcome(parts: OutcomeParts): Outcome {
  const { summary } = parts;
  const ineligible = summary.eligible === false;
  const missing = ineligible ? [] : [...summary.missing];
  for (const fact of parts.amountMissing ?? []) if (!ineligible && !missing.includes(fact)) missing.push(fact);
  const amount = ineligible ? null : parts.amount ?? null;
  const amountMissing = (parts.amountMissing ?? []).filter((fact) => missing.includes(fact));
  return {
    rule: parts.rule.id,
    measure: parts.rule.measure,
    eligible: summary.eligible,
    amount,
    amountNote: ineligible ? null : parts.amountNote ?? (amount === null && amountMissing.length > 0 ? amountNeeds(amountMissing) : null),
    breakdown: ineligible ? [] : parts.breakdown ?? [],
    reasons: summary.reasons,
    met: summary.met,
    missing,
    confirmBy: parts.confirmBy,
    alternatives: summary.alternatives,
    period: parts.period,
    contacts: parts.contacts,
  };
}

/** Why an amount is not there yet: the facts it needs, named as in the facts schema. */
function amountNeeds(facts: FactName[]): Condition {
  return { zh: `计算金额还需要：${facts.join('、')}`, en: `the amount needs: ${facts.join(', ')}` };
}

/**
 * The contacts of measure N that match the selectors, in the selectors' order (most relevant first).
 * A selector names a unit and, optionally, the office.
 * @example contactsFor(1, { unit: '区国资委' }) // [{ unit: '区国资委', office: '改革协同办', ... }]
 */
export function contactsFor(measureId: number, ...selectors: Array<{ unit: string; office?: string }>): Contact[] {
  const contacts = measureOf(measureId).contacts;
  const picked: Contact[] = [];
  for (const selector of selectors) {
    const matches = contacts.filter((c) => c.unit === selector.unit && (selector.office === undefined || c.office === selector.office));
    if (matches.length === 0) throw new Error(`measure ${measureId} has no contact ${selector.unit} ${selector.office ?? ''}`);
    for (const match of matches) if (!picked.includes(match)) picked.push(match);
  }
  return picked;
}

/** The periods the measures covered, stated on every outcome. */
export const periods = {
  rent: { zh: '2020年3月、4月的房租', en: 'rent for March and April 2020' },
  year2020: { zh: '2020年', en: 'the year 2020' },
  revenueFebApr: { zh: '2020年（以2-4月营业收入同比降幅为准）', en: '2020 (judged on February–April 2020 revenue, year on year)' },
} satisfies Record<string, Condition>;
