/**
 * What the engine decides to say, as data: the renderer turns each action into words. The engine never
 * writes user-facing text.
 */
import type { Contact } from '../policy/notice.js';
import type { Outcome } from '../policy/outcome.js';
import type { Facts, FactName } from '../policy/facts.js';
import type { FactNote, UnclearAmount } from './fill-facts.js';

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
  /** How a fact was read, said back: a yearly rent divided by 12, an approximate figure, 少裁员 for the department. */
  | { type: 'understood'; note: FactNote }
  /** An amount that cannot be used as said ("一万多", "$3000"): the question is asked again, naming why. */
  | { type: 'unclearAmount'; unclear: UnclearAmount }
  | { type: 'ask'; dialog: string; fact: FactName; retry: boolean; resume: boolean; intro: boolean }
  | { type: 'giveUp'; dialog: string; fact: FactName; contacts: Contact[] }
  | { type: 'info'; measure: number }
  /** `cardRequested`: the owner asked for the card ("复制版", /card), so the card itself is the text. */
  | { type: 'result'; dialog: string; outcomes: Outcome[]; branches: Branch[]; focusMonth: number | null; asksAboutNow: boolean; cardRequested: boolean }
  | { type: 'contacts'; contacts: Contact[]; units: string[]; measure: number | null }
  | { type: 'handoff'; contacts: Contact[]; facts: Facts; measure: number | null }
  | { type: 'offerResume'; dialog: string }
  | { type: 'busy' }
  | { type: 'rateLimited'; retryAfterSeconds: number };
