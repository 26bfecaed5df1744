/**
 * Counts one user's messages: at most `limit` per window; beyond it the bot answers politely that the
 * user should wait `retryAfterSeconds`. A fixed window that starts at the user's first message
 * (simple, and the same in memory and in Redis; a burst of up to 2 × limit across a window edge is
 * acceptable for a politeness limit).
 *
 * @example
 * const { allowed, retryAfterSeconds } = await limiter.hit(`telegram:${userId}`);
 * if (!allowed) return rateLimitedReply(retryAfterSeconds);
 */
export interface RateLimiter {
  hit(key: string): Promise<RateLimitResult>;
}

export interface RateLimitResult {
  allowed: boolean;
  /** 0 when allowed; otherwise whole seconds (at least 1) until the window ends. */
  retryAfterSeconds: number;
}
