/**
 * An outcome as plain text for staff at a terminal (`relief-bot check`): Chinese labels, the rule title in
 * both languages, the conclusion, the arithmetic, the reasons, what is still needed, what the department
 * confirms, the period and whom to call. `--json` prints the Outcome itself instead.
 *
 * @example outcomeText(rentWaiver, rentWaiver.evaluate({ landlordType: 'districtSoe' }))
 *   // "区属国企房产租金减免 / Rent waiver for tenants of district state-owned property\n规则 rent-waiver · （一）..."
 */
import { enumValues, factKinds, type FactName } from '../policy/facts.js';
import { formatYuan } from '../policy/money.js';
import type { Condition, Outcome } from '../policy/outcome.js';
import type { Rule } from '../policy/rules/index.js';
import { measureLabel } from '../reply/measure-label.js';
import { contactLine } from '../reply/contact-text.js';

const verdicts = { true: '符合', false: '不符合', null: '待定：还缺信息' } as const;

/** Renders the outcome of `rule` as lines of text, ending with a newline. */
export function outcomeText(rule: Rule, outcome: Outcome): string {
  const lines = [
    `${rule.title.zh} / ${rule.title.en}`,
    `规则 ${outcome.rule} · ${measureLabel(outcome.measure)} · 适用期间：${outcome.period.zh}`,
    `结论：${verdicts[String(outcome.eligible) as keyof typeof verdicts]}`,
    ...amountLines(outcome),
    ...section('已满足的条件', outcome.met.map(zh)),
    ...section('不符合的原因', outcome.reasons.map(zh)),
    ...section('还需要的信息', outcome.missing.map(factHint)),
    ...section('需部门确认（不影响结论）', outcome.confirmBy.map(zh)),
    ...section('也可以看', outcome.alternatives.map((a) => `${measureLabel(a.measure)} ${a.why.zh}`)),
    ...section('联系人', outcome.contacts.map((c) => contactLine(c))),
  ];
  return `${lines.join('\n')}\n`;
}

function amountLines(outcome: Outcome): string[] {
  if (outcome.amount !== null) {
    const label = outcome.eligible === null ? '金额（如符合条件）' : '金额';
    return [`${label}：${formatYuan(outcome.amount)} 元`, ...outcome.breakdown.map((line) => `  ${line.zh}`)];
  }
  if (outcome.amountNote) return [`金额：无法计算（${outcome.amountNote.zh}）`];
  return outcome.eligible === false ? [] : ['金额：待补充信息后计算'];
}

function section(label: string, items: string[]): string[] {
  return items.length === 0 ? [] : [`${label}：`, ...items.map((item) => `  - ${item}`)];
}

function zh(condition: Condition): string {
  return condition.zh;
}

/** A missing fact with the values `--facts` accepts for it: "premisesUse（business | office）". */
function factHint(fact: FactName): string {
  const kind = factKinds[fact];
  if (kind === 'boolean') return `${fact}（true | false）`;
  if (kind === 'enum') return `${fact}（${enumValues[fact]?.join(' | ') ?? ''}）`;
  if (kind === 'money') return `${fact}（金额，元，如 "20000"）`;
  return `${fact}（百分数，如 "80" 表示 80%）`;
}

