/**
 * Whether the guarantee institution spoken of is based in Xicheng (（六）'s 驻区政府性融资担保机构), said in
 * passing: "a government financing guarantee institution in Xicheng", "西城区政府性融资担保公司", "朝阳区的担保
 * 公司，不是西城的". The synonyms (intents/entities.yaml) hold the set phrases; this reads a clause that names a
 * guarantee institution together with the district and a government (true: "a guarantee institution in
 * Xicheng" alone is asked), another district (false), or the district negated (false). Linear: fixed patterns, once per clause.
 *
 * @example districtGuarantor('Our firm is a government financing guarantee institution in Xicheng') // true
 * @example districtGuarantor('我们是朝阳区的担保公司 不是西城的') // false
 */
import { elsewhereEn, elsewhereZh } from './extract-registration.js';

const institution = /担保机构|担保公司|担保方|担保企业|guarantee (?:institution|company|firm|agency|provider|house)s?|guarantors?/i;
const district = /西城|驻区|区属|区里|区政府|区级|xicheng|(?<![a-z])district(?![a-z])/i;
const government = /政府|国有|国资|(?<![a-z])(?:government|govt|gov|state|public)(?![a-z])/i;
const notDistrict = /(?:不是|不属于|并非|非|不在)(?:驻区|西城|区里|区属)|(?<![a-z])(?:not|isn't|aren't|outside)(?: (?:a|the|in|based in|from))? (?:xicheng|district)/i;
const afterthought = /^(?:不是|并非|不在|(?:it's |it is |we're |we are )?not)/i;
/** Clauses: punctuation and a space between Chinese words; the sentence is the unit in English. */
const clauseBreak = /[。.;；！!？?\n]|(?<=\p{Script=Han})[\s，,]+(?=\p{Script=Han})/u;

/** True, false, or null when no clause speaks of a guarantee institution's district. `normalized`: from normalizeText. */
export function districtGuarantor(normalized: string): boolean | null {
  if (!institution.test(normalized)) return null;
  let found: boolean | null = null;
  const clauses = normalized.split(clauseBreak);
  for (const [index, clause] of clauses.entries()) {
    if (!institution.test(clause)) continue;
    // "朝阳区的担保公司 不是西城的": a short clause of its own right after says where it is not.
    const next = clauses[index + 1]?.trim() ?? '';
    const about = afterthought.test(next) && next.length <= 12 ? `${clause} ${next}` : clause;
    if (notDistrict.test(about) || elsewhereZh.test(clause) || elsewhereEn.test(clause)) return false;
    // Being in Xicheng is half of it: the clause names a government (政府性) institution too.
    if (district.test(clause) && government.test(clause)) found = true;
  }
  return found;
}

/**
 * The text without its clauses about a guarantee institution: "担保公司在丰台" says where the guarantor is, not
 * where the owner is registered, so the registration is read from the rest. `normalized`: from normalizeText.
 * @example withoutGuarantorClauses('公司在西城 担保公司在丰台') // '公司在西城'
 */
export function withoutGuarantorClauses(normalized: string): string {
  return normalized.split(clauseBreak).filter((clause) => !institution.test(clause)).join('，');
}
