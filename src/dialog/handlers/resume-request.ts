/**
 * Going back: "接着说房租吧", "回到刚才稳岗那个", "继续", "ok back to the rent question" resume the dialog
 * named (or the one interrupted, or the one under way) at its pending question, with every fact kept.
 */
import { advance, dialogNamed, type Handler } from '../turn.js';

export const resumeRequest: Handler = (turn) => {
  const { understanding, ctx, actions, session } = turn;
  if (!understanding.cues.resume || Object.keys(understanding.entities.facts).length > 0 || understanding.entities.money.length > 0) return false;
  const named = dialogNamed(ctx.dialogs, understanding.text);
  const byId = (id: string | null) => (id ? ctx.dialogs.byId.get(id) : undefined);
  const target = (named && named.rules.length > 0 ? named : undefined) ?? byId(session.suspended) ?? byId(session.dialog);
  if (!target) return false;
  // The dialog left for the one resumed is itself offered back afterwards.
  const leaving = session.dialog && session.dialog !== target.id && session.awaiting ? session.dialog : null;
  session.suspended = leaving;
  advance(session, target, actions, true);
  turn.intent = 'resume';
  return true;
};
