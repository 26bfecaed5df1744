/**
 * `relief-bot test-dialogs <file...>`: plays transcript files (a folder means its *.yaml) against the bot,
 * each in a fresh session, and prints PASS, SKIP or what differed (turn, user text, expected vs got).
 * Exit 0 when every transcript passed, 1 when one failed, 2 when a file is not a valid transcript
 * (named with its field; the valid files still run).
 *
 * @example
 *   relief-bot test-dialogs test/transcripts/rent-tenant.yaml
 *   // PASS  test/transcripts/rent-tenant.yaml  区属国企门面月租2万… (6 turns)
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createBot } from '../bot/bot.js';
import { describeDifferences, loadTranscript, runTranscript, TranscriptError } from '../tools/transcript.js';
import { parseArgs } from './args.js';
import { EXIT_USAGE, UsageError, type CliIo } from './cli-io.js';

/** The files named, with each folder replaced by its *.yaml files in name order. */
function transcriptFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      return [path]; // the loader says it cannot be read, naming the file
    }
    return isDir ? readdirSync(path).filter((name) => name.endsWith('.yaml')).sort().map((name) => join(path, name)) : [path];
  });
}

const usage = `usage: relief-bot test-dialogs <file...>

Runs transcript files (a folder means its *.yaml files) and shows, turn by turn, what differed.
Exit 0 when all pass, 1 when one differs, 2 when a file cannot be read.
`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { usage, rest: 'file' });
  if (parsed.positionals.length === 0) throw new UsageError('name at least one transcript file or folder, e.g. test/transcripts/');
  const bot = await createBot();
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let malformed = 0;
  for (const [index, file] of transcriptFiles(parsed.positionals).entries()) {
    let transcript;
    try {
      transcript = loadTranscript(file);
    } catch (error) {
      if (!(error instanceof TranscriptError)) throw error;
      io.stderr.write(`ERROR ${error.message}\n`);
      malformed += 1;
      continue;
    }
    const result = await runTranscript(bot, transcript, `test-dialogs-${process.pid}-${index}`);
    const head = `${file}  ${result.title} (${result.turns} turns)`;
    if (result.skip !== null) {
      skipped += 1;
      const now = result.failed.length === 0 ? ' — it passes now: remove the skip' : '';
      io.stdout.write(`SKIP  ${head}: ${result.skip}${now}\n`);
    } else if (result.failed.length === 0) {
      passed += 1;
      io.stdout.write(`PASS  ${head}\n`);
    } else {
      failed += 1;
      io.stdout.write(`FAIL  ${head}\n${describeDifferences(result.failed).map((line) => `  ${line}`).join('\n')}\n`);
    }
  }
  const summary = [`${passed} passed`, `${failed} failed`, `${skipped} skipped`, ...(malformed > 0 ? [`${malformed} malformed`] : [])];
  io.stdout.write(`${summary.join(', ')}\n`);
  return malformed > 0 ? EXIT_USAGE : failed > 0 ? 1 : 0;
}
