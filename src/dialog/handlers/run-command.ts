/**
 * Slash commands and option picks ("2", a button's value), and a typed yes/no to the offer the bot just
 * made ("要回到刚才的问题吗？" → "好"). Rasa's "continue interrupted" and "cancel (confirmed)" patterns.
 */
import { factsShape, type FactName, type Facts } from '../../policy/facts.js';
import { questionCue } from '../../nlu/text-cues.js';
import { parseCommand, type Command } from '../commands.js';
import { hasAnswer } from '../session.js';
import type { Dialog } from '../dialog-schema.js';
import { askedOf } from './follow-up.js';
import { advance, answersFact, applyFacts, dialogNamed, factsFor, nextFact, outcomesFor, reoffer, reset, resultAction, startDialog, type Handler, type Turn } from '../turn.js';

/** A role named on its own, answering "tenant or landlord?": "租户", "the landlord", "我们是出租的". */
const tenantWord = /(租户|承租|租客|租房|租的|(?<![a-z])(?:tenants?|lessee|renter|renting)(?![a-z]))/i;
const landlordWord = /(房东|业主|出租|产权|房主|(?<![a-z])(?:landlords?|lessor|property owners?|letting)(?![a-z]))/i;

/** The side the owner says they are on, by the side cues, else by the one role the reply names. */
function sideAnswered(turn: Turn): 'tenant' | 'landlord' | null {
  const { cues, text } = turn.understanding;
  if (cues.tenantSide !== cues.landlordSide) return cues.tenantSide ? 'tenant' : 'landlord';
  const tenant = tenantWord.test(text);
  const landlord = landlordWord.test(text);
  if (tenant !== landlord) return tenant ? 'tenant' : 'landlord';
  return sideOfFacts(turn);
}

/**
 * "actually it's our office, not a shop", "我们是开饭馆的门面": no role named, but a fact only one side's dialog asks
 * (how the owner uses the premises, their size, the rent they pay; the reduction they gave) says which side speaks.
 * Who the landlord is says nothing: both sides name the landlord.
 */
function sideOfFacts(turn: Turn): 'tenant' | 'landlord' | null {
  const tenantDialog = turn.ctx.dialogs.byId.get('rent-tenant');
  const landlordDialog = turn.ctx.dialogs.byId.get('rent-landlord');
  if (!tenantDialog || !landlordDialog) return null;
  const told = (Object.keys(turn.understanding.entities.facts) as FactName[]).filter((fact) => fact !== 'landlordType');
  const onlyIn = (one: Dialog, other: Dialog) => told.some((fact) => one.facts.includes(fact) && !other.facts.includes(fact));
  const tenant = onlyIn(tenantDialog, landlordDialog);
  const landlord = onlyIn(landlordDialog, tenantDialog);
  return tenant === landlord ? null : tenant ? 'tenant' : 'landlord';
}

/** "算了你接着问吧", "你问吧", "go ahead, ask me": the owner lets the questions go on, a yes to working it out. */
const goOnAsking = /(?:接着|继续|就)?问吧|接着问|继续问|(?<![a-z])(?:go ahead(?: and ask)?|ask away|ask me|ok,? ask|fire away)(?![a-z])/i;

/** A plain yes or no to the offer pending, as a command; anything else leaves the offer unanswered. */
function offerReply(turn: Turn): Command | null {
  if (turn.session.undo && turn.understanding.cues.undo) return { name: 'undo' };
  const offer = turn.session.offer;
  if (!offer) return null;
  const { entities, cues } = turn.understanding;
  const yes = entities.yesNo === true || (offer.kind === 'resume' && cues.resume)
    || (offer.kind === 'calculate' && (cues.calculate || goOnAsking.test(turn.understanding.text)));
  const no = entities.yesNo === false;
  if (offer.kind === 'side') {
    const side = sideAnswered(turn);
    return side ? { name: 'topic', intent: side === 'tenant' ? 'rent_tenant' : 'rent_landlord' } : null;
  }
  if (offer.kind === 'resume') return yes || answersLeft(turn) ? { name: 'resume' } : no ? { name: 'drop' } : null;
  // "不用了" to the calculation is just a no: what follows is read as any other message. The facts of the
  // owner's case ("区属国企的门面，月租八千") take it up as a yes would, unless they name another topic.
  if (offer.kind === 'calculate') return yes || givesFacts(turn, offer.intent) ? { name: 'topic', intent: offer.intent } : null;
  // "没裁" / "we did online training" after "要清空…重新开始吗？" asked mid-dialog: a no or yes that is also the answer
  // to the question pending is read as that answer (the offer lapses); a bare "不" / "yes" answers the offer.
  if ((yes || no) && !cues.explicitReset && answersPending(turn)) return null;
  return yes ? { name: 'reset' } : no ? { name: 'keep' } : null;
}

