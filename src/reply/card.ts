/**
 * The operator answer card: one plain-text block a hotline operator pastes into a ticket, in Chinese
 * (the hotline's language) whatever the owner's: 结论 / 适用措施（条款原文摘录）/ 计算过程 / 金额 /
 * 需部门确认的条件 / 联系部门与电话 / 政策依据.
 */
import { loadNotice, measure as measureOf } from '../policy/notice.js';
import { formatYuan } from '../policy/money.js';
import type { Outcome } from '../policy/outcome.js';
import { contactLine } from './contact-text.js';
import { factName } from './fact-labels.js';
import { measureLabel, outcomeTitle } from './measure-label.js';

function verdict(outcome: Outcome): string {
  const title = outcomeTitle(outcome, 'zh');
  if (outcome.eligible === true) {
    return outcome.amount !== null ? `符合${title}，金额 ${formatYuan(outcome.amount)} 元` : `符合${title}（金额见说明）`;
  }
  if (outcome.eligible === false) return `不符合${title}：${outcome.reasons[0]?.zh ?? ''}`;
  return `${title}尚不能确定，还需了解：${outcome.missing.map((f) => factName(f, 'zh')).join('、')}`;
}

/** The card for the outcomes of one answer. @example answerCard([rentWaiver.evaluate(facts)]) */
export function answerCard(outcomes: readonly Outcome[]): string {
  const notice = loadNotice();
  const lines: string[] = ['【政策答复单】'];
  lines.push(`结论：${outcomes.map(verdict).join('；')}`);
  for (const outcome of outcomes) {
    const m = measureOf(outcome.measure);
    if (outcomes.length > 1) lines.push('', `—— ${measureLabel(m.id)}${m.title.zh} ——`);
    lines.push(`适用措施（条款原文摘录）：${m.clause}`);
    if (outcome.breakdown.length > 0) lines.push(`计算过程：${outcome.breakdown.map((b) => b.zh).join('；')}`);
    lines.push(`金额：${outcome.amount !== null ? `${formatYuan(outcome.amount)} 元（${outcome.amount}）` : outcome.amountNote?.zh ?? '无'}`);
    if (outcome.met.length > 0) lines.push(`已满足条件：${outcome.met.map((c) => c.zh).join('；')}`);
    if (outcome.reasons.length > 0) lines.push(`不符合原因：${outcome.reasons.map((c) => c.zh).join('；')}`);
    lines.push(`需部门确认的条件：${outcome.confirmBy.map((c) => c.zh).join('；') || '无'}`);
    lines.push(`政策期：${outcome.period.zh}（现行政策请向部门咨询）`);
    lines.push(`联系部门与电话：${outcome.contacts.map(contactLine).join('；')}`);
  }
  lines.push(`政策依据：${notice.docNumber}，${notice.issuer}，${notice.date.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}`);
  return lines.join('\n');
}

/** The card's last line when the answer was filed (src/review): a hotline ticket cites it. */
export const answerIdLine = (answerId: string): string => `答复编号：${answerId}`;
