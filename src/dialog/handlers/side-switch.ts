/**
 * Tenant or landlord: "我是租房子的，不是房东" / "I'm the tenant" in the landlord's dialog moves to the
 * tenant's (and the other way round), every fact kept. Said in the dialog of the side already taken ("我是租房子的
 * 那个" asked who the landlord is), it is noted and the question stands: a statement of side is never read as the
 * value of another fact.
 */
import { questionCue } from '../../nlu/text-cues.js';
import { applyFacts, factsFor, startDialog, type Handler, type Turn } from '../turn.js';

const sides = { tenant: 'rent-tenant', landlord: 'rent-landlord' } as const;

/** Whether the message answers the question pending with a fact of its own (a fallback's guess is no answer). */
function answersSomething(turn: Turn): boolean {
  const { current, awaiting } = turn;
  if (!current || !awaiting) return true;
  const filled = factsFor(turn, current, awaiting);
  const guessed = new Set(filled.notes.flatMap((note) => (note.kind === 'guessed' ? [note.fact] : [])));
  return Object.keys(filled.facts).some((fact) => !guessed.has(fact as never)) || turn.understanding.entities.money.length > 0;
}

export const sideSwitch: Handler = (turn) => {
  const { understanding, ctx, actions, session, current } = turn;
  const { tenantSide, landlordSide } = understanding.cues;
  // "我们也是房东，…有补贴吗？" is a second question, not a switch: only a statement of the side moves over,
  // however long ("hmm actually we own the building and let it to shops" asks nothing).
  if (tenantSide === landlordSide || !current || (questionCue.test(understanding.text) && !/不是|not/i.test(understanding.text))) return false;
  const side = tenantSide ? 'tenant' : 'landlord';
  const wanted = sides[side];
  const other = tenantSide ? sides.landlord : sides.tenant;
  if (current.id === wanted && turn.awaiting && !answersSomething(turn)) {
    actions.push({ type: 'sideNoted', side }, { type: 'ask', dialog: current.id, fact: turn.awaiting, retry: false, resume: false, intro: false });
    turn.intent = 'answer';
    return true;
  }
  if (current.id !== other) return false;
  const dialog = ctx.dialogs.byId.get(wanted);
  if (!dialog) return false;
  applyFacts(session, factsFor(turn, dialog, null).facts, actions);
  // Not an interruption: the owner is on the other side, so the old dialog is not offered back.
  session.suspended = null;
  session.awaiting = null;
  startDialog(session, dialog, actions);
  turn.intent = dialog.intents[0] ?? null;
  return true;
};
