/**
 * A closure under the epidemic rules told in an owner's own order of words: "shut per epidemic rules",
 * "closed down in line with the government's requirements", "按防控要求停了两个月", "依照疫情通知关门". The synonyms
 * (intents/entities.yaml) hold the set phrases and the closures by choice (装修, renovation), which win; this
 * reads a closing verb with a word of the rules or orders after it (en) or before it (zh). Linear: one pattern each.
 *
 * @example closedPerRules('micro enterprise, shut per epidemic rules, zero layoffs') // true
 * @example closedPerRules('按防控要求停了两个月') // true
 */
const en = /(?<![a-z])(?:closed|shut|shut down|closed down|stopped trading|suspended (?:business|operations))\s+(?:(?!not |never |n't )[a-z0-9'\-–]+\s+){0,3}?(?:per|under|by|due to|because of|following|as required by|according to|in line with|on)\s+(?:the\s+|an?\s+)?(?:[a-z'-]+\s+){0,2}?(?:rules|regulations|restrictions|orders?|lockdown|requirements|measures|government|authorities|notice)(?![a-z])|(?<![a-z])(?:closed|shut|shut down|closed down)\s+(?:(?!not |never |n't )[a-z0-9'\-–]+\s+){0,3}?as (?:required|ordered|instructed|told)(?![a-z])/;
const zh = /(?:按|按照|依照|依|根据|遵照|响应)[^，。,；;]{0,8}?(?:要求|规定|通知|防疫|防控|政策|命令)[^，。,；;]{0,4}?(?:停业|关门|关闭|停工|歇业|停了|关了|闭店|停止营业|暂停营业)/;

/** Whether the text tells a closure under the rules. `normalized`: the message as normalizeText returns it. */
export function closedPerRules(normalized: string): boolean {
  return en.test(normalized) || zh.test(normalized);
}
