/**
 * What the engine decides to say, as data: the renderer turns each action into words. The engine never
 * writes user-facing text.
 */
import type { Contact } from '../policy/notice.js';
import type { Outcome } from '../policy/outcome.js';
import type { Facts, FactName } from '../policy/facts.js';

/** How an outcome that depends on a fact the user does not know turns out for each value of that fact. */
export interface Branch {
  rule: string;
  fact: FactName;
  value: string | boolean;
  eligible: boolean | null;
  amount: string | null;
}

export type Action =
  | { type: 'welcome' }
  | { type: 'menu' }
  | { type: 'thanks' }
  | { type: 'outOfScope' }
  | { type: 'clarify'; intents: [string, string] }
  | { type: 'reset' }
  | { type: 'showFacts'; facts: Facts }
  | { type: 'noResultYet' }
  | { type: 'language' }
  | { type: 'periodNotice' }
  | { type: 'changed'; fact: FactName; from: unknown; to: unknown }
  | { type: 'rejected'; fact: FactName }
  | { type: 'ask'; dialog: string; fact: FactName; retry: boolean; resume: boolean; intro: boolean }
  | { type: 'giveUp'; dialog: string; fact: FactName; contacts: Contact[] }
  | { type: 'info'; measure: number }
  /** `cardRequested`: the owner asked for the card ("复制版", /card), so the card itself is the text. */
  | { type: 'result'; dialog: string; outcomes: Outcome[]; branches: Branch[]; focusMonth: number | null; asksAboutNow: boolean; cardRequested: boolean }
  /**
   * `people`: the owner asked about these people ("王燕的电话"); `mobile`: asked for a mobile number,
   * which the notice does not print apart from the one phone per contact.
   */
  | { type: 'contacts'; contacts: Contact[]; units: string[]; measure: number | null; people?: Array<{ contact: Contact; measures: number[] }>; mobile?: boolean }
  /** A question the notice answers directly (dialogs/_answers.yaml entry `id`); `calculate`: the intent to offer next. */
  | { type: 'directAnswer'; id: string; measure: number | null; contacts: Contact[]; calculate: string | null }
  /** "第十二项是什么": the measure itself, with the contacts for the owner's case; `calculate`: intents whose dialogs compute it. */
  | { type: 'measureAnswer'; measure: number; contacts: Contact[]; calculate: string[] }
  | { type: 'handoff'; contacts: Contact[]; facts: Facts; measure: number | null }
  | { type: 'offerResume'; dialog: string }
  | { type: 'busy' }
  | { type: 'rateLimited'; retryAfterSeconds: number };
