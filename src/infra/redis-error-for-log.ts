// Apart from redis-connection.ts, so the in-memory lock (which every bot loads) does not load ioredis.
/**
 * A Redis error as a log line may carry it: its kind, message and the command's name. ioredis attaches
 * the failed command with its arguments (`{"name":"auth","args":["<password>"]}`, keys that hold user
 * ids, session JSON), and a logger serialises every property of an error; so none of those is kept.
 * A string, like every other `err` in our logs (pino would rewrite an error-like object's fields).
 *
 * @example
 * logger.warn({ err: redisErrorForLog(error) }, 'redis connection error')
 * // {"err":"ReplyError: WRONGPASS invalid username-password pair or user is disabled. (command auth)"}
 */
export function redisErrorForLog(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { command } = error as Error & { command?: { name?: unknown } };
  return `${error.name}: ${error.message}${typeof command?.name === 'string' ? ` (command ${command.name})` : ''}`;
}
