/**
 * Where sessions (and other small per-key state: WeCom de-duplication, rate limits) live.
 * Three methods, as in grammY's storage adapters, so memory and Redis are interchangeable.
 */
export interface SessionStore<T> {
  read(key: string): Promise<T | undefined>;
  /** Writes the value; it expires after `ttlSeconds` without a write (the store's default when omitted). */
  write(key: string, value: T, ttlSeconds?: number): Promise<void>;
  delete(key: string): Promise<void>;
}
