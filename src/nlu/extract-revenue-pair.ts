/**
 * Revenue before and after, from two amounts in one message: "去年100万今年20万", "以前一个月10万，现在2万",
 * "从100万降到20万", "from 1 million to 200k", "2019年2-4月50万，2020年同期8万", "50万降到8万". Needs a
 * cue for "before" ahead of the first amount and a cue for "after" between the two, or two years in
 * order (2019 … 2020), or a word of falling between them ("降到", "dropped to"); the dialog decides
 * whether the pair is revenue (it asked).
 *
 * @example
 *   extractRevenuePair('去年100万今年20万', extractMoney('去年100万今年20万'))
 *   // { before: '1000000', after: '200000' }
 */
import type { Entities, MoneyMention } from './understanding.js';
import { normalizeText } from './normalize-text.js';

const beforeCue =
  /(去年|前年|以前|之前|原来|往年|平时|疫情前|过去|上年|同期|原先|本来|正常|以往|从|由|last year|before|used to|previously|normally|usually|from)/;
/** Words that alone say the second amount is what the first became. */
const changeCue = /(降到|降至|跌到|跌至|掉到|减到|变成|只剩|剩下|缩水到|dropped to|fell to|down to|went down to|decreased to|→|->)/;
/** A year: "2019年", "2019", "19年", "二〇一九年". */
const year = /(?<!\d)(20\d\d|19(?=年)|2[0-2](?=年))(?!\d)/g;
const afterCue =
  /(今年|现在|目前|如今|疫情后|疫情期间|这个月|这段时间|只有|只剩|剩|降到|降至|跌到|跌至|掉到|减到|变成|到|this year|now|down to|dropped to|fell to|only|to|→|->)/;

/** The first pair of consecutive amounts framed as before → after, or null. */
export function extractRevenuePair(
  text: string,
  money: MoneyMention[],
  normalized: string = normalizeText(text),
): Entities['revenuePair'] {
  for (let i = 0; i + 1 < money.length; i += 1) {
    const first = money[i];
    const second = money[i + 1];
    if (!first || !second) continue;
    const lead = normalized.slice(money[i - 1]?.end ?? 0, first.start);
    const between = normalized.slice(first.end, second.start);
    if ((beforeCue.test(lead) && afterCue.test(between)) || changeCue.test(between) || yearsInOrder(lead, between)) {
      return { before: first.value, after: second.value };
    }
  }
  return null;
}

/** Whether the lead names a year and the text between names a later one: "2019年…50万，2020年…8万". */
function yearsInOrder(lead: string, between: string): boolean {
  const last = (text: string): number | null => {
    let found: number | null = null;
    for (const match of text.matchAll(year)) {
      const digits = match[1] ?? '';
      found = Number(digits.length === 2 ? `20${digits}` : digits);
    }
    return found;
  };
  const before = last(lead);
  const after = last(between);
  return before !== null && after !== null && after > before;
}
