/**
 * A correction of the answer given last, in words the synonyms do not list: "搞错了，房租是分店自己掏的" and
 * "I got that backwards, the branch pays its rent" are read by the grammar of the fact answered last
 * (paysRent), and a bare "说反了" / "I had it the other way round" turns that yes/no (or choice of two) round. Only a message
 * that says it corrects something is read this way: out of context "我们自己也想问问" says nothing about rent.
 */
import { enumValues, factKinds, type FactName, type Facts } from '../policy/facts.js';
import { readAnswer } from '../nlu/read-answer.js';
import type { Turn } from './turn.js';

/**
 * The corrected value of the fact answered last, when the message gives one the synonyms did not find.
 * @example
 *   // paysRent answered false, then "说反了，租金是门店自己交": { paysRent: true }
 */
export function correctedLastAnswer(turn: Turn, found: Facts): Facts {
  const { cues } = turn.understanding;
  if (!(cues.correction || cues.reversal)) return {};
  return lastAnswerCorrected(turn, found) ?? (Object.keys(found).length === 0 ? sweptCorrection(turn) : {});
}

/** The answer given last, read again by its grammar, or turned round by "说反了"; null when neither says a new value. */
function lastAnswerCorrected(turn: Turn, found: Facts): Facts | null {
  const { session, understanding } = turn;
  const fact = session.lastAnswered ?? null;
  const known = fact ? session.facts[fact] : undefined;
  if (!fact || known === undefined || fact in found) return null;
  const read = readAnswer(fact, understanding.text);
  if (read !== undefined) return read === known ? null : ({ [fact]: read } as Facts);
  if (!understanding.cues.reversal) return null;
  if (factKinds[fact] === 'boolean') return { [fact]: !known } as Facts;
  // A choice of two (business or office) turned round is the other one.
  const values = enumValues[fact] ?? [];
  const other = values.length === 2 ? values.find((value) => value !== known) : undefined;
  return other !== undefined ? ({ [fact]: other } as Facts) : null;
}

/**
 * Facts whose grammar is specific enough to read in any correction: "I think we actually closed because the
 * district told us to" changes how the business operated, whichever question came last. (The payer's and the
 * premises' grammars hear "we" and "店" in almost anything, so they are read only as the answer given last.)
 */
const sweptFacts: readonly FactName[] = ['operatingStatus', 'landlordType'];

/** The one known fact the correction gives a new value by its grammar; none when it gives two or none. */
function sweptCorrection(turn: Turn): Facts {
  const { session, understanding } = turn;
  const changed = sweptFacts.flatMap((fact) => {
    const known = session.facts[fact];
    const read = known === undefined ? undefined : readAnswer(fact, understanding.text);
    return read !== undefined && read !== known ? [{ [fact]: read } as Facts] : [];
  });
  return changed.length === 1 ? changed[0] ?? {} : {};
}
