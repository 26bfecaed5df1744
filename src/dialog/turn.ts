/**
 * One turn as the engine's handlers see it, and the moves they share: continue a dialog, record facts,
 * start a dialog, re-ask the pending question, reset. Pure: every function changes only the turn's own
 * (cloned) session and appends to its actions.
 */
import { enumValues, factKinds, type Facts, type FactName } from '../policy/facts.js';
import { findRule } from '../policy/rules/index.js';
import { revenueDrop } from '../policy/rules/job-subsidy.js';
import type { Outcome } from '../policy/outcome.js';
import type { Understanding } from '../nlu/understanding.js';
import type { Action, Branch } from './actions.js';
import { promptFor, type Dialog, type DialogSet } from './dialog-schema.js';
import { factsFromMessage, type FilledFacts } from './fill-facts.js';
import { impliedFacts } from './implied-facts.js';
import { hasAnswer, newSession, type Session } from './session.js';

export interface EngineContext {
  dialogs: DialogSet;
  now: number;
}

/** The turn under way: what was heard, the session being changed, and the actions decided so far. */
export interface Turn {
  session: Session;
  understanding: Understanding;
  ctx: EngineContext;
  actions: Action[];
  /** The dialog in progress or last answered. */
  current: Dialog | undefined;
  /** The fact the bot asked for before this message. */
  awaiting: FactName | null;
  /** The dialog the message's intent starts, if any. */
  intentDialog: Dialog | undefined;
  /** What the turn did, reported as the reply's `intent` (null: the classifier's intent). */
  intent: string | null;
  /** The months the reduction covered before this message said a new count (1 when none was said); see engine.ts. */
  reductionMonthsBefore?: number;
}

/** A turn handler: handles the turn and returns true, or leaves it to the next one. */
export type Handler = (turn: Turn) => boolean;

/** Evaluates the dialog's rules on the facts. */
export function outcomesFor(dialog: Dialog, facts: Facts): Outcome[] {
  return dialog.rules.flatMap((id) => {
    const rule = findRule(id);
    return rule ? [rule.evaluate(facts)] : [];
  });
}

/** The next fact to ask: the first of the dialog's facts that a still-undecided rule misses and the user can answer. */
export function nextFact(dialog: Dialog, session: Session, outcomes: Outcome[]): FactName | null {
  return factsStillWanted(dialog, session, outcomes)[0] ?? null;
}

/** Every fact the dialog still has to ask before it can answer, in the order it asks them. */
export function factsStillWanted(dialog: Dialog, session: Session, outcomes: Outcome[]): FactName[] {
  const wanted = new Set(outcomes.filter((o) => o.eligible !== false).flatMap((o) => o.missing));
  return dialog.facts.filter((fact) => wanted.has(fact) && !session.unsure.includes(fact) && !session.givenUp.includes(fact));
}

/** For an outcome that depends on a yes/no or choice fact the user does not know: the outcome under each value. */
function branchesFor(dialog: Dialog, session: Session, outcomes: Outcome[]): Branch[] {
  const branches: Branch[] = [];
  for (const outcome of outcomes) {
    const fact = outcome.missing.find((f) => session.unsure.includes(f) || session.givenUp.includes(f));
    if (!fact || outcome.eligible !== null) continue;
    const values: Array<string | boolean> = factKinds[fact] === 'boolean' ? [true, false] : [...(enumValues[fact] ?? [])];
    const rule = findRule(outcome.rule);
    for (const value of values) {
      const result = rule?.evaluate({ ...session.facts, [fact]: value });
      if (result) branches.push({ rule: outcome.rule, fact, value, eligible: result.eligible, amount: result.amount });
    }
  }
  return dialog.rules.length > 0 ? branches : [];
}

/**
 * The dialog whose result is on screen, nothing asked since: the one a follow-up after the answer ("那怎么办", "what's
 * the saving again?") is about. Undefined mid-dialog, before any answer, or for a measure nothing computes.
 */
export function answeredDialog(turn: Turn): Dialog | undefined {
  const { awaiting, current, session } = turn;
  return awaiting === null && current !== undefined && current.rules.length > 0 && hasAnswer(session) ? current : undefined;
}

