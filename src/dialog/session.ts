/**
 * One user's conversation state: a plain, serialisable object (no closures, no classes), so it can live
 * in memory or in Redis and be inspected with /facts.
 */
import type { Facts, FactName } from '../policy/facts.js';
import type { Lang } from '../core/reply.js';

/**
 * The last contact look-up: its kind (the contacts, or whether there is a mobile number) and what it was
 * about, so "那人社局呢" gets the same kind of answer and "有手机号吗" knows which units are meant.
 */
export interface LastLookup {
  kind: 'contacts' | 'mobile';
  units: string[];
  measure: number | null;
}

export interface Session {
  version: 1;
  lang: Lang;
  /** Set by /lang: the user chose the language, so it no longer follows each message. */
  langLocked: boolean;
  /** The business profile so far, shared by every dialog of the session. */
  facts: Facts;
  /** Facts the user said they do not know: not asked again; the answer covers both cases. */
  unsure: FactName[];
  /** Facts given up on after three unusable answers. */
  givenUp: FactName[];
  /** The dialog in progress, or the one last answered. */
  dialog: string | null;
  /** The fact being asked for. */
  awaiting: FactName | null;
  /** Unusable answers to the fact being asked for. */
  attempts: number;
  /**
   * The fact the owner answered last, so "说反了" / "I got that backwards" knows what to turn round and
   * "搞错了，房租是分店自己掏的" is read by that fact's grammar. Optional: older sessions lack it.
   */
  lastAnswered?: FactName | null;
  /** A dialog interrupted by another one, offered again when that one ends. */
  suspended: string | null;
  /** The values of the options last offered, so "2" can mean the second. */
  options: string[];
  /** A month the user asked about (4 for "April rent"), to show that month's part. */
  focusMonth: number | null;
  /** The user asked about today ("今年4月"): say plainly the measures covered 2020. */
  asksAboutNow: boolean;
  /** The look-up of the last turn, if it was one; absent in sessions stored before the field existed. */
  lastLookup?: LastLookup | null;
  /**
   * The one measure last answered (a result, a direct answer, a measure's text, an offer to check it), so a
   * follow-up that names none ("免的是哪两个月", "so where do I apply?") is about it. Optional: older sessions lack it.
   */
  lastMeasure?: number | null;
  /** Epoch milliseconds of the last turn. */
  updatedAt: number;
  /**
   * A yes/no the bot just offered, so a typed "好" / "yes" / "不用了" answers it: go back to an interrupted
   * dialog, confirm a reset, or work out the measure just answered ("要按您的情况算一算吗？" → "帮我算算").
   * Cleared on the next turn. Optional: sessions stored before it lack it.
   */
  offer?: Offer | null;
  /**
   * The tenants a landlord counted ("给三家租户减了租"), so a later "每家每月减五千" is for each of them. Optional:
   * sessions stored before it lack it.
   */
  tenantCount?: number | null;
  /**
   * The months a landlord said the reduction covered ("三四月都给免了", "for March and April"), so a later "每月减五千"
   * is for each of them. Optional: sessions stored before it lack it.
   */
  reductionMonths?: number | null;
  /** The landlord said the rent was waived in full ("3、4月房租全免了"), so a rent said later is what was reduced. Optional. */
  reductionWaived?: boolean;
  /** The session a reset replaced, so "撤销" / /undo brings it back; kept for one reset only. */
  undo?: Session | null;
}

/** `side`: the bot asked whether the owner is the tenant or the landlord, so "我们是承租方" / "landlord" answers it. */
export type Offer = { kind: 'resume'; dialog: string } | { kind: 'confirmReset' } | { kind: 'side' } | { kind: 'calculate'; intent: string };

/** Whether the dialog has been answered: one is set and no question is pending (so /card can show it). */
export function hasAnswer(session: Session): boolean {
  return session.dialog !== null && session.awaiting === null;
}

/** A fresh session. @example newSession('zh', Date.now()) */
export function newSession(lang: Lang, now: number): Session {
  return {
    version: 1, lang, langLocked: false, facts: {}, unsure: [], givenUp: [], dialog: null, awaiting: null, attempts: 0, lastAnswered: null,
    suspended: null, options: [], focusMonth: null, asksAboutNow: false, lastLookup: null, lastMeasure: null, updatedAt: now, offer: null, undo: null,
  };
}