/** A yes or no word alone, which answers no question but the offer. */
const bareYesNo = /^\s*(?:不|不是|没有|没|否|不用|不要|别|是|是的|对|好|好的|嗯|行|可以|要|no|nope|nah|not really|yes|yeah|yep|ok|okay|sure)\s*[.!。！]?\s*$/i;

/** Whether the message, beyond a bare yes or no, answers the question pending in the dialog under way. */
function answersPending(turn: Turn): boolean {
  const { session, current, understanding } = turn;
  if (!session.awaiting || !current || bareYesNo.test(understanding.text)) return false;
  return answersFact(session.awaiting, factsFor(turn, current, session.awaiting).facts);
}

/** The dialog left for another, offered back, and its question pending; undefined when there is none. */
function leftDialog(turn: Turn): { dialog: Dialog; pending: FactName } | undefined {
  const { session, ctx } = turn;
  const dialog = session.suspended ? ctx.dialogs.byId.get(session.suspended) : undefined;
  const pending = dialog ? nextFact(dialog, session, outcomesFor(dialog, session.facts)) : null;
  return dialog && pending ? { dialog, pending } : undefined;
}

/**
 * "一直开着的", "we stayed open" to "要回到刚才的…问题吗？": the answer to the question left pending takes up the offer
 * with that answer (not a bare yes or no, which answers the offer; not a question, nor another topic named).
 */
function answersLeft(turn: Turn): boolean {
  const left = leftDialog(turn);
  const { text } = turn.understanding;
  if (!left || bareYesNo.test(text) || questionCue.test(text)) return false;
  const named = dialogNamed(turn.ctx.dialogs, text);
  return (named === undefined || named === left.dialog) && answersFact(left.pending, factsFor(turn, left.dialog, left.pending).facts);
}

/**
 * Whether the message tells facts for the offered dialog, naming no other topic: a statement of the owner's
 * case, not a question about the notice ("我们个体经营的也能享受吗" asks; "区属国企的，月租八千" tells). A question
 * that carries the owner's own figures ("our rate was 1% on 8 million, how much?") asks for the case worked out.
 */
function givesFacts(turn: Turn, intent: string): boolean {
  const dialog = turn.ctx.dialogs.byIntent.get(intent);
  const { entities, text } = turn.understanding;
  const figures = entities.money.length + entities.percents.length > 0;
  if (!dialog || entities.yesNo === false || (questionCue.test(text) && !figures)) return false;
  // "1% on 8 million of loans" names 贷款 (a （五） word), but the guaranteed loans are what （六） itself asks about.
  const named = dialogNamed(turn.ctx.dialogs, text);
  const ownWords = named === undefined || named === dialog || askedOf(turn.ctx.dialogs, dialog, named, text);
  return ownWords && Object.keys(factsFor(turn, dialog, null).facts).length > 0;
}

