/**
 * At-most-once handling of a delivery that the platform may send again (WeCom retries a callback it
 * thinks failed, up to 4 deliveries in about 20 s). The first delivery computes the answer and stores
 * it; a retry gets the stored answer, and a retry that arrives while the first is still being worked on
 * waits for that same work instead of starting its own. So the dialog advances once per message.
 */
import type { SessionStore } from '../core/session-store.js';

/** Runs a computation once per key. */
export interface DeliveryDedupe<T> {
  /**
   * The answer for `key`: stored, in progress, or computed now by `compute` (and then stored). When
   * `compute` rejects nothing is stored, so a later delivery tries again.
   */
  once(key: string, compute: () => Promise<T>): Promise<T>;
}

export interface DeliveryDedupeOptions<T> {
  store: SessionStore<T>;
  /** How long an answer is remembered; longer than the platform's retry window. */
  ttlSeconds: number;
}

/**
 * Creates a {@link DeliveryDedupe} over a session store. The in-flight map is per process: with
 * several processes behind one store, concurrent retries are caught only once the first has stored.
 *
 * @example
 * const dedupe = createDeliveryDedupe({ store, ttlSeconds: 600 });
 * await dedupe.once('wecom:msg:4561255354251345929', () => answer()); // answer() runs once
 */
export function createDeliveryDedupe<T>(options: DeliveryDedupeOptions<T>): DeliveryDedupe<T> {
  const { store, ttlSeconds } = options;
  const inFlight = new Map<string, Promise<T>>();
  return {
    once(key, compute) {
      const pending = inFlight.get(key);
      if (pending !== undefined) return pending;
      const work = (async () => {
        const stored = await store.read(key);
        if (stored !== undefined) return stored;
        const value = await compute();
        await store.write(key, value, ttlSeconds);
        return value;
      })();
      // Registered before the first await above yields, so a concurrent retry always finds it; removed
      // only after the write, so there is no moment when the key is neither in flight nor stored.
      inFlight.set(key, work);
      return work.finally(() => inFlight.delete(key));
    },
  };
}
