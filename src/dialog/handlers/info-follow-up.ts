/**
 * A follow-up on a measure with nothing to compute (（五）（七）–（十二）（十四）), right after its answer: "现在还有吗",
 * "is this still available now?" → that measure again, after the engine's note that the notice covered 2020, not
 * the menu; "能给多少钱", "how much can we get?" → its clause sets no amount, then the measure and whom to ask — not
 * the check-up. A message naming another measure asks about that one.
 */
import { dialogNamed, type Handler } from '../turn.js';
import { aNotA, endsInNot } from './follow-up.js';

/** "能给多少钱", "补多少", "额度多大", "how much can we get", "what amount": the amount asked. */
const amountAsked = /多少钱|给多少|拿多少|补多少|补贴多少|多少补贴|能贷多少|贷多少|额度|金额|(?<![a-z])(?:how much|what amount|how big (?:is|are) the)(?![a-z])/i;

export const infoFollowUp: Handler = (turn) => {
  const { understanding, session, actions, ctx } = turn;
  const measure = session.lastMeasure ?? null;
  if (turn.awaiting !== null || measure === null) return false;
  const dialog = ctx.dialogs.dialogs.find((d) => d.measures[0] === measure);
  if (!dialog || dialog.rules.length > 0) return false;
  const { cues, entities, text } = understanding;
  if (cues.whomToCall || cues.checkup || Object.keys(entities.facts).length > 0 || entities.money.length > 0) return false;
  const still = cues.aboutNow && (cues.question || aNotA.test(text) || endsInNot.test(text));
  const amount = amountAsked.test(text);
  if (!still && !amount) return false;
  const named = dialogNamed(ctx.dialogs, text);
  if (named && !named.measures.includes(measure)) return false;
  if (amount && !still) actions.push({ type: 'noAmount', measure });
  actions.push({ type: 'info', measure });
  turn.intent = 'follow_up';
  return true;
};
