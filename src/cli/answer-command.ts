/**
 * `relief-bot answer <id> [--json]`: what the bot told an owner under that answer id ("答复编号" on the
 * card): the facts, each rule's verdict, amount and arithmetic, the clause, the policy-data version. If
 * the policy data changed since, it says which file and what the same facts give today.
 *
 * @example relief-bot answer K7Q2-M9X4-TDHA
 */
import { loadDialogs } from '../dialog/dialog-schema.js';
import { formatYuan } from '../policy/money.js';
import type { Outcome } from '../policy/outcome.js';
import { findRule } from '../policy/rules/index.js';
import { factsSummary } from '../reply/fact-labels.js';
import { measureLabel } from '../reply/measure-label.js';
import { normalizeAnswerId } from '../review/answer-id.js';
import { lookUpAnswer, type AnswerLookup } from '../review/answer-lookup.js';
import { parseArgs } from './args.js';
import { UsageError, type CliCommand } from './cli-io.js';
import { outcomeText } from './outcome-text.js';
import { openCliReview } from './review-store-from-env.js';

function verdict(outcome: Pick<Outcome, 'eligible' | 'amount'>): string {
  const word = outcome.eligible === true ? '符合' : outcome.eligible === false ? '不符合' : '待定';
  return outcome.amount === null ? word : `${word}，${formatYuan(outcome.amount)} 元`;
}

/** The look-up as staff read it at a terminal. */
export function answerText(found: AnswerLookup): string {
  const { record } = found;
  const lines = [
    `答复编号：${record.id}`,
    `时间：${new Date(record.at).toISOString().replace('T', ' ').slice(0, 16)} UTC · 渠道：${record.channel} · 用户：${record.user}${record.dialog ? ` · 对话：${record.dialog}` : ''}`,
    `当时的情况：${factsSummary(loadDialogs(), record.facts, 'zh') || '（无）'}`,
    `政策数据版本：${record.policy.version}`,
  ];
  if (record.text !== null) lines.push(`消息原文（已遮蔽个人信息）：${record.text}`);
  for (const outcome of record.outcomes) {
    const rule = findRule(outcome.rule);
    lines.push('', rule ? outcomeText(rule, outcome).trimEnd() : `规则 ${outcome.rule}：${verdict(outcome)}`);
    const clause = record.clauses[String(outcome.measure)];
    if (clause) lines.push(`条款原文${measureLabel(outcome.measure)}：${clause}`);
  }
  lines.push('');
  if (found.recomputed === null) {
    lines.push(`政策数据自答复以来未变更（版本 ${found.current.version}）。`);
  } else {
    lines.push(`注意：政策数据已变更（${found.changed.join('、')}；当时 ${record.policy.version}，现在 ${found.current.version}）。同样的情况按现行数据：`);
    for (const item of found.recomputed) {
      const then = record.outcomes.find((o) => o.rule === item.rule);
      const now = item.today ? verdict(item.today) : '该规则已不存在';
      lines.push(`  ${item.rule}：当时 ${then ? verdict(then) : '?'} → 现在 ${now}${item.same ? '（结论相同）' : '（结论不同）'}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const usage = `usage: relief-bot answer <id> [--json]

What the bot told an owner under that answer id (答复编号 on the card): the facts, each rule's verdict,
amount and arithmetic, the clause and the policy-data version; what the same facts give today if the
policy data changed since. --json prints the same as JSON.
`;

export const run: CliCommand = async (args, io) => {
  const parsed = parseArgs(args, { usage, flags: ['json'], positionals: ['id'] });
  const input = parsed.positionals[0];
  if (input === undefined) throw new UsageError('give the answer id printed on the card, e.g. relief-bot answer K7Q2-M9X4-TDHA');
  if (normalizeAnswerId(input) === null) throw new UsageError(`"${input}" is not an answer id: 12 letters and digits, e.g. K7Q2-M9X4-TDHA`);
  const { store } = await openCliReview(io.env);
  try {
    const found = await lookUpAnswer(store, input);
    if (found === null) {
      io.stderr.write(`relief-bot answer: no answer ${normalizeAnswerId(input)} here (answers are kept ANSWER_RETENTION_DAYS days, in REDIS_URL or DATA_DIR)\n`);
      return 1;
    }
    io.stdout.write(parsed.flags.has('json') ? `${JSON.stringify(found, null, 2)}\n` : answerText(found));
    return 0;
  } finally {
    await store.close();
  }
};
