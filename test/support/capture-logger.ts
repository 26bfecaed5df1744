/**
 * A real pino logger (the one `serve` uses, with its error serialiser) writing into memory, so a test can
 * search everything a run logged, exactly as it would reach the log file.
 *
 * @example
 * const log = captureLogger('debug');
 * await runSomething({ logger: log.logger });
 * expect(log.text()).not.toContain('secret');
 */
import pino from 'pino';
import type { Logger } from '../../src/lib/logger.js';

export interface CapturedLog {
  logger: Logger;
  /** Every line so far, parsed. */
  lines(): Record<string, unknown>[];
  /** Every line so far, as written (newline-separated JSON). */
  text(): string;
  /** Resolves once a line matching `match` has been written. */
  waitFor(match: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
}

/** A logger at `level` (info by default, as in production) that keeps its output. */
export function captureLogger(level: pino.Level = 'info'): CapturedLog {
  const written: string[] = [];
  const waiters = new Set<() => void>();
  const logger = pino({ level }, {
    write(text: string) {
      written.push(text);
      for (const waiter of [...waiters]) waiter();
    },
  });
  const lines = (): Record<string, unknown>[] => written.join('').split('\n').filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return {
    logger,
    lines,
    text: () => written.join(''),
    waitFor(match, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const found = lines().find(match);
          if (found === undefined) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching log line within ${timeoutMs} ms; logged:\n${written.join('')}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}
