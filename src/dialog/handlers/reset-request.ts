/**
 * Cancel only when asked: "重新开始", "start over" reset at once (and can be undone); anything else read as
 * "cancel" — mid-dialog, or with less than full confidence — is confirmed first, so no call is lost by
 * accident ("nobody was let go" is not a cancel).
 */
import { textCues } from '../../nlu/text-cues.js';
import type { DialogSet } from '../dialog-schema.js';
import { hasAnswer } from '../session.js';
import { factsFor, reset, type Handler } from '../turn.js';

/** Below this the classifier's "cancel" is not trusted enough to act on without asking. */
const SURE_CANCEL = 0.9;

/** A whole message that is nothing but a cancel word: as explicit as "start over". */
const cancelAlone = /^\s*(cancel|reset|取消|重置|作废)\s*[.!。！]*\s*$/i;

/**
 * "疫情后重新开始营业要什么手续", "can we restart work on site?": the reset words are part of a topic's own
 * words (（十二）'s 重新开始营业, restart work), so the owner asks about that topic and nothing is reset.
 */
function resetWordsOfTopic(text: string, dialogs: DialogSet): boolean {
  const lower = text.toLowerCase();
  return dialogs.dialogs.some((d) => d.topicWords.some((word) => lower.includes(word.toLowerCase()) && textCues(word).explicitReset));
}

/** Words that ask to stop or drop the conversation. */
const stopWords = /取消|算了|不问了|不要了|不用了|不办了|别问了|不聊了|不算了|退出|结束|停止|不想问|(?<![a-z])(?:stop|cancel|quit|exit|abort|never ?mind|forget (?:it|about it)|drop it|end (?:this|the chat|the conversation))(?![a-z])/i;

/** What is left of a message once its stop words and fillers are taken out: "不想问了", "nah forget it" leave nothing. */
const stopWordsAll = new RegExp(stopWords.source, 'gi');
const filler = /[\s,.!?~…，。！？、了吧啊呀嘛哦噢哎唉嗯]|(?<![a-z])(?:nah|no|ok|okay|please|just|oh|ah|um|so|then|i|we|it|the|this|that|all)(?![a-z])/gi;
const onlyStops = (text: string): boolean => stopWords.test(text) && text.replace(stopWordsAll, '').replace(filler, '') === '';

export const resetRequest: Handler = (turn) => {
  const { understanding, actions, ctx } = turn;
  const session = turn.session;
  const { entities } = understanding;
  const factCount = Object.keys(entities.facts).length;
  const something = Object.keys(session.facts).length > 0 || session.dialog !== null;
  // "none of the measures fit: the landlord keeps blocking our restart. is there anyone…": with nothing yet to reset, a
  // question the classifier hears as another topic asks about it, whatever reset word its story holds.
  const asksAnotherTopic = !something && understanding.cues.question && understanding.intent !== 'cancel';
  const explicit = understanding.cues.explicitReset && !asksAnotherTopic && !resetWordsOfTopic(understanding.text, ctx.dialogs);
  if ((explicit || cancelAlone.test(understanding.text)) && factCount === 0 && !understanding.cues.resume) {
    turn.session = reset(session, ctx.now);
    actions.push({ type: 'reset', undoable: turn.session.undo !== null }, { type: 'menu' });
    turn.intent = 'reset';
    return true;
  }
  // "你算错了" / "that's wrong" may read as a cancel; it asks to fix a fact, not to lose them all.
  // "ok back to the rent question" goes back, it does not cancel.
  const { cues } = understanding;
  // "月租是5.2w 重算下" gives a figure: it corrects, it does not ask to lose the conversation.
  const figures = entities.money.length + entities.percents.length;
  // "不想问了" is all stop words: its 不 says no to nothing asked, whatever the classifier reads.
  const stops = factCount + figures === 0 && onlyStops(understanding.text);
  if ((understanding.intent !== 'cancel' && !stops) || factCount + figures > 0 || cues.correction || cues.resume || cues.complaint) return false;
  // "is this still available now?", "这个还有效吗": a question that names no stop word asks something; it is no
  // request to lose the conversation, whatever the classifier hears in its words.
  if (cues.question && !stopWords.test(understanding.text)) return false;
  // "nobody was let go" answers the question asked, whatever the classifier thinks of its words.
  if (!stops && session.awaiting && Object.keys(factsFor(turn, turn.current, session.awaiting).facts).length > 0) return false;
  // "不清楚" may be read as a cancel, but it answers the question: the owner does not know.
  if (session.awaiting && understanding.entities.unsure) return false;
  // "停了堂食 外卖一直做", "一直开": a reply to the question asked, however the classifier hears it, is never
  // a reset; only words that ask to stop are confirmed. Otherwise the question is asked again.
  if (session.awaiting && !stopWords.test(understanding.text)) return false;
  if (!something) { actions.push({ type: 'menu' }); turn.intent = 'cancel'; return true; }
  // After an answer nothing is half-asked: a short, confident cancel resets (and can be undone).
  const short = understanding.text.trim().length <= 8;
  if (understanding.confidence >= SURE_CANCEL && short && hasAnswer(session)) {
    turn.session = reset(session, ctx.now);
    actions.push({ type: 'reset', undoable: turn.session.undo !== null }, { type: 'menu' });
    turn.intent = 'reset';
    return true;
  }
  session.offer = { kind: 'confirmReset' };
  actions.push({ type: 'confirmReset' });
  turn.intent = 'confirm_reset';
  return true;
};
