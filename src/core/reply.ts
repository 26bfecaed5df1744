/**
 * The reply contract: what every channel renders and what `chat --json`, `ask --json` and
 * `POST /api/chat` return. Field names are a public contract: extend, never rename.
 */
import type { Contact } from '../policy/notice.js';
import type { Outcome } from '../policy/outcome.js';
import type { FactName } from '../policy/facts.js';

export type Lang = 'zh' | 'en';

/** A choice offered as a button: `label` is shown, `value` is sent back as the user's text when pressed. */
export interface ReplyOption {
  label: string;
  value: string;
}

export interface Reply {
  /** Exactly what the user sees. */
  text: string;
  lang: Lang;
  /** The intent understood from the user's message ("rent.tenant", "out_of_scope", ...). */
  intent: string;
  confidence: number;
  /** Notice items 1–14 this reply is about; [] for greetings, help and out-of-scope. */
  measures: number[];
  /** The canonical fact being asked for, or null. */
  awaiting: FactName | null;
  options: ReplyOption[];
  /** Rule outcomes reached (as `relief-bot check --json` prints them); [] until then. */
  results: Outcome[];
  /** Contacts shown in this reply. */
  contacts: Contact[];
  /** The operator answer card, or null. */
  card: string | null;
}
