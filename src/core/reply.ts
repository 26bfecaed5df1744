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
  /** The operator answer card (Chinese, for tickets) of the answer in this reply, or null. */
  card: string | null;
  /** Only on `intent: "rate_limited"`: whole seconds until the user may send again. */
  retryAfterSeconds?: number;
  /** The same card in English when the conversation is in English, else null. */
  cardEn?: string | null;
  /**
   * True when the answer an earlier card showed no longer holds (/reset, a cancel, a correction that
   * reopened a question): a console replaces its card with "no answer yet". With `card` set, that card
   * replaces the old one; otherwise (false) the card on screen still stands.
   */
  cardCleared?: boolean;
  /** The paragraph at the end of `text` that says how to get the card; a client showing `card` may drop it. */
  cardHint?: string | null;
  /** What the bot has understood so far (the session's facts), in the schema's order. */
  facts?: ReplyFact[];
  /** Set when the reply holds a result: cite it to look the answer up (`relief-bot answer <id>`, /staff). */
  answerId?: string;
}

/** One known fact, as a console shows it: `options` are the other values, each sent as its `/answer` command. */
export interface ReplyFact {
  name: FactName;
  /** The fact's label in the reply's language ("月租", "monthly rent"). */
  label: string;
  /** The value in words ("20,000 元", "区属国企"). */
  text: string;
  /** The value as `/answer <name> <value>` takes it ("20000", "districtSoe", "true"). */
  value: string;
  /** The values a choice fact can take; [] for money and percentages (type a new value). */
  options: ReplyOption[];
}
