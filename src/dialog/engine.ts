/**
 * The dialog engine: a pure function from (session, understanding, dialogs) to (session, actions).
 * It fills facts from each message, asks only for what the dialog's rules still miss, answers side
 * questions and offers to resume, and reaches the rule outcomes. It never writes user-facing text.
 */
import { enumValues, factKinds, factsShape, type Facts, type FactName } from '../policy/facts.js';
import { findRule } from '../policy/rules/index.js';
import type { Outcome } from '../policy/outcome.js';
import type { Understanding } from '../nlu/understanding.js';
import { loadNotice } from '../policy/notice.js';
import type { Action, Branch } from './actions.js';
import { parseCommand, type Command } from './commands.js';
import { promptFor, type Dialog, type DialogSet } from './dialog-schema.js';
import { directAnswer } from './direct-answer.js';
import { factsFromMessage } from './fill-facts.js';
import { impliedFacts } from './implied-facts.js';
import { looksLikeQuestion } from './looks-like-question.js';
import { hasAnswer, newSession, type Session } from './session.js';
import { contactsForMeasure, contactsOfUnits, measureAskedAbout, unitsNamed } from './topic-contacts.js';

export interface StepResult {
  session: Session;
  actions: Action[];
}

export interface EngineContext {
  dialogs: DialogSet;
  now: number;
}

/** Unusable answers to one question before the bot offers the department's phone instead. */
export const MAX_ATTEMPTS = 3;

const conversationIntents = new Set(['greeting', 'help', 'thanks', 'contact_lookup', 'handoff', 'cancel', 'checkup']);

/** "今年4月的房租" asks about today, which the 2020 measures do not cover. */
const aboutNow = /今年|现在|目前|本月|这个月|明年|如今|this year|this month|right now|currently|nowadays|today|20(2[1-9]|[3-9]\d)/i;

/** Evaluates the dialog's rules on the facts. */
export function outcomesFor(dialog: Dialog, facts: Facts): Outcome[] {
  return dialog.rules.flatMap((id) => {
    const rule = findRule(id);
    return rule ? [rule.evaluate(facts)] : [];
  });
}

