/**
 * `relief-bot ask "<question>" [--json]`: one turn in a fresh session. With no question, reads questions
 * one per line from stdin and answers each in its own fresh session, one line per answer (JSON with --json).
 */
import { createBot, type Bot } from '../bot/bot.js';
import { parseArgs } from './args.js';
import type { CliIo } from './cli-io.js';
import { readLines } from './read-lines.js';
import { replyForTerminal } from './reply-text.js';
import { openCliReview } from './review-store-from-env.js';

async function answer(bot: Bot, question: string, index: number, json: boolean): Promise<string> {
  const reply = await bot.handleTurn({ channel: 'cli', userId: `ask-${process.pid}-${index}`, text: question });
  return json ? JSON.stringify(reply) : replyForTerminal(reply).replace(/\n/g, ' ⏎ ');
}

const usage = `usage: relief-bot ask ["question"] [--json]

One question in a fresh session; the answer as the terminal shows it, or the reply JSON with --json.
Without a question, reads one question per stdin line and answers each in its own fresh session.
`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { usage, flags: ['json'], positionals: ['question'] });
  const json = parsed.flags.has('json');
  const review = await openCliReview(io.env);
  const bot = await createBot({ review: review.recorder });
  try {
    const question = parsed.positionals[0];
    if (question !== undefined) {
      const text = await answer(bot, question, 0, json);
      io.stdout.write(`${json ? text : text.replace(/ ⏎ /g, '\n')}\n`);
      return 0;
    }
    let index = 0;
    for await (const line of readLines(io.stdin)) {
      if (line.trim() === '') continue;
      io.stdout.write(`${await answer(bot, line, index, json)}\n`);
      index += 1;
    }
    return 0;
  } finally {
    await review.store.close();
  }
}
