/**
 * Runs the CLI in-process with fake streams and captures what it prints, so command tests read like a
 * terminal session without spawning a process.
 *
 * @example
 * const result = await runCli(['measures', '6', '--json']);
 * result.code // 0; JSON.parse(result.stdout)[0].id // 6
 */
import { Readable } from 'node:stream';
import { main } from '../../src/cli.js';
import type { CliIo } from '../../src/cli/cli-io.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A CliIo whose stdout and stderr are captured strings; stdin yields `input`. */
export function captureIo(input = '', env: NodeJS.ProcessEnv = {}): { io: CliIo; out: () => string; err: () => string } {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdin: Readable.from([input]),
    stdout: { write: (text: string) => { stdout += text; return true; } },
    stderr: { write: (text: string) => { stderr += text; return true; } },
    env,
  };
  return { io, out: () => stdout, err: () => stderr };
}

/** Runs `relief-bot <argv...>` in-process and returns the exit code and both outputs. */
export async function runCli(argv: string[], input = ''): Promise<CliRun> {
  const { io, out, err } = captureIo(input);
  const code = await main(argv, io);
  return { code, stdout: out(), stderr: err() };
}
