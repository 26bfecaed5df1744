import { createHash } from 'node:crypto';

/**
 * The logger that library code is given (pino satisfies it); library code never writes to the console.
 */
export interface Logger {
  debug(object: object, message?: string): void;
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
}

/** A logger that drops everything: the default in tests and in-process use. */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/**
 * A stable, non-reversible id for logs: user ids (and session keys such as `wecom:<UserID>`) are
 * personal data, so every log line names a user by this hash only.
 *
 * @example
 * hashUserId('wecom:zhangsan') // '3f1c0a…' (12 hex digits)
 */
export function hashUserId(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}
