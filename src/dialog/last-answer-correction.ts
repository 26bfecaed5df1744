/**
 * A correction of the answer given last, in words the synonyms do not list: "搞错了，房租是分店自己掏的" and
 * "I got that backwards, the branch pays its rent" are read by the grammar of the fact answered last
 * (paysRent), and a bare "说反了" / "I had it the other way round" turns that yes/no (or choice of two) round. Only a message
 * that says it corrects something is read this way: out of context "我们自己也想问问" says nothing about rent.
 * A message that denies a value already known ("不是办公用房", "it's not an office, it's our showroom") corrects
 * that fact, whichever came last: it is read by that fact's grammar, and a choice of two denied is the other one.
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
  const denied = deniedKnown(turn);
  if (!(cues.correction || cues.reversal || denied.length > 0)) return {};
  return lastAnswerCorrected(turn, found) ?? (Object.keys(found).length === 0 ? sweptCorrection(turn, denied) : {});
}

/** Whether the message denies a value already known ("不是办公用房" when the premises are an office): it corrects. */
export function deniesKnown(turn: Turn): boolean {
  return deniedKnown(turn).length > 0;
}

/** Known facts whose value the message denies by their synonyms. */
function deniedKnown(turn: Turn): FactName[] {
  const denied = turn.understanding.entities.denied ?? {};
  return (Object.keys(denied) as FactName[]).filter((fact) => denied[fact] === turn.session.facts[fact]);
}

/**
 * An aside that names the other party only to say it merely passes things on: "总部只是帮着转一下", "HQ just
 * forwards it". The correction is the rest ("房租其实是我们店自己的账上出的").
 */
const aside = /只是|只不过|仅仅|不过是|只负责|(?<![a-z])(?:just|only|merely|simply)(?![a-z])/i;
const clauseBreak = /[，,。;；!！?？、]|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u;

/** The text without its asides, or null when it has none (or is nothing but asides). */
function withoutAsides(text: string): string | null {
  const clauses = text.split(clauseBreak);
  const kept = clauses.filter((clause) => !aside.test(clause));
  return kept.length === clauses.length || kept.join('').trim() === '' ? null : kept.join('，');
}

/** A fact read by its grammar in the correction: its main clauses first, then the whole message. */
function readCorrection(fact: FactName, text: string): string | boolean | undefined {
  const main = withoutAsides(text);
  return (main === null ? undefined : readAnswer(fact, main)) ?? readAnswer(fact, text);
}

/** The answer given last, read again by its grammar, or turned round by "说反了"; null when neither says a new value. */
function lastAnswerCorrected(turn: Turn, found: Facts): Facts | null {
  const { session, understanding } = turn;
  const fact = session.lastAnswered ?? null;
  const known = fact ? session.facts[fact] : undefined;
  if (!fact || known === undefined || fact in found) return null;
  const read = readCorrection(fact, understanding.text);
  if (read !== undefined) return read === known ? null : ({ [fact]: read } as Facts);
  if (!understanding.cues.reversal) return null;
  if (factKinds[fact] === 'boolean') return { [fact]: !known } as Facts;
  return otherOfTwo(fact, known);
}

/** A choice of two (business or office) turned round or denied is the other one. */
function otherOfTwo(fact: FactName, known: unknown): Facts | null {
  const values = enumValues[fact] ?? [];
  const other = values.length === 2 ? values.find((value) => value !== known) : undefined;
  return other !== undefined ? ({ [fact]: other } as Facts) : null;
}

/**
 * Facts whose grammar is specific enough to read in any correction: "I think we actually closed because the
 * district told us to" changes how the business operated, whichever question came last. (The payer's and the
 * premises' grammars hear "we" and "店" in almost anything, so they are read only as the answer given last,
 * or when the message denies the value known.)
 */
const sweptFacts: readonly FactName[] = ['operatingStatus', 'landlordType'];

/** The one known fact the correction gives a new value by its grammar; none when it gives two or none. */
function sweptCorrection(turn: Turn, denied: readonly FactName[]): Facts {
  const { session, understanding } = turn;
  const changed = [...new Set([...sweptFacts, ...denied])].flatMap((fact) => {
    const known = session.facts[fact];
    if (known === undefined) return [];
    const read = readCorrection(fact, understanding.text);
    if (read !== undefined) return read !== known ? [{ [fact]: read } as Facts] : [];
    const other = denied.includes(fact) ? otherOfTwo(fact, known) : null;
    return other ? [other] : [];
  });
  return changed.length === 1 ? changed[0] ?? {} : {};
}
