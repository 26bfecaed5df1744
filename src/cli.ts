/**
 * The `relief-bot` command: dispatches to one module per command, loaded on demand so that a quick
 * command (`check`, `ask`) never pays for the start-up of another (`serve`, `bench`).
 */
import { HelpRequested } from './cli/args.js';
import { EXIT_USAGE, UsageError, type CliCommand, type CliIo } from './cli/cli-io.js';

const commands: Record<string, { module: string; summary: string }> = {
  chat: { module: './cli/chat-command.js', summary: 'chat [--json] [--lang zh|en]   talk to the bot in the terminal (/reset /facts /card /lang)' },
  ask: { module: './cli/ask-command.js', summary: 'ask ["question"] [--json]       one question, a fresh session each (stdin: one per line)' },
  check: { module: './cli/check-command.js', summary: "check <rule-id> --facts '<json>' [--json]   run one rule on a business profile" },
  measures: { module: './cli/measures-command.js', summary: 'measures [N] [--json]           the notice\'s measures, one or all' },
  serve: { module: './cli/serve-command.js', summary: 'serve [--port N]                HTTP API, operator console, WeCom and Telegram' },
  eval: { module: './cli/eval-command.js', summary: 'eval [--conversations [--set dev|heldout] [--json]]   intent, entity and whole-conversation report' },
  bench: { module: './cli/bench-command.js', summary: 'bench                           speed and memory benchmark' },
  review: { module: './cli/review-command.js', summary: 'review [--json] | export --csv | assign <group> --intent X|--fact f=v --synonym W|--out-of-scope|--dismiss   the misses, grouped; teach the bot' },
  answer: { module: './cli/answer-command.js', summary: 'answer <id> [--json]            what the bot answered under that 答复编号, checked against today\'s policy data' },
  stats: { module: './cli/stats-command.js', summary: 'stats [--days N] [--json]       turns per day, topics, share answered / handed off / not understood' },
  'test-dialogs': { module: './cli/test-dialogs-command.js', summary: 'test-dialogs <file...>          run transcript files, show what differed' },
};

function usage(): string {
  return ['usage: relief-bot <command> [options]', '', ...Object.values(commands).map((c) => `  ${c.summary}`), ''].join('\n');
}

/** Runs the CLI; returns the exit code. Usage errors print one line and return 2. */
export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return name === undefined ? EXIT_USAGE : 0;
  }
  const entry = commands[name];
  if (!entry) {
    io.stderr.write(`relief-bot: unknown command "${name}"; expected one of ${Object.keys(commands).join(', ')}\n`);
    return EXIT_USAGE;
  }
  try {
    const loaded = (await import(entry.module)) as { run: CliCommand };
    return await loaded.run(args, io);
  } catch (error) {
    if (error instanceof HelpRequested) {
      io.stdout.write(error.usage);
      return 0;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`relief-bot ${name}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function defaultIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}
