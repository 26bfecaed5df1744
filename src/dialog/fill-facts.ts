/**
 * Turns what the understanding found in one message into facts: every fact named by its synonyms, plus
 * the amounts, percentages and yes/no that answer the fact being asked for or a fact the dialog still
 * needs. Pure: it returns the facts; the engine decides what to do with them.
 */
import { factKinds, factsShape, type Facts, type FactName } from '../policy/facts.js';
import { Decimal } from '../policy/money.js';
import type { Entities, MoneyMention, PercentMention } from '../nlu/understanding.js';
import type { Dialog, FactPrompt } from './dialog-schema.js';

export interface FilledFacts {
  facts: Facts;
  /** Values found but out of range for their fact (a percentage over 100), with the fact named. */
  rejected: FactName[];
}

type MutableFacts = Record<string, unknown>;

/** The fact a money or percent value goes to: the one asked, else the dialog's first still unknown, else its first (a correction). */
function targetFact(kind: 'money' | 'percent', awaiting: FactName | null, dialog: Dialog | undefined, known: Facts): FactName | null {
  if (awaiting && factKinds[awaiting] === kind) return awaiting;
  const candidates = (dialog?.facts ?? []).filter((fact) => factKinds[fact] === kind);
  return candidates.find((fact) => known[fact] === undefined) ?? candidates[0] ?? null;
}

/** Rent given per month, per month named ("3月2万，4月1.8万"), or as a total for both months. */
function fillRent(mentions: MoneyMention[], out: MutableFacts): void {
  const march = mentions.find((m) => m.months.length === 1 && m.months[0] === 3);
  const april = mentions.find((m) => m.months.length === 1 && m.months[0] === 4);
  if (march && april) {
    out.rentMarch = march.value;
    out.rentApril = april.value;
    return;
  }
  const first = mentions[0];
  if (!first) return;
  out.monthlyRent = first.per === 'total' ? new Decimal(first.value).div(2).toString() : first.value;
}

/** "两个月，每月减8000" / "two months at 8,000 a month": how many months a per-month reduction ran for. */
function monthsOfReduction(text: string, entities: Entities): number {
  if (entities.months.length >= 2) return entities.months.length;
  const counted = /([两二2三3])\s*个?\s*月|(two|three|2|3)\s+months|both months/i.exec(text);
  if (!counted) return 1;
  return /[三3]|three/i.test(counted[0]) ? 3 : 2;
}

/** A reduction is a total: one given per month counts for each month it ran. */
function totalReduction(mention: MoneyMention, text: string, entities: Entities): string {
  return mention.per === 'month' ? new Decimal(mention.value).mul(monthsOfReduction(text, entities)).toString() : mention.value;
}

/** A bare number answering a percentage question ("80") arrives as money without a unit. */
function bareNumberAsPercent(entities: Entities): string | null {
  const mention = entities.money[0];
  if (!mention || !/^\s*\d+(\.\d+)?\s*$/.test(mention.text)) return null;
  return new Decimal(mention.value).lte(100) ? mention.value : null;
}

/**
 * A percentage written as a figure ("2%", "八成"), not a word: "担保费减半" names the measure (the fee is
 * halved), it does not give the fee rate, so a word-only "减半" / "half" fills a percent fact only when
 * it answers a percentage question.
 */
function isFigure(mention: PercentMention): boolean {
  return /[\d０-９一二三四五六七八九十两]/.test(mention.text);
}

/** Whether the text contains the label; an English label as whole words, so "not sure" holds no "no". */
function containsLabel(typed: string, label: string): boolean {
  if (!/^[\x20-\x7e]+$/.test(label)) return typed.includes(label);
  const at = typed.indexOf(label);
  if (at < 0) return false;
  const isLetter = (char: string | undefined) => char !== undefined && /[a-z]/.test(char);
  return (!isLetter(typed[at - 1]) && !isLetter(typed[at + label.length])) || containsLabel(typed.slice(at + 1), label);
}

/**
 * The choice whose label the owner typed ("小型" for 小型企业, "office" for Office): exact first, then the
 * longest label of two or more characters the text contains, then a label the text starts (so "不是"
 * never reads as "是").
 */
export function choiceFromLabel(text: string, prompt: FactPrompt | undefined): string | boolean | undefined {
  const typed = text.trim().toLowerCase();
  if (!prompt?.choices || typed.length === 0) return undefined;
  const labelled = prompt.choices.flatMap((c) => [{ value: c.value, label: c.zh.toLowerCase() }, { value: c.value, label: c.en.toLowerCase() }])
    .sort((a, b) => b.label.length - a.label.length);
  // A one-character label ("是") inside a sentence says nothing: "我们也是房东" is not a yes.
  return labelled.find((c) => c.label === typed)?.value
    ?? labelled.find((c) => c.label.length >= 2 && containsLabel(typed, c.label))?.value
    ?? (typed.length >= 2 ? labelled.find((c) => c.label.startsWith(typed))?.value : undefined);
}

/**
 * @example
 *   factsFromMessage('区属国企的门面，月租2万', extractEntities('区属国企的门面，月租2万'), null, rentDialog, {}, undefined)
 *   // { facts: { landlordType: 'districtSoe', premisesUse: 'business', monthlyRent: '20000' }, rejected: [] }
 */
export function factsFromMessage(
  text: string,
  entities: Entities,
  awaiting: FactName | null,
  dialog: Dialog | undefined,
  known: Facts,
  awaitingPrompt: FactPrompt | undefined,
): FilledFacts {
  const out: MutableFacts = { ...entities.facts };
  // "不知道" / "not sure" answers no choice, even when its words contain one.
  const answering = awaiting !== null && !entities.unsure;
  if (answering && out[awaiting] === undefined && factKinds[awaiting] !== 'money' && factKinds[awaiting] !== 'percent') {
    const chosen = choiceFromLabel(text, awaitingPrompt);
    if (chosen !== undefined) out[awaiting] = chosen;
  }
  if (answering && out[awaiting] === undefined && entities.yesNo !== null) {
    if (factKinds[awaiting] === 'boolean') out[awaiting] = entities.yesNo;
    else {
      const value = entities.yesNo ? awaitingPrompt?.yes : awaitingPrompt?.no;
      if (value !== undefined) out[awaiting] = value;
    }
  }
  if (entities.revenuePair) {
    out.revenueBefore = entities.revenuePair.before;
    out.revenueAfter = entities.revenuePair.after;
  } else if (entities.money.length > 0) {
    const target = targetFact('money', awaiting, dialog, known);
    const first = entities.money[0];
    if (target === 'monthlyRent') fillRent(entities.money, out);
    else if (target === 'rentReduction' && first) out[target] = totalReduction(first, text, entities);
    else if (target && !(awaiting && factKinds[awaiting] === 'percent')) out[target] = entities.money[0]?.value;
  }
  const percentTarget = targetFact('percent', awaiting, dialog, known);
  const askedPercent = awaiting !== null && factKinds[awaiting] === 'percent';
  const stated = askedPercent ? entities.percents[0] : entities.percents.find(isFigure);
  const percent = stated?.value ?? (askedPercent ? bareNumberAsPercent(entities) : null);
  if (percentTarget && percent !== null && percent !== undefined && !entities.revenuePair) out[percentTarget] = percent;

  const facts: MutableFacts = {};
  const rejected: FactName[] = [];
  for (const [name, value] of Object.entries(out)) {
    const schema = factsShape[name as FactName];
    if (value === undefined || !schema) continue;
    if (schema.safeParse(value).success) facts[name] = value;
    else rejected.push(name as FactName);
  }
  return { facts: facts as Facts, rejected };
}
