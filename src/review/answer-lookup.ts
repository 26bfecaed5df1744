/**
 * Looks an answer up by its id and checks it against today's policy data: if the notice, the
 * parameters or the rules changed since, the same facts are run through today's rules so staff see
 * at once whether the answer would still be the same.
 *
 * @example
 *   const found = await lookUpAnswer(store, 'K7Q2-M9X4-TDHA');
 *   found?.changed // [] when the policy data is the one the answer was given on
 */
import { findRule } from '../policy/rules/index.js';
import type { Outcome } from '../policy/outcome.js';
import { normalizeAnswerId } from './answer-id.js';
import { changedParts, policyVersion, type PolicyVersion } from './policy-version.js';
import type { AnswerRecord, ReviewStore } from './review-store.js';

export interface RecomputedOutcome {
  rule: string;
  /** What the same facts give on today's rules; null if the rule no longer exists. */
  today: Outcome | null;
  /** Whether verdict and amount are what the answer said. */
  same: boolean;
}

export interface AnswerLookup {
  record: AnswerRecord;
  current: PolicyVersion;
  /** The policy files that changed since the answer ([] when none). */
  changed: string[];
  /** Only when something changed: each rule re-run on the recorded facts. */
  recomputed: RecomputedOutcome[] | null;
}

/** Compares a stored answer with today's policy data. */
export function checkAnswer(record: AnswerRecord, current: PolicyVersion = policyVersion()): AnswerLookup {
  const changed = record.policy.version === current.version ? [] : changedParts(record.policy, current);
  const recomputed = changed.length === 0 ? null : record.outcomes.map((then): RecomputedOutcome => {
    const today = findRule(then.rule)?.evaluate(record.facts) ?? null;
    return { rule: then.rule, today, same: today !== null && today.eligible === then.eligible && today.amount === then.amount };
  });
  return { record, current, changed, recomputed };
}

/** Finds the answer (the id as staff type it) and checks it; null when there is no such answer. */
export async function lookUpAnswer(store: ReviewStore, input: string, current?: PolicyVersion): Promise<AnswerLookup | null> {
  const id = normalizeAnswerId(input);
  if (id === null) return null;
  const record = await store.getAnswer(id);
  return record ? checkAnswer(record, current) : null;
}
