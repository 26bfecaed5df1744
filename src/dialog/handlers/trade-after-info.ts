/**
 * The owner's trade, said after a measure with nothing to compute and several units: "复工复产找谁" → the nine
 * units, then "我们是开理发店的" → （十二） again with 区商务局 first; "贷款有什么政策" then "我们是幼儿园" → （五）
 * with 区教委 first. The trade says who asks about the measure just answered, not a new topic: a kindergarten's
 * "我们是幼儿园" is no question about （三）'s rent, a bookstore's "我们是书店" none about a new measure.
 * A message that asks something of its own (a question, an amount, another measure's words) is left to the
 * other handlers.
 */
import { caseContacts, fieldUnits, namesOtherTopic } from '../topic-contacts.js';
import { measure as measureOf } from '../../policy/notice.js';
import type { Handler } from '../turn.js';

/**
 * "我们是开理发店的", "we are a private kindergarten": at most this many Chinese characters and Latin words, so a
 * story with a question of its own is not one.
 */
const MAX_SELF_DESCRIPTION = 16;
const sizeOf = (text: string): number => (text.match(/\p{Script=Han}|[a-z]+/giu) ?? []).length;

export const tradeAfterInfo: Handler = (turn) => {
  const { understanding, session, actions, ctx } = turn;
  // The measure just answered, or just looked up ("复工找谁" gives its contacts, then "we run a hair salon").
  const lookedUp = session.lastLookup?.kind === 'contacts' && session.lastLookup.units.length === 0 ? session.lastLookup.measure : null;
  const measure = lookedUp ?? session.lastMeasure ?? null;
  if (turn.awaiting !== null || measure === null) return false;
  const dialog = ctx.dialogs.dialogs.find((d) => d.measures[0] === measure);
  if (!dialog || dialog.rules.length > 0 || measureOf(measure).contacts.length < 2) return false;
  const { entities, cues, text } = understanding;
  if (sizeOf(text) > MAX_SELF_DESCRIPTION || entities.money.length > 0 || entities.percents.length > 0) return false;
  // "我们是饭店 有什么政策" asks for every measure; a word of another measure ("那房租呢") asks about that one.
  if (cues.aboutNow || cues.broadAsk || cues.checkup || cues.calculate || namesOtherTopic(ctx.dialogs, text, measure)) return false;
  const industry = entities.facts.industry;
  if (industry === undefined && fieldUnits(text, {}).length === 0) return false;
  if (industry !== undefined) session.facts.industry = industry;
  if (lookedUp !== null) {
    actions.push({ type: 'contacts', contacts: caseContacts(ctx.dialogs, measure, session.facts, text), units: [], measure });
  } else actions.push({ type: 'info', measure });
  turn.intent = 'follow_up';
  return true;
};
