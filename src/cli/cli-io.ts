/** What a CLI command may touch: its streams and environment, so tests can drive commands in-process. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
}

/** A command: takes its arguments (after the command name), returns the exit code. */
export type CliCommand = (args: string[], io: CliIo) => Promise<number>;

/** Exit code for bad input: one clear line on stderr, no stack trace. */
export const EXIT_USAGE = 2;

/** Thrown by argument parsers; the CLI prints its message alone and exits with EXIT_USAGE. */
export class UsageError extends Error {}
