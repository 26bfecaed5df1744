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
  /** The notice's own particulars: number, issuer, date, period; asked about the notice itself. */
  | { type: 'aboutNotice' }
  | { type: 'menu' }
  | { type: 'thanks' }
  | { type: 'outOfScope' }
  | { type: 'clarify'; intents: [string, string] }
  /** `undoable`: what was known can be brought back with /undo. */
  | { type: 'reset'; undoable?: boolean }
  /** A message read as "cancel" mid-way, or with little confidence: asked before anything is lost. */
  | { type: 'confirmReset' }
  /** The owner chose not to reset: nothing was lost. */
  | { type: 'keptGoing' }
  | { type: 'undone' }
  /** An unhappy owner: an apology, a person to call for the topic, and what they told the bot. */
  | { type: 'complaint'; contacts: Contact[]; facts: Facts; measure: number | null; objection?: boolean }
  /** "不对" with nothing else: what the bot understood, each fact changeable, and which is wrong? */
  | { type: 'whichWrong'; facts: Facts; measure?: number; contacts?: Contact[] }
  /** The facts one owner answer could be about before the bot asks which side of the lease they are on. */
  /** Tenant or landlord? Both sides are the same measure's (（一）), which the reply names. */
  | { type: 'askSide'; measures: number[] }
  /** The owner said again which side they are on, answering nothing else: the question stands. */
  | { type: 'sideNoted'; side: 'tenant' | 'landlord' }
  /** The owner asked what the pending question means ("分公司跟加盟有啥区别？"): its explanation; the question follows again. */
  | { type: 'explainFact'; dialog: string; fact: FactName }
  /** The owner asked for the amount before the facts were in ("那我能拿多少"): what is still needed; the question follows again. */
  | { type: 'stillNeeded'; dialog: string; facts: FactName[] }
  /** The owner will look the answer up ("得问问会计"): no hurry; the question stays open. */
  | { type: 'willCheck' }
  /** A number with nothing to say what it is, and no question pending. */
  | { type: 'bareNumber' }
  /** Registered in another district but taxed in Xicheng: whether that meets "在西城区注册纳税" is the department's call. */
  | { type: 'registrationSplit'; taxedElsewhere?: boolean }
  /**
   * After a question about today (the notice covered 2020, said first): the 2020 check of `dialog` offered,
   * not started unasked, with whom the measure sends the owner to.
   */
  | { type: 'offerCheck'; dialog: string; contacts: Contact[] }
  /** "那怎么办", "so nothing at all?" after a result: what it means for the owner, before the result again. */
  | { type: 'whatNow'; eligible: boolean | null }
  /** "能给多少钱" after a measure with nothing to compute: its clause sets no amount. */
  | { type: 'noAmount'; measure: number }
  /**
   * A follow-up on the period of the measure in context ("免的是哪两个月"): the period it covered; `month`, one the
   * owner asked about, `outside` when it is not one of the months the result counts.
   */
  | { type: 'periodAnswer'; measure: number; period: { zh: string; en: string }; month: number | null; outside: boolean }
  /** A measure's short answer given in passing, with the offer to work it out. */
  | { type: 'offerTopic'; dialog: string }
  | { type: 'showFacts'; facts: Facts }
  | { type: 'noResultYet' }
  | { type: 'language' }
  /** `continues`: a check against the 2020 measures follows in the same reply. */
  | { type: 'periodNotice'; continues?: boolean }
  | { type: 'changed'; fact: FactName; from: unknown; to: unknown }
  /** The owner checked the answer's working ("1.4%×9.5亿×50%=665w 对吧"): no fact changed; the answer follows again. */
  | { type: 'unchanged' }
  | { type: 'rejected'; fact: FactName }
  /** How a fact was read, said back: a yearly rent divided by 12, an approximate figure, 少裁员 for the department. */
  | { type: 'understood'; note: FactNote }
  /** An amount that cannot be used as said ("一万多", "$3000"): the question is asked again, naming why. */
  | { type: 'unclearAmount'; unclear: UnclearAmount }
  | { type: 'ask'; dialog: string; fact: FactName; retry: boolean; resume: boolean; intro: boolean }
  | { type: 'giveUp'; dialog: string; fact: FactName; contacts: Contact[] }
  /** A measure with nothing to compute; `contacts`: whom to call for the owner's case, set by the engine at the end of the turn. */
  | { type: 'info'; measure: number; contacts?: Contact[] }
  /** `cardRequested`: the owner asked for the card ("复制版", /card), so the card itself is the text. */
  | { type: 'result'; dialog: string; outcomes: Outcome[]; branches: Branch[]; focusMonth: number | null; asksAboutNow: boolean; cardRequested: boolean }
  /**
   * `people`: the owner asked about these people ("王燕的电话"); `mobile`: asked for a mobile number,
   * which the notice does not print apart from the one phone per contact.
   */
  | { type: 'contacts'; contacts: Contact[]; units: string[]; measure: number | null; people?: Array<{ contact: Contact; measures: number[] }>; mobile?: boolean }
  /**
   * A question the notice answers directly (dialogs/_answers.yaml entry `id`); `calculate`: the intent to offer next;
   * `starts`: the intent whose dialog starts right after it, the message being the owner's own case.
   */
  | { type: 'directAnswer'; id: string; measure: number | null; contacts: Contact[]; calculate: string | null; starts?: string }
  /** "第十二项是什么": the measure itself, with the contacts for the owner's case; `calculate`: intents whose dialogs compute it. */
  | { type: 'measureAnswer'; measure: number; contacts: Contact[]; calculate: string[] }
  | { type: 'handoff'; contacts: Contact[]; facts: Facts; measure: number | null }
  | { type: 'offerResume'; dialog: string }
  | { type: 'busy' }
  /** A message the bot cannot read: a picture, voice note, file, sticker, location (`media`), or an edit of an earlier message (`edit`). */
  | { type: 'nonText'; what: 'media' | 'edit' }
  | { type: 'rateLimited'; retryAfterSeconds: number };
