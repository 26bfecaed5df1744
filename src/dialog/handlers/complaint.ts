/**
 * An unhappy owner ("白问了", "this is useless"): apologise once, give the person to call for the topic
 * (or the SME service line) and what the owner told the bot — never a refusal, never an empty "which one?".
 * Rasa's "human handoff" pattern.
 */
import { reoffer, type Handler } from '../turn.js';
import { topicContacts } from './conversation.js';

export const complaint: Handler = (turn) => {
  const { understanding, actions, session } = turn;
  const factCount = Object.keys(understanding.entities.facts).length + understanding.entities.money.length;
  if (!understanding.cues.complaint || factCount > 0) return false;
  actions.push({ type: 'complaint', facts: session.facts, ...topicContacts(turn) });
  reoffer(session, actions);
  turn.intent = 'complaint';
  return true;
};
