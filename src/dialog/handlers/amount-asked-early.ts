/**
 * "那我能拿多少", "到底能免多少钱啊？", "so how much can I get?" asked while the bot is still asking: the owner wants the
 * amount before the facts are in. That is this dialog's own question, not the check-up of every measure nor small
 * talk: the reply says what is still needed to work it out, and the pending question is asked again. A message that
 * answers something, names a figure, or names another measure is left to the handlers after this one.
 */
import { dialogNamed, factsFor, factsStillWanted, outcomesFor, type Handler } from '../turn.js';

export const amountAskedEarly: Handler = (turn) => {
  const { understanding, session, current, awaiting, actions, ctx } = turn;
  if (!awaiting || !current || current.rules.length === 0 || !understanding.cues.askAmount) return false;
  const { money, percents, revenuePair } = understanding.entities;
  if (money.length > 0 || percents.length > 0 || revenuePair !== null) return false;
  if (Object.keys(factsFor(turn, current, awaiting).facts).length > 0) return false;
  const named = dialogNamed(ctx.dialogs, understanding.text);
  if (named !== undefined && named.id !== current.id) return false;
  const wanted = factsStillWanted(current, session, outcomesFor(current, session.facts)).filter((fact) => fact !== awaiting);
  actions.push({ type: 'stillNeeded', dialog: current.id, facts: [awaiting, ...wanted] },
    { type: 'ask', dialog: current.id, fact: awaiting, retry: false, resume: false, intro: false });
  turn.intent = 'amount_asked_early';
  return true;
};
