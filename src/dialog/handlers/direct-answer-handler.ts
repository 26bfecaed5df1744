/**
 * Questions the notice answers directly ("再担保费也减半吗", "第十二项是什么", "王燕的电话") get that answer
 * first (src/dialog/direct-answer.ts picks it), then the question pending, if any, again.
 */
import { questionCue } from '../../nlu/text-cues.js';
import { directAnswer } from '../direct-answer.js';
import { answersFact, dialogNamed, factsFor, reoffer, type Handler } from '../turn.js';

/** Words of a contact question: a phone, a department, whom to ask. */
const asksWhomToCall = /(?<!我的|我们的|my |our )(电话|phone)(?!\s*[:：]?\s*\d)|联系|找谁|问谁|哪个部门|哪个科|科室|手机号?(?!\s*[:：]?\s*\d)|是谁|谁负责|\b(?:contact|call|who|which office|which department)\b/i;

export const directAnswerHandler: Handler = (turn) => {
  // "yes, approved by the district education commission" answers the question asked, though it names a unit.
  // A question or an aside that names the value ("顺便问一下，办公用房是免一半还是全免") is still answered.
  const { awaiting, current, understanding } = turn;
  const statement = !questionCue.test(understanding.text) && !understanding.cues.digression;
  if (awaiting && statement && answersFact(awaiting, factsFor(turn, current, awaiting).facts)) return false;
  const followUp = (turn.session.lastLookup ?? null) !== null;
  const answer = directAnswer(turn.understanding, turn.session, turn.ctx.dialogs);
  if (!answer) return false;
  // "帮我查查个人社保缴费记录" names a unit (社保 → 人力社保局) but asks what the notice does not cover:
  // contacts answer it only when it asks whom to call.
  // A person named, or a follow-up to a look-up ("那文旅局呢"), is a contact question whatever its words.
  // "…a housekeeping company and asks about the temporary post subsidy" read as a look-up names a measure
  // to work out and asks no one to call: that measure's dialog starts.
  const namesComputing = (dialogNamed(turn.ctx.dialogs, understanding.text)?.rules.length ?? 0) > 0;
  if (answer.type === 'contacts' && !answer.people && !followUp && (understanding.intent === 'out_of_scope' || namesComputing)
    && !asksWhomToCall.test(understanding.text)) return false;
  turn.actions.push(answer);
  reoffer(turn.session, turn.actions);
  return true;
};
