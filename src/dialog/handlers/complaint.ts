/**
 * An unhappy owner ("白问了", "this is useless"): apologise once, give the person to call for the topic
 * (or the SME service line) and what the owner told the bot — never a refusal, never an empty "which one?".
 * Rasa's "human handoff" pattern.
 */
import { looksLikeQuestion } from '../../nlu/text-cues.js';
import { hasAnswer } from '../session.js';
import { dialogsNamed, reoffer, type Handler } from '../turn.js';
import { topicContacts } from './conversation.js';

/**
 * "这也太不合理了吧 我们也是受疫情影响啊", "that's so unfair" right after an answer: an objection to the notice's
 * conditions, not to the bot. (Before any answer "不合理" is as often （十二）'s "不合理限制".)
 */
const objection = /不合理|不公平|凭什么|说不过去|不讲理|就因为[^，,。？?]{1,16}?(?:就|才)?(?:不行|不能|不给)|(?<![a-z])(?:just because|only because)(?![a-z])|(?<![a-z])(?:unfair|not fair|so strict|too strict|unreasonable|that's not right|that is not right)(?![a-z])/i;

/** Words that put a complaint on the bot itself. */
const saidOfTheBot = /你|机器人|系统|客服|白问|(?<![a-z])(?:you|bot|chatbot|this (?:thing|chat|app|service))(?![a-z])/i;

/** "太不公平了。那我怎么跟房东说，他减了有什么好处？": a question besides the objection is the owner's ask. */
function asksBesides(text: string): boolean {
  return text.split(/(?<=[。！!？?；;])|[，,]\s*(?=那|可|但|所以|and |so |but )/).some((clause) => !objection.test(clause) && looksLikeQuestion(clause));
}

export const complaint: Handler = (turn) => {
  const { understanding, actions, session } = turn;
  const factCount = Object.keys(understanding.entities.facts).length + understanding.entities.money.length;
  // "就因为注册地不在西城就不行？": the fact objected to, restated as known, is no new fact of the case.
  const newFacts = Object.entries(understanding.entities.facts).filter(([fact, value]) => session.facts[fact as keyof typeof session.facts] !== value).length;
  if (understanding.cues.complaint ? factCount > 0 : newFacts + understanding.entities.money.length > 0) return false;
  const objects = !understanding.cues.complaint && turn.awaiting === null && turn.current !== undefined && hasAnswer(session)
    && objection.test(understanding.text) && !asksBesides(understanding.text) && dialogsNamed(turn.ctx.dialogs, understanding.text).every((d) => d === turn.current);
  if (!understanding.cues.complaint && !objects) return false;
  // "烦死了 上游供应商断供俩月了 这种有人管吗": the owner's frustration with the business, heard as （十四）'s difficulty and
  // not said of the bot, is that difficulty's question.
  if (!objects && understanding.intent === 'other_difficulty' && understanding.confidence >= 0.8 && !saidOfTheBot.test(understanding.text)) return false;
  actions.push({ type: 'complaint', facts: session.facts, ...topicContacts(turn), ...(objects ? { objection: true } : {}) });
  reoffer(session, actions);
  turn.intent = 'complaint';
  return true;
};
