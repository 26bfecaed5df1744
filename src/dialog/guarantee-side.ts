/**
 * Which side of （六） a guarantee message comes from. The clause has two halves: 小微企业 pay half the
 * guarantee fee (the borrower, guarantee-borrower), and 驻区融资担保机构 get 50% of the fee cut below 2%
 * (the institution, guarantee-institution). Both speak of 担保公司, so the classifier's pick between them
 * is turned by what the owner says of themselves: "担保公司给我们担保了33万" / "our loan was guaranteed by
 * the district institution" is a borrower, "我们是担保公司" / "I work at a district government guarantee
 * company" / "our SME clients" the institution. Said both ways, the classifier decides.
 *
 * A message about the guarantee fee read as another measure's question ("we borrow money from bank,
 * guarantee company help us, is the guarantee fee half?" as bank loans （五）, "培训学校贷了款 担保费有优惠吗"
 * as the schools' rent （三）) is （六）'s: no other measure speaks of guarantee fees.
 *
 * @example guaranteeSide(understand('We are a guarantee firm; what subsidy do we get for cutting fees for our clients?'), dialogs)?.id // 'guarantee-institution'
 */
import type { Understanding } from '../nlu/understanding.js';
import type { Dialog, DialogSet } from './dialog-schema.js';

const borrowerId = 'guarantee-borrower';
const institutionId = 'guarantee-institution';

/**
 * The guarantee fee (or its rate) named: 担保费, 担保公司收了2个点, 融担的费率, "guarantee fee", "the guarantor
 * charged us 2%", "guarantee company help us, fee is 1.5". A guarantee alone ("没有担保能贷款吗") is a bank-loan
 * question; a rent named with it ("房租能免吗，担保费呢") leaves the reading to the dialogs.
 */
const guaranteeFee = /担保费|担保的费|担保收费|(?:担保|融担)[^，,。；;？?！!\s]{0,6}(?:收|费率|点)|融担费|(?<![a-z])guarant[a-z]*\b[^.?!;]{0,40}\b(?:fees?|charges?|charged|charging|costs?|rate)(?![a-z])|(?<![a-z])(?:fees?|charges?)\b[^.?!;]{0,30}\bguarant/i;
const rentWord = /房租|租金|免租|减租|(?<![a-z])rent(?![a-z])/i;

/** The side the owner says they are on, when they say only one. */
function statedSide(understanding: Understanding): string | null {
  const { borrowerSide, guarantorSide } = understanding.cues;
  return guarantorSide && !borrowerSide ? institutionId : borrowerSide && !guarantorSide ? borrowerId : null;
}

/**
 * The （六） dialog the message belongs to when it is not the one its intent names, else undefined.
 * Reads only the turn's cues and two patterns: cheap enough for every turn.
 */
export function guaranteeSide(understanding: Understanding, dialogs: DialogSet): Dialog | undefined {
  const read = dialogs.byIntent.get(understanding.intent);
  // "our IT firm got a loan guaranteed by …, fee 2.5%. Does the fee halving apply?" read as out of scope is
  // still （六）'s question when it names the guarantee fee; small talk and the bot's commands are not.
  if (!read && understanding.intent !== 'out_of_scope') return undefined;
  const side = statedSide(understanding);
  if (read && (read.id === borrowerId || read.id === institutionId)) {
    return side !== null && side !== read.id ? dialogs.byId.get(side) : undefined;
  }
  // The check-up asks about every measure, guarantee fees among them: it keeps its reading.
  if (read && (read.measures.length !== 1 || read.measures.includes(6))) return undefined;
  if (!guaranteeFee.test(understanding.text) || rentWord.test(understanding.text)) return undefined;
  return dialogs.byId.get(side ?? borrowerId);
}

/**
 * Whether "Which one do you mean?" between these intents is already answered: the message is （六）'s by the
 * rules above, or it weighs the two sides of （六） and says which one the owner is on ("guarantee company help us").
 */
export function guaranteeChoiceSettled(understanding: Understanding, dialogs: DialogSet, choices: readonly string[]): boolean {
  if (guaranteeSide(understanding, dialogs)) return true;
  const sides = new Set(choices.map((intent) => dialogs.byIntent.get(intent)?.id));
  return sides.size === 2 && sides.has(borrowerId) && sides.has(institutionId) && statedSide(understanding) !== null;
}
