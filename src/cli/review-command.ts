/**
 * `relief-bot review`: the inbox of turns the bot fell short on, grouped by similar wording, largest
 * groups first, and what staff decide for each group, without TypeScript.
 *
 * @example
 *   relief-bot review                          # the groups, with examples and counts
 *   relief-bot review --json                   # [{ id, count, label, examples: [{ text, ... }], ... }]
 *   relief-bot review export --csv             # one row per message, with its group
 *   relief-bot review assign g1a2b3c4 --intent rent_tenant
 *   relief-bot review assign g1a2b3c4 --fact industry=catering --synonym 小吃摊
 *   relief-bot review assign g1a2b3c4 --out-of-scope     # the bot was right to refuse
 *   relief-bot review assign g1a2b3c4 --dismiss
 */
import { groupInbox, type InboxGroup } from '../review/group-inbox.js';
import type { InboxEntry } from '../review/review-store.js';
import { parseFactValue, teach, TeachError, type Assignment, type EvalFigures, type TeachResult } from '../tools/teach.js';
import { parseArgs } from './args.js';
import { UsageError, type CliCommand } from './cli-io.js';
import { openCliReview } from './review-store-from-env.js';

const SHORTFALL_LABELS: Record<string, string> = {
  out_of_scope: '超出范围', clarification: '需澄清', retry: '答案无法使用', gave_up: '放弃追问', handoff: '转人工', correction: '更正', complaint: '投诉',
};

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

export function groupsText(groups: readonly InboxGroup[]): string {
  if (groups.length === 0) return '收件箱是空的：没有需要处理的对话。\n';
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  const lines = [`收件箱：${total} 条，${groups.length} 组（大组在前）。处理：relief-bot review assign <组号> --intent <意图> | --fact <事实>=<值> --synonym <词> | --out-of-scope | --dismiss`, ''];
  for (const group of groups) {
    const why = Object.entries(group.shortfalls).map(([k, n]) => `${SHORTFALL_LABELS[k] ?? k}×${n}`).join(' ');
    const intents = Object.entries(group.intents).map(([k, n]) => `${k}×${n}`).join(' ');
    lines.push(`${group.id}  ×${group.count}  ${why}  （理解为 ${intents}）`);
    for (const example of group.examples) lines.push(`    「${example.text}」`);
  }
  return `${lines.join('\n')}\n`;
}