/** The answer of a dialog whose rules have what they need (or all the owner could tell). */
export function resultAction(dialog: Dialog, session: Session, outcomes: Outcome[], cardRequested: boolean): Action {
  return {
    type: 'result', dialog: dialog.id, outcomes, branches: branchesFor(dialog, session, outcomes),
    focusMonth: session.focusMonth, asksAboutNow: session.asksAboutNow, cardRequested,
  };
}

/** After an answer: offer the dialog that was interrupted, if any. */
export function finish(session: Session, actions: Action[]): void {
  session.awaiting = null;
  if (session.suspended && session.suspended !== session.dialog) {
    session.offer = { kind: 'resume', dialog: session.suspended };
    actions.push({ type: 'offerResume', dialog: session.suspended });
  } else session.suspended = null;
}

/** Continues a dialog: asks the next missing fact, or answers. */
export function advance(session: Session, dialog: Dialog, actions: Action[], resume = false): void {
  const intro = session.dialog !== dialog.id || hasAnswer(session);
  if (session.awaiting && session.facts[session.awaiting] !== undefined) session.lastAnswered = session.awaiting;
  session.dialog = dialog.id;
  if (dialog.rules.length === 0) {
    for (const measure of dialog.measures) actions.push({ type: 'info', measure });
    finish(session, actions);
    return;
  }
  const outcomes = outcomesFor(dialog, session.facts);
  const fact = nextFact(dialog, session, outcomes);
  if (fact) {
    if (session.awaiting !== fact) session.attempts = 0;
    session.awaiting = fact;
    actions.push({ type: 'ask', dialog: dialog.id, fact, retry: false, resume, intro: intro && !resume });
    return;
  }
  session.awaiting = null;
  session.attempts = 0;
  actions.push(resultAction(dialog, session, outcomes, false));
  finish(session, actions);
}

/** Re-asks the pending question after a side answer, so the owner can pick up where they left off. */
export function reoffer(session: Session, actions: Action[]): void {
  if (session.dialog && session.awaiting) {
    actions.push({ type: 'ask', dialog: session.dialog, fact: session.awaiting, retry: false, resume: true, intro: false });
  }
}

/** A fresh session in the same language; the one it replaces is kept once, so a reset can be undone. */
export function reset(session: Session, now: number): Session {
  const undo = Object.keys(session.facts).length > 0 || session.dialog !== null ? { ...session, undo: null, options: [], offer: null } : null;
  return { ...newSession(session.lang, now), langLocked: session.langLocked, undo };
}

/** Records the facts of a message, noting each change of a fact already known (a correction). */
export function applyFacts(session: Session, facts: Facts, actions: Action[]): boolean {
  let changed = false;
  const record = session.facts as Record<string, unknown>;
  for (const [name, value] of Object.entries(facts) as Array<[FactName, unknown]>) {
    const before = record[name];
    if (before === value) continue;
    // "那如果4月房租是八千呢": one month of a rent known by the month is changed from that monthly rent.
    const shown = before ?? (name === 'rentMarch' || name === 'rentApril' ? record.monthlyRent : undefined);
    if (shown !== undefined && shown !== value) actions.push({ type: 'changed', fact: name, from: shown, to: value });
    record[name] = value;
    session.unsure = session.unsure.filter((f) => f !== name);
    session.givenUp = session.givenUp.filter((f) => f !== name);
    changed = true;
  }
  // Monthly rent and per-month rents describe the same thing: the newest wins.
  if ('monthlyRent' in facts) { delete record.rentMarch; delete record.rentApril; }
  else if ('rentMarch' in facts && 'rentApril' in facts) delete record.monthlyRent;
  // The drop and the revenue pair too: "去年同期120w 今年30w" after "降了85%" replaces the 85% (said as 85% → 75%).
  if ('revenueDropPercent' in facts) { delete record.revenueBefore; delete record.revenueAfter; }
  else if ('revenueBefore' in facts && 'revenueAfter' in facts && record.revenueDropPercent !== undefined) {
    const drop = revenueDrop({ revenueBefore: facts.revenueBefore, revenueAfter: facts.revenueAfter });
    if (drop) actions.push({ type: 'changed', fact: 'revenueDropPercent', from: record.revenueDropPercent, to: drop.times(100).toDecimalPlaces(1).toString() });
    delete record.revenueDropPercent;
  }
  Object.assign(record, impliedFacts(session.facts));
  return changed;
}

