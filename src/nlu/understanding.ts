/**
 * What the understanding step hands the dialog engine: the language, the intent with its confidence,
 * and every entity found in the message. Pure data.
 */
import type { Facts } from '../policy/facts.js';
import type { Lang } from '../core/reply.js';

/** An amount of money found in the text. */
export interface MoneyMention {
  /** Yuan as a decimal string, never negative: "25000", "3333.33". */
  value: string;
  /** "每月2万" → month; "两个月一共4万" → total; no cue → null. */
  per: 'month' | 'total' | null;
  /** The months the amount is tied to, when the text says ("三月2万" → [3]). */
  months: number[];
  /** Character offsets of the mention in the text, and the words themselves. */
  start: number;
  end: number;
  text: string;
}

/** A percentage found in the text: "80%", "八成" → "80"; "七成五" → "75". */
export interface PercentMention {
  value: string;
  start: number;
  end: number;
  text: string;
}

export interface Entities {
  money: MoneyMention[];
  percents: PercentMention[];
  /** "去年100万今年20万" → { before: "1000000", after: "200000" }. */
  revenuePair: { before: string; after: string } | null;
  /** Months of the year named: "三四月" → [3, 4]. */
  months: number[];
  /** A plain yes or no ("是", "没有", "yep", "not really"), or null. */
  yesNo: boolean | null;
  /** "不知道", "not sure", "不清楚". */
  unsure: boolean;
  /** Enum and boolean facts recognised from their synonyms: 饭馆 → industry: catering, 区属国企 → landlordType: districtSoe, 没裁员 → layoffs: none. */
  facts: Facts;
}

export interface IntentScore {
  intent: string;
  score: number;
}

export interface Understanding {
  text: string;
  lang: Lang;
  /** The top intent, or "out_of_scope" when its score is below the tuned threshold. */
  intent: string;
  confidence: number;
  /** Top intents, best first (at most 5). */
  ranking: IntentScore[];
  /** The two intents when the top two are too close to choose; null otherwise. */
  ambiguous: [string, string] | null;
  entities: Entities;
}
