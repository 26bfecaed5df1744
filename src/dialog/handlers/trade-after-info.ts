/**
 * The owner's trade, said after a measure with nothing to compute and several units: "复工复产找谁" → the nine
 * units, then "我们是开理发店的" → （十二） again with 区商务局 first; "贷款有什么政策" then "我们是幼儿园" → （五）
 * with 区教委 first. The trade says who asks about the measure just answered, not a new topic: a kindergarten's
 * "我们是幼儿园" is no question about （三）'s rent, a bookstore's "我们是书店" none about a new measure.
 * A message that asks something of its own (a question, an amount, another measure's words) is left to the
 * other handlers.
 */
import { fieldUnits, namesOtherTopic } from '../topic-contacts.js';
import { measure as measureOf } from '../../policy/notice.js';
import type { Handler } from '../turn.js';

/** "我们是开理发店的", "we're a restaurant": at most this many characters, so a story with a question of its own is not one. */
const MAX_SELF_DESCRIPTION = 24;

export const tradeAfterInfo: Handler = (turn) => {
  const { understanding, session, actions, ctx } = turn;
  const measure = session.lastMeasure;
  if (turn.awaiting !== null || measure === undefined || measure === null) return false;
  const dialog = ctx.dialogs.dialogs.find((d) => d.measures[0] === measure);
  if (!dialog || dialog.rules.length > 0 || measureOf(measure).contacts.length < 2) return false;
  const { entities, cues, text } = understanding;
  if (text.trim().length > MAX_SELF_DESCRIPTION || entities.money.length > 0 || entities.percents.length > 0) return false;
  if (cues.question || cues.aboutNow || namesOtherTopic(ctx.dialogs, text, measure)) return false;
  const industry = entities.facts.industry;
  if (industry === undefined && fieldUnits(text, {}).length === 0) return false;
  if (industry !== undefined) session.facts.industry = industry;
  actions.push({ type: 'info', measure });
  turn.intent = 'follow_up';
  return true;
};
