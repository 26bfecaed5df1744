/**
 * Questions the notice answers directly ("再担保费也减半吗", "第十二项是什么", "王燕的电话") get that answer
 * first (src/dialog/direct-answer.ts picks it), then the question pending, if any, again.
 */
import { directAnswer } from '../direct-answer.js';
import { reoffer, type Handler } from '../turn.js';

export const directAnswerHandler: Handler = (turn) => {
  const answer = directAnswer(turn.understanding, turn.session, turn.ctx.dialogs);
  if (!answer) return false;
  turn.actions.push(answer);
  reoffer(turn.session, turn.actions);
  return true;
};
