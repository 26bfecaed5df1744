/**
 * A guarantor placed in another district: "朝阳一家担保公司", "我们是海淀的一家担保公司", "担保公司在丰台",
 * "our guarantor is a firm in Haidian", "a Chaoyang guarantee company". （六） is for institutions 驻区 (based
 * in Xicheng), so such a guarantor is districtInstitution: false, as the synonyms say of 民营 / private ones.
 * Read within one clause, with a few characters between the place and the guarantor, in one pass.
 *
 * @example readGuarantorPlace('我们小公司贷款是朝阳一家担保公司担保的').elsewhere // true
 * @example readGuarantorPlace('注册在海淀，担保是西城的担保公司').elsewhere // false
 */
import { elsewhereEn, elsewhereZh } from './extract-registration.js';

const guarantorZh = '(?:融资)?担保(?:公司|机构|中心|集团)|融担';
const guarantorEn = String.raw`guarantor|guarantee (?:company|firm|institution|agency|co\b)|guaranty (?:company|firm)`;
const placeEn = elsewhereEn.source.replace(/^\\b\(|\)\\b$/g, '');

const elsewhereGuarantor = new RegExp([
  // 朝阳一家担保公司, 海淀区的担保机构, 外地的融担 (the place first, a few words between).
  `(?:${elsewhereZh.source})区?[^，,。；;！!？?\\s西]{0,6}?(?:${guarantorZh})`,
  // 担保公司在丰台, 担保机构是海淀的.
  `(?:${guarantorZh})[^，,。；;！!？?\\s]{0,3}(?:在|是|位于)(?:${elsewhereZh.source})`,
  // "a Chaoyang guarantee company", "haidian-based guarantor".
  String.raw`\b(?:${placeEn})(?:[- ]based)?(?: district)? (?:${guarantorEn})`,
  // "our guarantor is a private firm in Haidian", "guarantee company from Chaoyang".
  String.raw`\b(?:${guarantorEn})\b[^.,;!?]{0,40}\b(?:in|from|based in|located in) (?:${placeEn})\b`,
].join('|'), 'gi');

/** The words a guarantor's place takes: only messages with one are read further. */
const guarantorWord = /担保|融担|guarant/i;

/**
 * Whether the text places the guarantor outside Xicheng, and the text without those words: "担保公司在丰台"
 * says where the guarantor is, not where the owner is registered.
 */
export function readGuarantorPlace(text: string): { elsewhere: boolean; rest: string } {
  if (!guarantorWord.test(text)) return { elsewhere: false, rest: text };
  const rest = text.replace(elsewhereGuarantor, (words) => ' '.repeat(words.length));
  return { elsewhere: rest !== text, rest };
}
