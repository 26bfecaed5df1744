/**
 * A correction of the answer given last, in words the synonyms do not list: "搞错了，房租是分店自己掏的" and
 * "I got that backwards, the branch pays its rent" are read by the grammar of the fact answered last
 * (paysRent), and a bare "说反了" / "I had it the other way round" turns that yes/no (or choice of two) round. Only a message
 * that says it corrects something is read this way: out of context "我们自己也想问问" says nothing about rent.
 */
import { enumValues, factKinds, type Facts } from '../policy/facts.js';
import { readAnswer } from '../nlu/read-answer.js';
import type { Turn } from './turn.js';

/**
 * The corrected value of the fact answered last, when the message gives one the synonyms did not find.
 * @example
 *   // paysRent answered false, then "说反了，租金是门店自己交": { paysRent: true }
 */
export function correctedLastAnswer(turn: Turn, found: Facts): Facts {
  const { session, understanding } = turn;
  const { cues } = understanding;
  const fact = session.lastAnswered ?? null;
  if (!fact || !(cues.correction || cues.reversal) || fact in found) return {};
  const known = session.facts[fact];
  if (known === undefined) return {};
  const read = readAnswer(fact, understanding.text);
  if (read !== undefined) return read === known ? {} : ({ [fact]: read } as Facts);
  if (!cues.reversal) return {};
  if (factKinds[fact] === 'boolean') return { [fact]: !known } as Facts;
  // A choice of two (business or office) turned round is the other one.
  const values = enumValues[fact] ?? [];
  const other = values.length === 2 ? values.find((value) => value !== known) : undefined;
  return other !== undefined ? ({ [fact]: other } as Facts) : {};
}
