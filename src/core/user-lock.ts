/**
 * Serializes the turns of one user: `run` calls `fn` only when no other turn holds the same key, so two
 * messages arriving together are read-modify-written one after the other and no fact is lost
 * (telegraf's session docs warn about exactly this). Different keys run in parallel.
 *
 * @example
 * const reply = await lock.run(`telegram:${userId}`, async () => {
 *   const session = await store.read(key);
 *   ...
 *   await store.write(key, next);
 *   return reply;
 * });
 */
export interface UserLock {
  run<R>(key: string, fn: () => Promise<R>): Promise<R>;
}
