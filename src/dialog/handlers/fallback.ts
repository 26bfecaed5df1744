/**
 * The last resort. A question about today ("这个政策过期了吗", "can I still apply now?") has had its answer —
 * the notice covered 2020, and whom to ask about current policy — so it gets the menu, never "not covered".
 * Anything else is out of scope: the bot says the notice does not cover it rather than guess.
 */
import type { Handler } from '../turn.js';

export const fallback: Handler = (turn) => {
  const answeredAboutNow = turn.actions.some((action) => action.type === 'periodNotice');
  // "8000" on its own, with nothing asked: not out of scope, just unexplained.
  if (!answeredAboutNow && !/\p{L}/u.test(turn.understanding.text.replace(/万|千|百|元|块|k|w|yuan|rmb/gi, '')) && turn.understanding.entities.money.length > 0) {
    turn.actions.push({ type: 'bareNumber' });
    turn.intent = 'bare_number';
    return true;
  }
  turn.actions.push(answeredAboutNow ? { type: 'menu' } : { type: 'outOfScope' });
  if (answeredAboutNow) turn.intent = 'about_now';
  return true;
};

/**
 * A bare "好" / "no" / "ok" with no question pending and nothing offered names no topic, whatever the
 * classifier makes of one word: the owner gets the menu, not a questionnaire they did not ask for.
 */
export const acknowledgement: Handler = (turn) => {
  const { understanding, session } = turn;
  const bare = understanding.entities.yesNo !== null && understanding.text.trim().split(/\s+/).length <= 2 && understanding.text.trim().length <= 6;
  if (!bare || session.awaiting || Object.keys(understanding.entities.facts).length > 0) return false;
  turn.actions.push({ type: 'menu' });
  turn.intent = 'acknowledgement';
  return true;
};