/** The next fact to ask: the first of the dialog's facts that a still-undecided rule misses and the user can answer. */
export function nextFact(dialog: Dialog, session: Session, outcomes: Outcome[]): FactName | null {
  const wanted = new Set(outcomes.filter((o) => o.eligible !== false).flatMap((o) => o.missing));
  return dialog.facts.find((fact) => wanted.has(fact) && !session.unsure.includes(fact) && !session.givenUp.includes(fact)) ?? null;
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

/** Continues a dialog: asks the next missing fact, or answers. */
function advance(session: Session, dialog: Dialog, actions: Action[], resume = false): void {
  const intro = session.dialog !== dialog.id || hasAnswer(session);
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

/** The answer of a dialog whose rules have what they need (or all the owner could tell). */
function resultAction(dialog: Dialog, session: Session, outcomes: Outcome[], cardRequested: boolean): Action {
  return {
    type: 'result', dialog: dialog.id, outcomes, branches: branchesFor(dialog, session, outcomes),
    focusMonth: session.focusMonth, asksAboutNow: session.asksAboutNow, cardRequested,
  };
}

/** After an answer: offer the dialog that was interrupted, if any. */
function finish(session: Session, actions: Action[]): void {
  session.awaiting = null;
  if (session.suspended && session.suspended !== session.dialog) {
    actions.push({ type: 'offerResume', dialog: session.suspended });
  } else session.suspended = null;
}

/** Re-asks the pending question after a side answer, so the owner can pick up where they left off. */
function reoffer(session: Session, actions: Action[]): void {
  if (session.dialog && session.awaiting) {
    actions.push({ type: 'ask', dialog: session.dialog, fact: session.awaiting, retry: false, resume: true, intro: false });
  }
}

/** Answers an intent that is not a dialog: greetings, help, contacts, a person, thanks, out of scope. */
function conversational(session: Session, understanding: Understanding, ctx: EngineContext, actions: Action[]): boolean {
  switch (understanding.intent) {
    case 'greeting': actions.push({ type: 'welcome' }); return true;
    case 'help': actions.push({ type: 'menu' }); return true;
    case 'thanks': actions.push({ type: 'thanks' }); return true;
    case 'contact_lookup': {
      const units = unitsNamed(understanding.text);
      if (units.length > 0) {
        actions.push({ type: 'contacts', contacts: contactsOfUnits(units), units, measure: null });
      } else {
        const measure = measureAskedAbout(session, ctx.dialogs, understanding);
        const contacts = measure ? contactsForMeasure(ctx.dialogs, measure, session.facts) : [loadNotice().generalContact];
        actions.push({ type: 'contacts', contacts, units: [], measure });
      }
      return true;
    }
    case 'handoff': {
      const measure = session.dialog ? ctx.dialogs.byId.get(session.dialog)?.measures[0] ?? null : null;
      const contacts = measure ? contactsForMeasure(ctx.dialogs, measure, session.facts) : [loadNotice().generalContact];
      actions.push({ type: 'handoff', contacts, facts: session.facts, measure });
      return true;
    }
    default: return false;
  }
}

function reset(session: Session, now: number): Session {
  return { ...newSession(session.lang, now), langLocked: session.langLocked };
}

/** Whether the facts answer the question asked: per-month rents answer the monthly rent, a revenue pair the drop. */
function answersFact(fact: FactName, facts: Facts): boolean {
  if (fact in facts) return true;
  if (fact === 'monthlyRent') return 'rentMarch' in facts && 'rentApril' in facts;
  return fact === 'revenueDropPercent' && 'revenueBefore' in facts && 'revenueAfter' in facts;
}

/** Records the facts of a message, noting each change of a fact already known (a correction). */
function applyFacts(session: Session, facts: Facts, actions: Action[]): boolean {
  let changed = false;
  const record = session.facts as Record<string, unknown>;
  for (const [name, value] of Object.entries(facts) as Array<[FactName, unknown]>) {
    const before = record[name];
    if (before === value) continue;
    if (before !== undefined) actions.push({ type: 'changed', fact: name, from: before, to: value });
    record[name] = value;
    session.unsure = session.unsure.filter((f) => f !== name);
    session.givenUp = session.givenUp.filter((f) => f !== name);
    changed = true;
  }
  // Monthly rent and per-month rents describe the same thing: the newest wins.
  if ('monthlyRent' in facts) { delete record.rentMarch; delete record.rentApril; }
  else if ('rentMarch' in facts && 'rentApril' in facts) delete record.monthlyRent;
  if ('revenueDropPercent' in facts) { delete record.revenueBefore; delete record.revenueAfter; }
  Object.assign(record, impliedFacts(session.facts));
  return changed;
}

function runCommand(command: Command, session: Session, ctx: EngineContext, actions: Action[]): Session {
  switch (command.name) {
    case 'reset': actions.push({ type: 'reset' }, { type: 'menu' }); return reset(session, ctx.now);
    case 'menu': actions.push({ type: 'menu' }); reoffer(session, actions); return session;
    case 'facts': actions.push({ type: 'showFacts', facts: session.facts }); reoffer(session, actions); return session;
    case 'card': {
      const dialog = session.dialog ? ctx.dialogs.byId.get(session.dialog) : undefined;
      if (!dialog || !hasAnswer(session) || dialog.rules.length === 0) actions.push({ type: 'noResultYet' });
      else actions.push(resultAction(dialog, session, outcomesFor(dialog, session.facts), true));
      return session;
    }
    case 'lang': session.lang = command.lang; session.langLocked = true; actions.push({ type: 'language' }); reoffer(session, actions); return session;
    case 'drop': session.suspended = null; actions.push({ type: 'menu' }); return session;
    case 'resume': {
      const dialog = session.suspended ? ctx.dialogs.byId.get(session.suspended) : session.dialog ? ctx.dialogs.byId.get(session.dialog) : undefined;
      session.suspended = null;
      if (dialog) advance(session, dialog, actions, true);
      else actions.push({ type: 'menu' });
      return session;
    }
    case 'topic': {
      const dialog = ctx.dialogs.byIntent.get(command.intent);
      if (dialog) startDialog(session, dialog, actions);
      else actions.push({ type: 'menu' });
      return session;
    }
    case 'answer': {
      // Anyone can type "/answer monthlyRent -5": it is held to the same schema as a fact read from text.
      if (factsShape[command.fact].safeParse(command.value).success) {
        applyFacts(session, { [command.fact]: command.value } as Facts, actions);
      } else actions.push({ type: 'rejected', fact: command.fact });
      const dialog = session.dialog ? ctx.dialogs.byId.get(session.dialog) : undefined;
      // With no dialog under way there is nothing to ask next: show what is now known, never an empty reply.
      if (dialog) advance(session, dialog, actions);
      else actions.push({ type: 'showFacts', facts: session.facts });
      return session;
    }
  }
}

/** Starts (or restarts) a dialog; a dialog left mid-way is kept to be offered again. */
function startDialog(session: Session, dialog: Dialog, actions: Action[]): void {
  if (session.dialog && session.dialog !== dialog.id && session.awaiting) session.suspended = session.dialog;
  session.awaiting = null;
  session.attempts = 0;
  advance(session, dialog, actions);
}

/**
 * One turn. Pure: the same session, understanding and dialogs give the same result.
 * @example
 *   const { session, actions } = step(newSession('zh', now), understand('区属国企的门面月租2万'), { dialogs, now })
 *   // actions: [{ type: 'ask', fact: 'registeredInXicheng', ... }]
 */
export function step(previous: Session, understanding: Understanding, ctx: EngineContext): StepResult {
  const session: Session = structuredClone(previous);
  session.updatedAt = ctx.now;
  const actions: Action[] = [];
  const text = understanding.text;
  const command = parseCommand(text, session.options);
  session.options = [];
  if (command) return { session: runCommand(command, session, ctx, actions), actions };
  // Only words decide the language: "2", "20000" or a command keeps the one in use.
  if (!session.langLocked && /[\p{L}]/u.test(text)) session.lang = understanding.lang;

  if (aboutNow.test(text) && !session.asksAboutNow) {
    session.asksAboutNow = true;
    // Said first, before any question: the measures covered 2020, whatever the owner goes on to ask.
    actions.push({ type: 'periodNotice' });
  }
  const months = understanding.entities.months;
  if (months.length === 1) session.focusMonth = months[0] ?? null;

  // A question the notice answers directly ("再担保费也减半吗", "第十二项", "王燕的电话") gets that answer
  // first, then the question pending, if any (src/dialog/direct-answer.ts).
  const direct = directAnswer(understanding, session, ctx.dialogs);
  if (direct) { actions.push(direct); reoffer(session, actions); return { session, actions }; }

  const current = session.dialog ? ctx.dialogs.byId.get(session.dialog) : undefined;
  const awaiting = session.awaiting;
  const awaitingPrompt = awaiting ? promptFor(ctx.dialogs, current, awaiting) : undefined;
  const intent = understanding.intent;
  const intentDialog = ctx.dialogs.byIntent.get(intent);
  // A new measure question starts its own dialog, whose facts decide where amounts go.
  const target = intentDialog && intentDialog.id !== current?.id && !awaiting ? intentDialog : current;
  const filled = factsFromMessage(text, understanding.entities, awaiting, target, session.facts, awaitingPrompt);
  for (const fact of filled.rejected) actions.push({ type: 'rejected', fact });
  const factCount = Object.keys(filled.facts).length;

  // "不清楚" may be read as a cancel, but it answers the question: the owner does not know.
  if (intent === 'cancel' && factCount === 0 && !(awaiting && understanding.entities.unsure)) {
    actions.push({ type: 'reset' }, { type: 'menu' });
    return { session: reset(session, ctx.now), actions };
  }

  if (awaiting && current) {
    const newTopic = intentDialog !== undefined && intentDialog.id !== current.id && intentDialog.rules.length > 0
      && understanding.ambiguous === null && looksLikeQuestion(text) && !answersFact(awaiting, filled.facts);
    if (newTopic) {
      // A question about another benefit that happens to carry facts ("我们也是房东，减了5万租金，有补贴吗?")
      // starts that dialog, and its facts go where that dialog needs them.
      applyFacts(session, factsFromMessage(text, understanding.entities, null, intentDialog, session.facts, undefined).facts, actions);
      startDialog(session, intentDialog, actions);
      return { session, actions };
    }
    if (factCount > 0) {
      applyFacts(session, filled.facts, actions);
      advance(session, current, actions);
      return { session, actions };
    }
    if (understanding.entities.unsure) {
      session.unsure.push(awaiting);
      advance(session, current, actions);
      return { session, actions };
    }
    const asksSomethingElse = conversationIntents.has(intent) || looksLikeQuestion(text);
    const sideQuestion = intent !== 'out_of_scope' && !current.intents.includes(intent) && filled.rejected.length === 0 && asksSomethingElse;
    if (sideQuestion && understanding.ambiguous === null) {
      if (intentDialog && intentDialog.rules.length > 0) {
        startDialog(session, intentDialog, actions);
        return { session, actions };
      }
      if (intentDialog) {
        for (const measure of intentDialog.measures) actions.push({ type: 'info', measure });
      } else conversational(session, understanding, ctx, actions);
      reoffer(session, actions);
      return { session, actions };
    }
    session.attempts += 1;
    if (session.attempts >= MAX_ATTEMPTS) {
      session.givenUp.push(awaiting);
      actions.push({ type: 'giveUp', dialog: current.id, fact: awaiting, contacts: contactsForMeasure(ctx.dialogs, current.measures[0] ?? 14, session.facts) });
      advance(session, current, actions);
    } else {
      actions.push({ type: 'ask', dialog: current.id, fact: awaiting, retry: true, resume: false, intro: false });
    }
    return { session, actions };
  }

  if (understanding.ambiguous && factCount === 0) {
    actions.push({ type: 'clarify', intents: understanding.ambiguous });
    return { session, actions };
  }
  if (intentDialog && (intentDialog.id !== current?.id || factCount === 0)) {
    if (intentDialog.id !== current?.id) session.focusMonth = months.length === 1 ? months[0] ?? null : null;
    applyFacts(session, filled.facts, actions);
    startDialog(session, intentDialog, actions);
    return { session, actions };
  }
  if (current && factCount > 0) {
    // A correction after the answer ("不对，是办公用的"): recompute with the new fact.
    applyFacts(session, filled.facts, actions);
    advance(session, current, actions);
    return { session, actions };
  }
  if (conversational(session, understanding, ctx, actions)) return { session, actions };
  actions.push({ type: 'outOfScope' });
  return { session, actions };
}
