/**
 * Staff training told as something done, with the verb's aspect or the staff as its object, which the set
 * phrases of intents/entities.yaml (组织培训, staff training) do not cover: "我们组织了培训", "搞过两次培训",
 * "培训了员工", "员工都培训过了", "we held training for staff", "we did some training", "trained everyone".
 * A negation just before ("没搞过培训", "we haven't trained anyone", "didn't hold any training") makes it false.
 * The measure's own name ("培训补贴") is no training done: a 补贴 right after 培训 is not read.
 * Linear: one pattern per language, one pass.
 *
 * @example readTraining('稳岗补贴 我们组织了培训') // true
 * @example readTraining('我们没搞过培训') // false
 * @example readTraining('培训补贴怎么申请') // null
 */

/** A verb of doing, then its aspect, then at most a few words before 培训 (两次, 线上, 员工, 一些). */
const zhDone = '(?:组织|开展|搞|做|办|安排|进行|参加|弄|给员工(?:做|搞|办|安排)?)(?:了|过)\\s*[\\u4e00-\\u9fa5\\d]{0,6}?(?:培训|培训班)';
/** 培训 with its object or aspect: 培训了员工, 培训过大家, 员工都培训过, 员工也培训了一下. */
const zhObject = '培训(?:了|过)(?:员工|职工|大家|店员|伙计|一下|一次|几次|\\d次|两次|三次)|(?:员工|职工|店员|伙计|大家)(?:都|也|全|全部)?(?:已经)?(?:参加了|参加过)?(?:培训|学习)(?:了|过)';
const zhNegation = /(?:没有|没|未|从没|从来没|不曾)\s*(?:给员工|组织员工|给大家)?$/;
const zh = new RegExp(`(?:${zhDone}|${zhObject})(?!补贴|补助|费)`);

/** "held / ran / did / organised (some) (staff) training", "trained (our) staff". */
const en = /(?<![a-z])(?:(held|ran|run|did|organi[sz]ed|arranged|provided|gave|offered|conducted|put on|set up|had)\s+(?:some\s+|any\s+|a\s+|an\s+|the\s+|our\s+|regular\s+|staff\s+|online\s+|in-house\s+|internal\s+|skills?\s+|employee\s+){0,3}(?:training|trainings|courses?|workshops?|classes)(?!\s+(?:subsid|grant|allowance))|(trained)\s+(?:all\s+|any\s+|our\s+|the\s+|my\s+)?(?:staff|employees|team|people|workers|everyone|everybody|anyone|anybody|them|crew))(?![a-z])/;
const enNegation = /(?:not|n't|never|no)\s+(?:\w+\s+)?$/;

/** Whether the message tells staff training done (true), denied (false), or neither (null). */
export function readTraining(normalized: string): boolean | null {
  const found = zh.exec(normalized) ?? en.exec(normalized);
  if (!found) return null;
  const before = normalized.slice(Math.max(0, found.index - 16), found.index);
  return !(zhNegation.test(before) || enNegation.test(before));
}
