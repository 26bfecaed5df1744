/**
 * Run in a fresh process (node --expose-gc) by session-memory.ts: creates N idle sessions through
 * handleTurn (each a new owner's first question, so each session holds facts and a pending question),
 * collects garbage and prints the resident memory before and after as one JSON line.
 */
import { createBot } from '../../bot/bot.js';

const count = Number(process.argv[2]);
if (!Number.isInteger(count) || count < 0) throw new Error(`usage: session-memory-child.js <sessions>, got ${String(process.argv[2])}`);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc');

function settle(): NodeJS.MemoryUsage {
  for (let i = 0; i < 3; i += 1) gc?.();
  return process.memoryUsage();
}

const bot = await createBot({ maxSessions: Math.max(count, 1) });
await bot.handleTurn({ channel: 'api', userId: 'warm-up', text: '你好' });
const before = settle();
const questions = ['区属国企的门面，月租2万', '我的饭馆租的区属国企门面，3、4月房租能免吗？', 'Can my restaurant get its rent waived?', '担保费能补贴多少'];
const started = performance.now();
for (let i = 0; i < count; i += 1) {
  await bot.handleTurn({ channel: 'api', userId: `idle-${i}`, text: questions[i % questions.length] ?? '' });
}
const createMs = performance.now() - started;
const after = settle();
// The bot is used after measuring: otherwise V8 may collect it (and every session) before the
// measurement, which then reports an empty store. It also checks that the first session is still held.
const first = await bot.handleTurn({ channel: 'api', userId: 'idle-0', text: '/facts' });
const kept = count === 0 || first.text.includes('区属国企');
process.stdout.write(`${JSON.stringify({ count, createMs, kept, before: { rss: before.rss, heapUsed: before.heapUsed }, after: { rss: after.rss, heapUsed: after.heapUsed } })}\n`);
