/**
 * A caller's facts pasted as a list, one "label: value" line each, the way operators and accountants type them:
 *
 *   - approved by Xicheng education commission: yes
 *   - opening delayed: no, they kept open for children of medical staff
 *   - 房东：区属国企
 *
 * Each line's label names its fact and its value is read by that fact's own grammar, so "opening delayed: no" is a
 * no, whatever the word "delayed" says to the whole-message reading. Only a list (two lines or more) is read this way;
 * figures (rent, reduction, revenue) stay with the amount readers, which already see every line.
 *
 * @example labelledFacts('- landlord: district SOE\n- layoffs: none') // { landlordType: 'districtSoe', layoffs: 'none' }
 */
import { factKinds, type FactName, type Facts } from '../policy/facts.js';
import { extractYesNo } from './extract-yes-no.js';
import { normalizeText } from './normalize-text.js';
import { readAnswer } from './read-answer.js';

const labelLine = /^\s*(?:[-*•·]|\d+[.)、])?\s*([^:：\n]{2,48}?)\s*[:：]\s*(\S.*?)\s*$/gm;

/** The label words of each fact, most specific first (an "opening delayed" line is no "operating" one). */
const labels: ReadonlyArray<[FactName, RegExp]> = [
  ['approvedByEducationCommission', /approv|licen[cs]|permit|教委|审批|办学许可/],
  ['openingDelayed', /open\w*\s+delay|delay\w*|postpon|延期|推迟|开学|开园/],
  ['layoffs', /lay\s?-?offs?|laid off|let go|redundanc|裁员|辞退|减员/],
  ['landlordType', /landlord|lessor|owner of the (?:premises|building|property)|房东|产权|出租方/],
  ['premisesUse', /premises(?: use)?|use of|used (?:as|for)|office or (?:shop|business)|用途|办公还是经营/],
  ['registeredInXicheng', /regist|tax|注册|纳税/],
  ['enterpriseSize', /size|headcount|staff|employees|规模|人数/],
  ['chainBranch', /branch|franchise|chain|直营|加盟|分公司|连锁/],
  ['paysRent', /who pays|pays?\s+(?:the\s+)?rent|rent (?:paid|borne) by|承担|谁付|谁交/],
  ['industry', /industry|trade|business type|sector|行业|业态/],
  ['operatingStatus', /operat|status|open|closed|营业|停业/],
  ['organizesTraining', /training|培训/],
];

/** A plain yes or no as the value of its fact: the fact's own yes/no, or "是否裁员：没有" for no layoffs. */
function plainAnswer(fact: FactName, yesNo: boolean | null): boolean | string | undefined {
  if (yesNo === null) return undefined;
  if (factKinds[fact] === 'boolean') return yesNo;
  return fact === 'layoffs' && !yesNo ? 'none' : undefined;
}

function factOfLabel(label: string): FactName | undefined {
  return labels.find(([, words]) => words.test(label))?.[0];
}

/** The facts a pasted list states, each read from its own line; empty unless the text has two labelled lines. */
export function labelledFacts(text: string): Facts {
  // A list is two lines at least: a message of one line (nearly all of them) is no list, read without the pattern.
  if (!text.includes('\n')) return {};
  const lines = [...text.matchAll(labelLine)];
  if (lines.length < 2) return {};
  const facts: Record<string, unknown> = {};
  for (const [, label = '', value = ''] of lines) {
    const fact = factOfLabel(normalizeText(label));
    if (!fact || fact in facts) continue;
    // A yes/no fact's value is its own reading ("已审批"), else the plain yes or no it starts with ("no, they kept open").
    const read = readAnswer(fact, value) ?? plainAnswer(fact, extractYesNo(value).yesNo);
    if (read !== undefined) facts[fact] = read;
  }
  return facts as Facts;
}