/** Starts (or restarts) a dialog; a dialog left mid-way is kept to be offered again. */
export function startDialog(session: Session, dialog: Dialog, actions: Action[]): void {
  if (session.dialog && session.dialog !== dialog.id && session.awaiting) session.suspended = session.dialog;
  session.awaiting = null;
  session.attempts = 0;
  advance(session, dialog, actions);
}

/** One reading of the message, with the facts known when it was made (a reading depends on them). */
interface Reading {
  session: Session;
  known: Facts;
  filled: FilledFacts;
}

/** Readings made in a turn, by dialog and fact asked: several handlers ask the same question of one message. */
const readings = new WeakMap<Turn, Map<string, Reading>>();

function sameFacts(a: Facts, b: Facts): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
}

/**
 * The facts the message gives when read for `dialog`, answering `awaiting` (or nothing) there. Read once
 * per turn for each (dialog, fact asked), while the session's facts stay as they were; treat the result
 * as read-only.
 */
export function factsFor(turn: Turn, dialog: Dialog | undefined, awaiting: FactName | null): FilledFacts {
  const { understanding, session, ctx } = turn;
  const key = `${dialog?.id ?? ''}\u0000${awaiting ?? ''}`;
  let made = readings.get(turn);
  const earlier = made?.get(key);
  if (earlier && earlier.session === session && sameFacts(earlier.known, session.facts)) return earlier.filled;
  const prompt = awaiting ? promptFor(ctx.dialogs, dialog, awaiting) : undefined;
  // A round figure for the question asked is asked about the first time only ("2万左右" → the exact figure?).
  const askApproximate = awaiting !== null && awaiting === session.awaiting && session.attempts === 0;
  const filled = factsFromMessage(understanding.text, understanding.entities, awaiting, dialog, session.facts, prompt, { askApproximate, reduction: { tenants: session.tenantCount ?? null, months: session.reductionMonths ?? null, waivedInFull: session.reductionWaived === true } });
  if (!made) readings.set(turn, (made = new Map()));
  made.set(key, { session, known: { ...session.facts }, filled });
  return filled;
}

/**
 * Records what a reading of the message found besides its facts: values out of range, and how a value was
 * read (÷ 12 for a yearly rent, "about", 少裁员 for the department), said back before what follows.
 */
export function sayHowRead(turn: Turn, filled: FilledFacts): void {
  for (const fact of filled.rejected) turn.actions.push({ type: 'rejected', fact });
  for (const note of filled.notes) turn.actions.push({ type: 'understood', note });
}

/** Whether the facts answer the question asked: per-month rents answer the monthly rent, a revenue pair the drop. */
export function answersFact(fact: FactName, facts: Facts): boolean {
  if (fact in facts) return true;
  if (fact === 'monthlyRent') return 'rentMarch' in facts && 'rentApril' in facts;
  return fact === 'revenueDropPercent' && 'revenueBefore' in facts && 'revenueAfter' in facts;
}

/**
 * The dialogs whose topic words the text names, by their longest word found: one, or several on a tie
 * ("连锁店的房租": 连锁 and 房租 are as long), none when no word is there.
 * @example dialogsNamed(dialogs, '担保机构的补贴').map((d) => d.id) // ['guarantee-institution'] (担保机构 over 担保)
 */