function run(command: Command, turn: Turn): void {
  const { ctx, actions } = turn;
  const session = turn.session;
  const dialogOf = (id: string | null | undefined) => (id ? ctx.dialogs.byId.get(id) : undefined);
  switch (command.name) {
    case 'reset': {
      const next = reset(session, ctx.now);
      turn.session = next;
      actions.push({ type: 'reset', undoable: next.undo !== null }, { type: 'menu' });
      turn.intent = 'reset';
      return;
    }
    case 'undo': {
      turn.intent = 'undo';
      if (session.undo) {
        turn.session = { ...session.undo, updatedAt: ctx.now, undo: null, offer: null };
        actions.push({ type: 'undone' });
        const dialog = dialogOf(turn.session.dialog);
        if (dialog && turn.session.awaiting) reoffer(turn.session, actions);
        else if (dialog && hasAnswer(turn.session)) actions.push(resultAction(dialog, turn.session, outcomesFor(dialog, turn.session.facts), false));
      } else actions.push({ type: 'menu' });
      return;
    }
    case 'keep': actions.push({ type: 'keptGoing' }); reoffer(session, actions); return;
    case 'menu': actions.push({ type: 'menu' }); reoffer(session, actions); return;
    case 'facts': actions.push({ type: 'showFacts', facts: session.facts }); reoffer(session, actions); return;
    case 'card': {
      const dialog = dialogOf(session.dialog);
      if (!dialog || !hasAnswer(session) || dialog.rules.length === 0) actions.push({ type: 'noResultYet' });
      else actions.push(resultAction(dialog, session, outcomesFor(dialog, session.facts), true));
      return;
    }
    case 'lang': session.lang = command.lang; session.langLocked = true; actions.push({ type: 'language' }); reoffer(session, actions); return;
    case 'drop': session.suspended = null; actions.push({ type: 'menu' }); return;
    case 'resume': {
      const dialog = dialogOf(session.suspended) ?? dialogOf(session.dialog);
      // The answer to the question left, said instead of a yes, is recorded before going on.
      const left = answersLeft(turn) ? leftDialog(turn) : undefined;
      if (left) applyFacts(session, factsFor(turn, left.dialog, left.pending).facts, actions);
      session.suspended = null;
      turn.intent = 'resume';
      if (dialog) advance(session, dialog, actions, true);
      else actions.push({ type: 'menu' });
      return;
    }
    case 'topic': {
      const dialog = ctx.dialogs.byIntent.get(command.intent);
      if (!dialog) { actions.push({ type: 'menu' }); return; }
      // "我们是房东，减了5万" answering "tenant or landlord?", or "帮我算算，月租2万" taking up the offer to
      // work it out: the facts said with it are kept.
      applyFacts(session, factsFor(turn, dialog, null).facts, actions);
      startDialog(session, dialog, actions);
      turn.intent = dialog.intents[0] ?? null;
      return;
    }
    case 'change': {
      // Asked again as if never answered; the answer replaces the old value and says so.
      const dialog = dialogOf(session.dialog);
      if (!dialog) { actions.push({ type: 'menu' }); return; }
      session.awaiting = command.fact;
      session.attempts = 0;
      actions.push({ type: 'ask', dialog: dialog.id, fact: command.fact, retry: false, resume: false, intro: false });
      return;
    }
    case 'forget': {
      // The console's facts panel removes a fact: dropped, and the dialog goes on (asking for it again if needed).
      delete (session.facts as Record<string, unknown>)[command.fact];
      session.unsure = session.unsure.filter((f) => f !== command.fact);
      session.givenUp = session.givenUp.filter((f) => f !== command.fact);
      const dialog = dialogOf(session.dialog);
      if (dialog) advance(session, dialog, actions);
      else actions.push({ type: 'showFacts', facts: session.facts });
      return;
    }
    case 'answer': {
      // Anyone can type "/answer monthlyRent -5": it is held to the same schema as a fact read from text.
      if (factsShape[command.fact].safeParse(command.value).success) {
        applyFacts(session, { [command.fact]: command.value } as Facts, actions);
      } else actions.push({ type: 'rejected', fact: command.fact });
      turn.intent = 'answer';
      const dialog = dialogOf(session.dialog);
      // With no dialog under way there is nothing to ask next: show what is now known, never an empty reply.
      if (dialog) advance(session, dialog, actions);
      else actions.push({ type: 'showFacts', facts: session.facts });
      return;
    }
  }
}

export const runCommand: Handler = (turn) => {
  const command = parseCommand(turn.understanding.text, turn.session.options) ?? offerReply(turn);
  turn.session.options = [];
  turn.session.offer = null;
  if (!command) return false;
  run(command, turn);
  return true;
};

