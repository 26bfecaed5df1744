/**
 * Tenant or landlord: "我是租房子的，不是房东" / "I'm the tenant" in the landlord's dialog moves to the
 * tenant's (and the other way round), every fact kept. Said in the dialog of the side already taken ("我是租房子的
 * 那个" asked who the landlord is), it is noted and the question stands: a statement of side is never read as the
 * value of another fact.
 */
import { questionCue, type CueName } from '../../nlu/text-cues.js';
import { inOwnPremises } from '../../nlu/own-premises.js';
import { normalizeText } from '../word-cues.js';
import { firstPerson } from '../direct-answer.js';
import { applyFacts, factsFor, startDialog, type Handler, type Turn } from '../turn.js';

/** One side of a measure: the cue that says it, its dialog, and how a side restated in its own dialog is named. */
interface Side { cue: CueName; dialog: string; noted?: 'tenant' | 'landlord' }
/** The two sides of each measure that has them: （一）'s tenant and landlord, （六）'s borrower and institution. */
const pairs: ReadonlyArray<readonly [Side, Side]> = [
  [{ cue: 'tenantSide', dialog: 'rent-tenant', noted: 'tenant' }, { cue: 'landlordSide', dialog: 'rent-landlord', noted: 'landlord' }],
  [{ cue: 'borrowerSide', dialog: 'guarantee-borrower' }, { cue: 'guarantorSide', dialog: 'guarantee-institution' }],
];

/** Whether the message answers the question pending with a fact of its own (a fallback's guess is no answer). */
function answersSomething(turn: Turn): boolean {
  const { current, awaiting } = turn;
  if (!current || !awaiting) return true;
  const filled = factsFor(turn, current, awaiting);
  const guessed = new Set(filled.notes.flatMap((note) => (note.kind === 'guessed' ? [note.fact] : [])));
  return Object.keys(filled.facts).some((fact) => !guessed.has(fact as never)) || turn.understanding.entities.money.length > 0
    || filled.unclear.length > 0 || filled.unsure.length > 0;
}

export const sideSwitch: Handler = (turn) => {
  const { understanding, ctx, actions, session, current } = turn;
  const { cues } = understanding;
  const pair = pairs.find((sides) => sides.some((side) => side.dialog === current?.id));
  if (!pair || !current) return false;
  const [one, two] = pair;
  // "我们也是房东，…有补贴吗？" is a second question, not a switch: only a statement of the side moves over,
  // however long ("hmm actually we own the building and let it to shops" asks nothing).
  if (cues[one.cue] === cues[two.cue] || (questionCue.test(understanding.text) && !/不是|not/i.test(understanding.text))) return false;
  const [wanted, other] = cues[one.cue] ? [one, two] : [two, one];
  // "it's owned by the xicheng government, some property company of theirs" answers "who is your landlord?": a landlord's
  // words said of someone else, in the answer to that very question, describe the landlord, not the speaker's side.
  if (wanted.noted === 'landlord' && turn.awaiting === 'landlordType' && !firstPerson.test(understanding.text) && answersSomething(turn)) return false;
  // "we own the building ourselves" answering who the landlord is: a business in its own premises, no landlord's side.
  if (turn.awaiting === 'landlordType' && inOwnPremises(normalizeText(understanding.text))) return false;
  if (current.id === wanted.dialog && wanted.noted && turn.awaiting && !answersSomething(turn)) {
    actions.push({ type: 'sideNoted', side: wanted.noted }, { type: 'ask', dialog: current.id, fact: turn.awaiting, retry: false, resume: false, intro: false });
    turn.intent = 'answer';
    return true;
  }
  if (current.id !== other.dialog) return false;
  const dialog = ctx.dialogs.byId.get(wanted.dialog);
  if (!dialog) return false;
  applyFacts(session, factsFor(turn, dialog, null).facts, actions);
  // Not an interruption: the owner is on the other side, so the old dialog is not offered back.
  session.suspended = null;
  session.awaiting = null;
  startDialog(session, dialog, actions);
  turn.intent = dialog.intents[0] ?? null;
  return true;
};