export function dialogsNamed(dialogs: DialogSet, text: string): readonly Dialog[] {
  // A turn asks this of the same message from a dozen handlers: the last answer per dialog set is kept.
  const last = lastNamed.get(dialogs);
  if (last?.text === text) return last.named;
  let words = topicWordsLower.get(dialogs);
  if (!words) topicWordsLower.set(dialogs, (words = dialogs.dialogs.map((dialog) => dialog.topicWords.map((word) => word.toLowerCase()))));
  const lower = withoutExcluded(text.toLowerCase());
  let longest = 0;
  let named: Dialog[] = [];
  dialogs.dialogs.forEach((dialog, i) => {
    for (const word of words[i] ?? []) {
      if (word.length < longest || !namesWord(lower, word)) continue;
      if (word.length > longest) { longest = word.length; named = []; }
      if (!named.includes(dialog)) named.push(dialog);
    }
  });
  // "我们集团下面的连锁酒店 稳岗补贴能拿吗", "连锁餐厅的分店要复工": 连锁 and 分店 say what the business is; with no word
  // of rent, the measure named beside them is the topic.
  if (named.length > 1 && named.some((d) => !isRentMeasure(d)) && !rentSaid(lower)) named = named.filter((d) => !isRentMeasure(d));
  lastNamed.set(dialogs, { text, named });
  return named;
}

/**
 * Whether the text holds the topic word; an English one only from a word's start ("rent", "rents", "rental", never the
 * "rent" of "different", "current", "parent").
 */
function namesWord(lower: string, word: string): boolean {
  let at = lower.indexOf(word);
  if (at < 0 || !/^[a-z]/.test(word)) return at >= 0;
  while (at >= 0) {
    if (at === 0 || !/[a-z]/.test(lower.charAt(at - 1))) return true;
    at = lower.indexOf(word, at + 1);
  }
  return false;
}

/**
 * "那除了房租 我还能申请点啥", "房租之外还有啥", "besides the rent, what else can we get?": a measure said as the one
 * set aside names no topic; what the owner asks is what else there is.
 */
const excluded = new RegExp([
  String.raw`除了[^，,。；;！!？?\s]{1,12}?(?:以外|之外|外)?(?=[，,。；;\s]|还|也|我|咱|有|都|$)`,
  String.raw`[^，,。；;！!？?\s]{1,8}(?:以外|之外)(?=[，,。；;\s]|还|也|我|咱|有|都|$)`,
  String.raw`(?<![a-z])(?:besides|apart from|aside from|other than|except(?: for)?|on top of|in addition to)\s+[a-z0-9' -]{1,40}?(?=\s*(?:[,.;?!]|$)|\s+(?:what|which|is|are|can|could|do|does|anything|any|would|will|should|how|there|we|i)(?![a-z]))`,
].join('|'), 'g');
function withoutExcluded(lower: string): string {
  return lower.includes('外') || lower.includes('除了') || /besides|apart|aside|other than|except|on top of|in addition/.test(lower) ? lower.replace(excluded, ' ') : lower;
}

/** （一）–（四） are the rent measures: their topic words (房租, rent) are said in each of their questions. */
export const LAST_RENT_MEASURE = 4;
/** Whether the dialog computes one of the rent measures. */
export function isRentMeasure(dialog: Dialog): boolean {
  return dialog.measures.length > 0 && dialog.measures.every((m) => m <= LAST_RENT_MEASURE);
}

/** Rent said in any words: 租 (房租, 租子, 租金, 租的), "rent", "lease", "tenant", "landlord". */
const rentWords = /租|(?<![a-z])(?:leases?|leased|leasing|rental|rents?|rented|renting|tenants?|landlords?)(?![a-z])/;
/** Whether the (lower-case) text speaks of rent at all. */
export function rentSaid(lower: string): boolean {
  return rentWords.test(lower);
}

/**
 * Whether the text names the dialog by a word of rent alone ("继续算房租补贴": 房租 names the tenant's measure, and
 * is said in every rent measure's questions); false when it names it by a word of its own ("房东补贴", "连锁").
 */
export function namedByRentAlone(dialogs: DialogSet, text: string, dialog: Dialog): boolean {
  const withoutRent = text.toLowerCase().replace(new RegExp(rentWords.source, 'g'), ' ');
  return !dialogsNamed(dialogs, withoutRent).includes(dialog);
}

const lastNamed = new WeakMap<DialogSet, { text: string; named: readonly Dialog[] }>();
const topicWordsLower = new WeakMap<DialogSet, string[][]>();

/** The dialog whose topic words the text names, longest word first ("担保机构" over "担保"); the first on a tie. */
export function dialogNamed(dialogs: DialogSet, text: string): Dialog | undefined {
  return dialogsNamed(dialogs, text)[0];
}
