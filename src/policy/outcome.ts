/**
 * What a rule returns: whether the measure applies, the amount with its arithmetic, and why.
 * Plain data (strings, no Decimal), so it serialises as `relief-bot check --json` prints it.
 */
import type { Contact } from './notice.js';
import type { FactName } from './facts.js';

/** A condition of the clause, in both languages, with the clause words it encodes. */
export interface Condition {
  zh: string;
  en: string;
}

/** One line of the arithmetic: "20,000 元 × 2 个月 = 40,000 元". `amount` is the line's result in yuan. */
export interface BreakdownLine {
  zh: string;
  en: string;
  amount: string;
  /** The month (3 or 4) this line is the part of, so a question about April can show its own part. */
  month?: number;
}

export interface Outcome {
  /** The rule id, e.g. "rent-waiver". */
  rule: string;
  /** The measure number 1–14 of the notice. */
  measure: number;
  /** true: applies; false: does not (see reasons); null: depends on facts not given (see missing). */
  eligible: boolean | null;
  /** Yuan to the fen ("40000.00"), or null when it cannot be computed (see amountNote). */
  amount: string | null;
  /** Why there is no amount, when eligible is not false and amount is null. */
  amountNote: Condition | null;
  breakdown: BreakdownLine[];
  /** Each condition failed, citing the clause. */
  reasons: Condition[];
  /** Conditions the facts given satisfy. */
  met: Condition[];
  /** Facts still needed to decide. */
  missing: FactName[];
  /** Conditions only the department can judge: listed, never asked, never assumed failed. */
  confirmBy: Condition[];
  /** Other measures of the notice that may help when this one fails. */
  alternatives: Array<{ measure: number; why: Condition }>;
  /** The period the measure covered. */
  period: Condition;
  /** The most relevant contacts first. */
  contacts: Contact[];
}
