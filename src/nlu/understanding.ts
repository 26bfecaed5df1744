/**
 * What the understanding step hands the dialog engine: the language, the intent with its confidence,
 * and every entity found in the message. Pure data.
 */
import type { Facts } from '../policy/facts.js';
import type { Lang } from '../core/reply.js';
import type { TextCues } from './text-cues.js';

/** An amount of money found in the text. */
export interface MoneyMention {
  /** Yuan as a decimal string, never negative: "25000", "3333.33". */
  value: string;
  /**
   * "每月2万" → month; "两个月一共4万" → total; "一年24万" / "240k a year" → year; "一个季度6万" / "60k a quarter" →
   * quarter; "半年交12万" → halfYear; no cue → null.
   */
  per: 'month' | 'total' | 'quarter' | 'halfYear' | 'year' | null;
  /**
   * How exact the owner said it was: "2万左右", "about 20k" → about (a round figure: usable, said back);
   * "一万多", "两万来块", "over 10k" → over (open-ended: not a figure to compute with); else null.
   */
  approximate: 'about' | 'over' | null;
  /** "CNY" unless the owner named another currency: "$3000", "3000美元" → USD; "港币" → HKD; "欧元" → EUR. */
  currency: string;
  /** The months the amount is tied to, when the text says ("三月2万" → [3]). */
  months: number[];
  /**
   * Set (true) when the amount is named as takings ("年营业额500万", "about 3 million revenue", "营收两千万"):
   * a business's revenue, never its rent or a reduction. Absent otherwise.
   */
  revenue?: true;
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
  /**
   * The share left rather than the change: "只剩一成", "只有去年的五分之一", "down to 15%", "10% of last year's".
   * A drop is then 100 − value; a fee "降到1%" is the rate itself, so the fact asked decides.
   */
  remaining?: boolean;
  /**
   * A share said as a fraction ("三分之一", "a third"), as said: `value` is rounded to two places (33.33), so whatever
   * takes the share of an amount multiplies by `part` and divides by `whole` (30,000 × 1/3 = 10,000, not 9,999).
   */
  fraction?: { part: string; whole: string };
}

/** What an owner said about layoffs in numbers. `level` is the reading: none, few, or many (most of the staff). */
export interface LayoffCount {
  /** People let go, when said as a number ("two", "4个"); null for a share ("一多半"). */
  laidOff: number | null;
  /** The whole staff, when said ("店里30来人", "3 of 12"); null otherwise. */
  staff: number | null;
  level: 'none' | 'few' | 'many';
  /**
   * Whether the level was read from a count with no share of the staff ("辞了4个人"): the notice's
   * 少裁员 has no number, so the department confirms it; the reply should say so, not ask for a percentage.
   */
  departmentConfirms: boolean;
}

export interface Entities {
  money: MoneyMention[];
  percents: PercentMention[];
  /** "去年100万今年20万" → { before: "1000000", after: "200000" }. */
  revenuePair: { before: string; after: string } | null;
  /** Months of the year named: "三四月" → [3, 4]. */
  months: number[];
  /** How many months a span covers, when said: "两个月" → 2, "for two months" → 2; else null. */
  monthCount: number | null;
  /** Tenants counted, more than one: "给三家租户减了租" → 3, "3 of our 12 tenants" → 3; else null. */
  tenantCount: number | null;
  /** The owner said the amount is nothing: "没减", "0", "一分没免", "nothing" → true. */
  zeroAmount: boolean;
  /** A plain yes or no ("是", "没有", "yep", "not really"), or null. */
  yesNo: boolean | null;
  /** "不知道", "not sure", "不清楚". */
  unsure: boolean;
  /**
   * The fact a yes/no cue belongs to when it stands beside that fact's words: in "一个没辞" the 没 is
   * part of "nobody was laid off" (layoffs), not a no to whatever was asked. null when the yes/no
   * stands alone ("不是，总部付的" keeps its 不是 for the question asked).
   */
  yesNoScope: string | null;
  /** Layoffs told as a count: "辞了4个人，店里30来人" → { laidOff: 4, staff: 30 }; "一多半" → share 'most'. */
  layoffCount: LayoffCount | null;
  /** Enum and boolean facts recognised from their synonyms: 饭馆 → industry: catering, 区属国企 → landlordType: districtSoe, 没裁员 → layoffs: none. */
  facts: Facts;
  /** Registered in another district but paying tax in Xicheng ("执照在大兴，税交在西城"): the department judges. */
  registrationSplit?: boolean;
  /** With registrationSplit: the other way round, registered in Xicheng and taxed elsewhere ("执照在西城 税在别处"). */
  registrationTaxedElsewhere?: boolean;
  /**
   * Values the message denies by their synonyms: "不是办公用房", "it's not an office" → { premisesUse: 'office' }.
   * A correction after the answer reads it (a choice of two denied is the other one). Absent: none.
   */
  denied?: Facts;
}

export interface IntentScore {
  intent: string;
  score: number;
}

export interface Understanding {
  text: string;
  lang: Lang;
  /**
   * Whether the words decide the language. false for a bare number, "15k", "2", "ok", "👍": the
   * conversation keeps the language it had (lang then holds only the fallback). The understander always
   * sets it; optional only so understandings built by hand in older tests stay valid (absent = true).
   */
  langConfident?: boolean;
  /** The top intent, or "out_of_scope" when its score is below the tuned threshold. */
  intent: string;
  confidence: number;
  /** Top intents, best first (at most 5). */
  ranking: IntentScore[];
  /** The two intents when the top two are too close to choose; null otherwise. */
  ambiguous: [string, string] | null;
  entities: Entities;
  /** What kind of message it is (a correction, a complaint, a question about today ...): see intents/cues.yaml. */
  cues: TextCues;
}
