/**
 * The landlord told in passing, in a message that answers no question about it: "修鞋铺子，房子是街道的公家单位的",
 * "早点铺是租的区里国资公司的门脸儿", "our landlord is some property firm of the district government". The fact table
 * knows set phrases only; the clause that describes the landlord is read by the grammar that reads the answer to
 * "房东是谁？" (read-answer.ts), so an opening and an answer say the same thing the same way.
 */
import { readAnswer } from './read-answer.js';
import { normalizeText } from './normalize-text.js';
import { inOwnPremises } from './own-premises.js';

/** A part of the premises said to be rented: 租的, 承租, "we rent", "rented". */
const rentsAPart = /租的|租了|租用|承租|(?<![a-z])(?:(?:we|i) (?:rent|lease)|rented|leased)(?![a-z])/;

const clauseEnd = '[^，。,；;？?！!]';
/** 房东是…, 房子归…, 租的…的门面: the words that stand for the landlord. 房东说/让/要 are what the landlord did. */
const zhClauses = [
  new RegExp(`(?:房东|业主|产权方|产权单位|房主)(?:就|应该|好像|其实|本身)?(?:是|为|属于|算是)(${clauseEnd}{1,20})`),
  new RegExp(`(?:房子|门面|门脸儿?|铺面|店面|铺子|房产|写字楼|楼|底商|场地)(?:是|归|属于|都是|产权是|产权归)(${clauseEnd}{1,20})`),
  new RegExp(`(?<!出|转)租(?:的是|的|了|用)(${clauseEnd}{1,16}?的?(?:房子|门面|门脸儿?|铺面|店面|房产|房|楼|底商|铺子|场地|物业))`),
];
const enClauses = [
  /(?<![a-z])(?:landlord|lessor|owner of the (?:building|premises|shop|place))(?:'s| is| was)\s+([^,.;?!]{1,40})/,
  /(?<![a-z])(?:rent(?:s|ing|ed)?|lease[sd]?|leasing)\s+(?:it\s+|the [a-z]+\s+|our [a-z]+\s+)?from\s+([^,.;?!]{1,40})/,
  /(?<![a-z])(?:owned by|belongs to|belonging to)\s+([^,.;?!]{1,40})/,
];

/** The landlord's kind said in a clause of the message, or undefined when no clause describes one. */
export function landlordInMessage(text: string): string | undefined {
  const normalized = normalizeText(text);
  // "our bakery sits in a building we bought years ago": no landlord, said as the answer would say it. Not when another
  // part is rented ("租的那间其实是里屋办公的 不是门面 门面是我们自己的": the rented room has a landlord).
  if (inOwnPremises(normalized) && !rentsAPart.test(normalized)) return 'ownPremises';
  for (const clause of [...zhClauses, ...enClauses]) {
    const said = clause.exec(normalized)?.[1];
    const kind = said === undefined ? undefined : readAnswer('landlordType', said);
    if (kind !== undefined) return String(kind);
  }
  return undefined;
}
