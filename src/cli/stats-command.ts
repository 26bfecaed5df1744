/**
 * `relief-bot stats [--days N] [--json]`: turns per day, the topics asked, the share answered / handed
 * off / not understood, and the largest groups of unanswered questions (`relief-bot review` to teach them).
 */
import { reviewStats, type ReviewStats } from '../review/review-stats.js';
import { parseArgs } from './args.js';
import { UsageError, type CliCommand } from './cli-io.js';
import { openCliReview } from './review-store-from-env.js';

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export function statsText(stats: ReviewStats): string {
  const widest = Math.max(1, ...stats.days.map((d) => d.turns));
  const lines = [
    `${stats.from} – ${stats.to}：共 ${stats.turns} 轮对话；已答复 ${percent(stats.shares.answered)}，转人工 ${percent(stats.shares.handedOff)}，未理解 ${percent(stats.shares.notUnderstood)}`,
    '',
    '每日（答复/转人工/未理解/其他）：',
    ...stats.days.map((d) => `  ${d.day} ${String(d.turns).padStart(5)} ${'█'.repeat(Math.round((d.turns / widest) * 30))} ${d.outcomes.answered}/${d.outcomes.handed_off}/${d.outcomes.not_understood}/${d.outcomes.other}`),
    '',
    '问得最多的话题：',
    ...(stats.topics.length === 0 ? ['  （无）'] : stats.topics.slice(0, 10).map((t) => `  ${t.topic.padEnd(24)} ${t.turns}`)),
    '',
    '未答上的问题（最大的几组，relief-bot review 处理）：',
    ...(stats.unanswered.length === 0 ? ['  （无）'] : stats.unanswered.map((g) => `  ${g.id}  ×${g.count}  ${g.label}`)),
  ];
  return `${lines.join('\n')}\n`;
}

const usage = `usage: relief-bot stats [--days N] [--json]

Turns per day, the topics asked, the share answered / handed off / not understood, and the largest
groups of unanswered questions (relief-bot review to teach them), over the last N days (default 14).
`;

export const run: CliCommand = async (args, io) => {
  const parsed = parseArgs(args, { usage, flags: ['json'], options: ['days'] });
  const days = Number(parsed.options.get('days') ?? '14');
  if (!Number.isInteger(days) || days < 1 || days > 3650) throw new UsageError('--days takes a whole number of days from 1 to 3650');
  const { store } = await openCliReview(io.env);
  try {
    const stats = await reviewStats(store, { days });
    io.stdout.write(parsed.flags.has('json') ? `${JSON.stringify(stats, null, 2)}\n` : statsText(stats));
    return 0;
  } finally {
    await store.close();
  }
};
