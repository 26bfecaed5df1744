/**
 * `relief-bot chat`: talk to the bot in the terminal, one session, as staff test dialogs.
 * /reset /facts /card /lang en|zh work as in every channel; a number picks an option.
 * `--json`: one user message per stdin line → exactly one reply JSON per line (for tools).
 */
import { createBot } from '../bot/bot.js';
import { parseArgs } from './args.js';
import type { CliIo } from './cli-io.js';
import { readLines } from './read-lines.js';
import { replyForTerminal } from './reply-text.js';
import { openCliReview } from './review-store-from-env.js';

const usage = `usage: relief-bot chat [--json] [--lang zh|en]

Talk to the bot in the terminal, one session: /reset /facts /card /lang en|zh; a number picks an option.
--json: one user message per stdin line, exactly one reply JSON per line. --lang: the first language.
`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { usage, flags: ['json'], options: ['lang'] });
  const lang = parsed.options.get('lang');
  const review = await openCliReview(io.env);
  const bot = await createBot({ review: review.recorder });
  try {
    const userId = `chat-${process.pid}`;
    const send = (text: string) => bot.handleTurn({ channel: 'cli', userId, text });
    if (lang === 'en' || lang === 'zh') await send(`/lang ${lang}`);
    const json = parsed.flags.has('json');
    if (!json) {
      io.stdout.write(`${replyForTerminal(await send('/menu'))}\n（输入问题；/facts 查看已知情况，/card 复制版答复单，/reset 重新开始，Ctrl-D 退出）\n> `);
    }
    for await (const line of readLines(io.stdin)) {
      if (json) {
        if (line.trim() === '') continue;
        io.stdout.write(`${JSON.stringify(await send(line))}\n`);
        continue;
      }
      const reply = line.trim() === '/card' ? await send(line).then((r) => ({ ...r, text: r.card ?? r.text })) : await send(line);
      io.stdout.write(`${replyForTerminal(reply)}\n> `);
    }
    if (!json) io.stdout.write('\n');
    return 0;
  } finally {
    await review.store.close();
  }
}
