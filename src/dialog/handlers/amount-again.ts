/**
 * "so on our loan, what's the saving again?", "remind me, how much would we get back in total?", "那当时我们那两个月一共
 * 应该免多少钱来着" right after a result: the amount of that result, asked again. The result is shown again — not another
 * measure whose words the question happens to resemble (a loan is （五）'s, 免 the landlord's), not the check-up.
 */
import { askedOf } from './follow-up.js';
import { answeredDialog, dialogsNamed, isRentMeasure, namedByRentAlone, outcomesFor, resultAction, type Handler } from '../turn.js';

const amountAsked = /多少钱|能免多少|能减多少|能省多少|能拿多少|能补多少|补多少|免多少|省多少|一共多少|总共多少|多少来着|(?<![a-z])(?:how much|what(?:'s| is| was) the (?:saving|savings|amount|total|figure|number)|the saving|the amount)(?![a-z])/i;
/** Words that say it was already answered: "again", "remind me", "来着", "当时", "按政策". */
const again = /来着|再说一遍|再说下|刚才|当时|按政策|(?<![a-z])(?:again|remind me|one more time|to confirm)(?![a-z])/i;

export const amountAgain: Handler = (turn) => {
  const { understanding, session, actions, ctx } = turn;
  const current = answeredDialog(turn);
  if (!current || current.id === 'checkup') return false;
  const { entities, text, cues } = understanding;
  if (entities.money.length > 0 || Object.keys(entities.facts).length > 0 || cues.correction || cues.checkup) return false;
  if (!amountAsked.test(text) || !again.test(text)) return false;
  // "那房东补贴能拿多少来着" names another measure by its own words: that one's question. (房租 and 免 are every rent measure's.)
  const named = dialogsNamed(ctx.dialogs, text);
  // ("on our loan, what's the saving again?" after （六）: the loan is what （六） asked about.)
  const other = named.some((d) => d !== current && !askedOf(ctx.dialogs, current, d, text)
    && !(isRentMeasure(current) && isRentMeasure(d) && namedByRentAlone(ctx.dialogs, text, d)));
  if (other) return false;
  const outcomes = outcomesFor(current, session.facts);
  if (outcomes.length === 0) return false;
  actions.push(resultAction(current, session, outcomes, false));
  turn.intent = 'follow_up';
  return true;
};