function csvCell(value: unknown): string {
  const text = Array.isArray(value) ? value.join(' ') : value === null || value === undefined ? '' : String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it with a '.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const CSV_COLUMNS = ['group', 'groupCount', 'time', 'channel', 'user', 'lang', 'intent', 'confidence', 'dialog', 'pending', 'shortfalls', 'text', 'reply'] as const;

export function inboxCsv(groups: readonly InboxGroup[], entries: readonly InboxEntry[]): string {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const rows = [CSV_COLUMNS.join(',')];
  for (const group of groups) {
    for (const id of group.entryIds) {
      const e = byId.get(id);
      if (!e) continue;
      rows.push([group.id, group.count, new Date(e.at).toISOString(), e.channel, e.user, e.lang, e.intent, e.confidence, e.dialog, e.pending, e.shortfalls, e.text, e.reply].map(csvCell).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

function figuresLine(label: string, f: EvalFigures): string {
  return `  ${label}：held-out 中文 ${pct(f.zh)}，英文 ${pct(f.en)}；超出范围召回 ${pct(f.outOfScopeRecall)}；范围内准确率 ${pct(f.inScopeAccuracy)}`;
}

export function teachText(result: TeachResult): string {
  const lines: string[] = [];
  if (result.file) lines.push(`已写入 ${result.file}：${result.added.map((a) => `「${a}」`).join('、')}`);
  else if (result.assignment.kind === 'dismiss') lines.push('已忽略。');
  else lines.push('无需写入（机器人已正确拒答这些消息）。');
  if (result.eval) {
    lines.push('模型已重新训练并保存。评估（held-out，从未参与训练）：', figuresLine('之前', result.eval.before), figuresLine('之后', result.eval.after));
    lines.push(result.eval.worse.length === 0 ? '  没有意图变差。'
      : `  变差的意图：${result.eval.worse.map((w) => `${w.intent} F1 ${pct(w.before)} → ${pct(w.after)}`).join('；')}（请检查这些训练句）`);
  }
  if (result.factCheck) {
    lines.push(`这组消息中读出该值的：之前 ${result.factCheck.before}/${result.factCheck.of}，之后 ${result.factCheck.after}/${result.factCheck.of}`);
  }
  lines.push(`已从收件箱移除 ${result.removed} 条。`);
  if (result.file) lines.push('重启服务（relief-bot serve）后生效。');
  return `${lines.join('\n')}\n`;
}

function assignmentOf(parsed: ReturnType<typeof parseArgs>): Assignment {
  const chosen = ['intent', 'fact'].filter((o) => parsed.options.has(o)).length + ['out-of-scope', 'dismiss'].filter((f) => parsed.flags.has(f)).length;
  if (chosen !== 1) throw new UsageError('assign takes exactly one of --intent <intent>, --fact <fact>=<value> --synonym <word>, --out-of-scope, --dismiss');
  const intent = parsed.options.get('intent');
  if (intent !== undefined) return { kind: 'intent', intent };
  const fact = parsed.options.get('fact');
  if (fact !== undefined) {
    const synonym = parsed.options.get('synonym');
    if (synonym === undefined) throw new UsageError('--fact needs --synonym <the word owners use>, e.g. --fact industry=catering --synonym 小吃摊');
    try {
      return { kind: 'fact', ...parseFactValue(fact), synonym };
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
  }
  return parsed.flags.has('dismiss') ? { kind: 'dismiss' } : { kind: 'out_of_scope' };
}

const usage = `usage: relief-bot review [--json]
       relief-bot review export --csv|--json
       relief-bot review assign <group> --intent <intent> | --fact <fact>=<value> --synonym <word> | --out-of-scope | --dismiss

The inbox of turns the bot fell short on, grouped by similar wording, largest groups first; export
writes one row per message with its group; assign records what staff decide for a group.
`;

export const run: CliCommand = async (args, io) => {
  const parsed = parseArgs(args, {
    usage,
    flags: ['json', 'csv', 'out-of-scope', 'dismiss'], options: ['intent', 'fact', 'synonym'], positionals: ['action', 'group'],
  });
  const [action, groupArg] = parsed.positionals;
  if (action !== undefined && action !== 'export' && action !== 'assign') throw new UsageError(`unknown action "${action}"; expected export or assign`);
  if (action === 'export' && !parsed.flags.has('csv') && !parsed.flags.has('json')) throw new UsageError('export takes --csv or --json');
  const assignment = action === 'assign' ? assignmentOf(parsed) : null;
  if (action === 'assign' && groupArg === undefined) throw new UsageError('assign needs a group id from relief-bot review, e.g. assign g1a2b3c4 --dismiss');
  const { store } = await openCliReview(io.env);
  try {
    const entries = await store.listEntries();
    const groups = groupInbox(entries);
    if (assignment !== null) {
      const group = groups.find((g) => g.id === groupArg);
      if (!group) {
        io.stderr.write(`relief-bot review: no group ${groupArg ?? ''} in the inbox now (run relief-bot review to see the groups)\n`);
        return 1;
      }
      try {
        const result = await teach(store, group, assignment);
        io.stdout.write(parsed.flags.has('json') ? `${JSON.stringify(result, null, 2)}\n` : teachText(result));
        return 0;
      } catch (error) {
        if (error instanceof TeachError) throw new UsageError(error.message);
        throw error;
      }
    }
    if (parsed.flags.has('csv')) io.stdout.write(inboxCsv(groups, entries));
    else if (parsed.flags.has('json')) io.stdout.write(`${JSON.stringify(groups, null, 2)}\n`);
    else io.stdout.write(groupsText(groups));
    return 0;
  } finally {
    await store.close();
  }
};
