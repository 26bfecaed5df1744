/**
 * Retrying a Bot API call that Telegram refused for now: a 429 ("Too Many Requests: retry after N")
 * is retried after N seconds as Telegram asks; a 5xx after an exponential backoff. Both mean the
 * call was not carried out, so a retried `sendMessage` cannot post twice. Other errors (400, 403
 * blocked by the user, network failures whose fate is unknown) are not retried.
 */
import { TelegramError } from 'telegraf';
import type { Logger } from '../../lib/logger.js';

/** How hard to try. */
export interface RetryPolicy {
  /** Retries after the first attempt (default 3). */
  maxRetries?: number;
  /** A 429 asking for a longer wait than this is not retried: holding the update that long would stall the bot (default 60). */
  maxWaitSeconds?: number;
  /** The first 5xx backoff, doubled each retry (default 500 ms). */
  baseDelayMs?: number;
  /** Waits; injected so tests need not sleep. */
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `call`, retrying as above; rethrows the last error.
 *
 * @example
 * const sent = await withTelegramRetry(() => telegram.sendMessage(chatId, text), logger, {}, 'sendMessage');
 */
export async function withTelegramRetry<T>(
  call: () => Promise<T>,
  logger: Logger,
  policy: RetryPolicy = {},
  what = 'Bot API call',
): Promise<T> {
  const { maxRetries = 3, maxWaitSeconds = 60, baseDelayMs = 500, sleep = defaultSleep } = policy;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const delayMs = retryDelayMs(error, attempt, baseDelayMs);
      if (delayMs === null || attempt >= maxRetries || delayMs > maxWaitSeconds * 1000) throw error;
      logger.warn({ what, code: errorCode(error), attempt: attempt + 1, delayMs }, 'Telegram refused a call; retrying');
      await sleep(delayMs);
    }
  }
}

/** The wait before the next attempt, or null when the error is not worth retrying. */
function retryDelayMs(error: unknown, attempt: number, baseDelayMs: number): number | null {
  if (!(error instanceof TelegramError)) return null;
  const backoff = baseDelayMs * 2 ** attempt;
  if (error.code === 429) {
    const retryAfter = error.parameters?.retry_after;
    // Telegram's number is the minimum; never retry sooner, and back off further on repeated 429s.
    return typeof retryAfter === 'number' && retryAfter >= 0 ? Math.max(retryAfter * 1000, backoff) : backoff;
  }
  return error.code >= 500 ? backoff : null;
}

function errorCode(error: unknown): number | undefined {
  return error instanceof TelegramError ? error.code : undefined;
}
