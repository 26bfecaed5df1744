/** Lines of a stream, one at a time, as an async iterator (stdin for `chat --json` and `ask`). */
import { createInterface } from 'node:readline';

export function readLines(input: NodeJS.ReadableStream): AsyncIterable<string> {
  return createInterface({ input, crlfDelay: Infinity, terminal: false });
}
