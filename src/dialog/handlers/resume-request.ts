/**
 * Going back: "接着说房租吧", "回到刚才稳岗那个", "继续", "ok back to the rent question" resume the dialog
 * named (or the one interrupted, or the one under way) at its pending question, with every fact kept.
 */
import { promptFor } from '../dialog-schema.js';
import { factsFromMessage } from '../fill-facts.js';
import { advance, answersFact, applyFacts, dialogNamed, isRentMeasure, namedByRentAlone, nextFact, outcomesFor, type Handler } from '../turn.js';

export const resumeRequest: Handler = (turn) => {
  const { understanding, ctx, actions, session } = turn;
  if (!understanding.cues.resume) return false;
  // "go back to the rent question please, my rent is 1.5 wan a month": facts or figures beside the going back are
  // welcome only as the answer to the question resumed; otherwise they are a case of their own.
  const told = Object.keys(understanding.entities.facts).length > 0 || understanding.entities.money.length > 0;
  const named = dialogNamed(ctx.dialogs, understanding.text);
  const byId = (id: string | null) => (id ? ctx.dialogs.byId.get(id) : undefined);
  const left = byId(session.suspended) ?? byId(session.dialog);
  // "那继续算房租补贴吧" after an aside in the chain-store dialog: 房租 is said in every rent measure's questions, so
  // it names the rent measure left, not the tenant's; a rent measure's own words ("回到房东补贴") still name it.
  const rentLeft = named !== undefined && left !== undefined && named !== left && isRentMeasure(named) && isRentMeasure(left)
    && namedByRentAlone(ctx.dialogs, understanding.text, named);
  // "再回到刚才房租补贴" after a job-subsidy answer that followed the chain store's: 房租 names every rent measure, so the one
  // the owner went through (all its questions answered) is the one gone back to, not the tenant's.
  const rentAnswered = named !== undefined && isRentMeasure(named) && namedByRentAlone(ctx.dialogs, understanding.text, named)
    ? ctx.dialogs.dialogs.find((d) => d !== named && isRentMeasure(d) && d.rules.length > 0 && d.facts.every((f) => answersFact(f, session.facts))
      && nextFact(d, session, outcomesFor(d, session.facts)) === null)
    : undefined;
  const target = rentAnswered ?? (named && named.rules.length > 0 && !rentLeft ? named : undefined) ?? left;
  if (!target) return false;
  // "回到稳岗那个 培训我们组织了的": the answer to the question resumed comes with it. Its "行" / "ok" is the
  // going back, not a yes to that question, so only the fact's own words count.
  const pending = nextFact(target, session, outcomesFor(target, session.facts));
  const filled = pending
    ? factsFromMessage(understanding.text, { ...understanding.entities, yesNo: null }, pending, target, session.facts, promptFor(ctx.dialogs, target, pending))
    : null;
  const answered = pending !== null && filled !== null && answersFact(pending, filled.facts);
  if (told && (!answered || !left)) return false;
  // The dialog left for the one resumed is itself offered back afterwards.
  const leaving = session.dialog && session.dialog !== target.id && session.awaiting ? session.dialog : null;
  session.suspended = leaving;
  turn.intent = 'resume';
  if (answered) {
    session.dialog = target.id;
    applyFacts(session, filled.facts, actions);
    advance(session, target, actions);
    return true;
  }
  advance(session, target, actions, true);
  return true;
};
