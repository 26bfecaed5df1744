/**
 * Questions the notice answers directly ("再担保费也减半吗", "第十二项是什么", "王燕的电话") get that answer
 * first (src/dialog/direct-answer.ts picks it), then the question pending, if any, again.
 */
import { questionCue, rhetoricalCue } from '../../nlu/text-cues.js';
import { directAnswer } from '../direct-answer.js';
import { rhetoricalNegation } from '../../nlu/extract-yes-no.js';
import { answerAroundMeaningQuestion, answersBesideQuestion } from '../../nlu/question-back.js';
import { measureNotContact, startTopic } from './start-topic.js';
import { advance, answersFact, applyFacts, factsFor, reoffer, type Handler } from '../turn.js';
import { dialogsOfMeasure } from '../dialog-schema.js';

export const directAnswerHandler: Handler = (turn) => {
  // "yes, approved by the district education commission" answers the question asked, though it names a unit.
  // A question or an aside that names the value ("顺便问一下，办公用房是免一半还是全免") is still answered.
  const { awaiting, current, understanding } = turn;
  // A rhetorical "那会儿谁不是延期开学" asks nothing either (extract-yes-no.ts reads it as the yes).
  const statement = (!questionCue.test(understanding.text) || rhetoricalCue.test(understanding.text) || rhetoricalNegation.test(understanding.text))
    && !understanding.cues.digression;
  // "规模？小微啊", "yes, why do you ask?": a short question back beside the answer asks nothing of the notice.
  const besideQuestion = () => awaiting !== null && !understanding.cues.digression && answersBesideQuestion(understanding.text, awaiting, understanding.entities);
  if (awaiting && answersFact(awaiting, factsFor(turn, current, awaiting).facts) && (statement || besideQuestion())) return false;
  const followUp = (turn.session.lastLookup ?? null) !== null;
  const answer = directAnswer(turn.understanding, turn.session, turn.ctx.dialogs);
  if (!answer) return false;
  // "帮我查查个人社保缴费记录" names a unit (社保 → 人力社保局) but asks what the notice does not cover:
  // contacts answer it only when it asks whom to call.
  // A person named, or a follow-up to a look-up ("那文旅局呢"), is a contact question whatever its words.
  // "Caller … asks about the temporary post subsidy", read as a contact look-up, asks about that measure.
  if (answer.type === 'contacts' && !answer.people && !followUp
    && ((understanding.intent === 'out_of_scope' && !understanding.cues.whomToCall) || measureNotContact(turn))) {
    turn.session.lastLookup = null;
    return false;
  }
  turn.actions.push(answer);
  // "What is item 12?" heard as out of scope, an aside heard as small talk: the reply's intent names the measure answered
  // (issue 11 §4: logs and the eval read it), not the classifier's unrelated label.
  const answeredMeasure = answer.type === 'directAnswer' || answer.type === 'measureAnswer' ? answer.measure : null;
  if (answeredMeasure !== null && !turn.ctx.dialogs.byIntent.has(turn.intent ?? understanding.intent)) {
    turn.intent = dialogsOfMeasure(turn.ctx.dialogs, answeredMeasure).find((d) => d.intents.length > 0)?.intents[0] ?? turn.intent;
  }
  // "美甲店 个体户 房租能减吗 房东是国资的": the answer, then the owner's own case worked out with what they said.
  const starts = answer.type === 'directAnswer' ? turn.ctx.dialogs.byIntent.get(answer.starts ?? '') : undefined;
  if (starts) {
    turn.intentDialog = starts;
    return startTopic(turn) || true;
  }
  // The answer ends "要按您的情况算一算吗？": "好" / "帮我算算" takes up the dialog that computes it. Of a measure two
  // dialogs compute (（六）: the borrower's fee, the institution's subsidy), the one the question spoke from ("can a
  // guarantee company still apply …?" is the institution's) is the one a typed yes takes up; the buttons offer both.
  const calculators = answer.type === 'measureAnswer' ? answer.calculate : [];
  const calculate = answer.type === 'directAnswer' ? answer.calculate
    : calculators.length === 1 ? calculators[0] : calculators.find((intent) => turn.intentDialog?.intents.includes(intent)) ?? null;
  if (calculate) turn.session.offer = { kind: 'calculate', intent: calculate };
  // "个体户算不算？我们是个体户": asked, then answered by name in the same message: the answer to the question asked
  // is taken after the notice's answer, and the dialog goes on. ("what counts as micro? we have 9 people" asks which
  // size fits: it is asked again.)
  const answeredToo = awaiting !== null && current !== undefined && current.id === turn.session.dialog
    ? answerAroundMeaningQuestion(understanding.text, awaiting, true) : undefined;
  if (answeredToo !== undefined && awaiting !== null && current !== undefined) {
    applyFacts(turn.session, { [awaiting]: answeredToo }, turn.actions);
    advance(turn.session, current, turn.actions);
    return true;
  }
  reoffer(turn.session, turn.actions);
  return true;
};
