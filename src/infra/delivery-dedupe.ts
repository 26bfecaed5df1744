/**
 * At-most-once handling of a delivery that the platform may send again (WeCom retries a callback it
 * thinks failed, up to 4 deliveries in about 20 s). The first delivery computes the answer and stores
 * it; a retry gets the stored answer, and a retry that arrives while the first is still being worked on
 * waits for that same work instead of starting its own. So the dialog advances once per message, also
 * when the copies reach different instances (given shared `claims`).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { DeliveryClaims } from './delivery-claim.js';
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
  /**
   * Claims shared by every instance (Redis). Without them, concurrent copies are caught within one
   * process only.
   */
  claims?: DeliveryClaims;
  /**
   * What a copy answers when another instance holds the claim and has not stored its answer within
   * `waitMs` (WeCom: an empty acknowledgement; the holder's own response carries the answer).
   */
  pending?: T;
  /** How long a copy waits for another instance's answer. Default 4,000 ms: WeCom gives up after 5 s. */
  waitMs?: number;
  /** How long a claim lasts if its holder crashed before answering. Default 30 s, WeCom's retry window. */
  claimTtlSeconds?: number;
}

const POLL_MS = 25;

/**
 * Creates a {@link DeliveryDedupe} over a session store.
 *
 * @example
 * const dedupe = createDeliveryDedupe({ store, ttlSeconds: 600, claims, pending: emptyAck });
 * await dedupe.once('wecom:msg:4561255354251345929', () => answer()); // answer() runs once, on one instance
 */
export function createDeliveryDedupe<T>(options: DeliveryDedupeOptions<T>): DeliveryDedupe<T> {
  const { store, ttlSeconds, claims } = options;
  const waitMs = options.waitMs ?? 4_000;
  const claimTtlSeconds = options.claimTtlSeconds ?? 30;
  const inFlight = new Map<string, Promise<T>>();

  /** Another instance is answering: its answer once stored, else `pending` (or the work itself, if none). */
  async function awaitOther(key: string, compute: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + waitMs;
    while (Date.now() < deadline) {
      await sleep(POLL_MS);
      const stored = await store.read(key);
      if (stored !== undefined) return stored;
    }
    return options.pending !== undefined ? options.pending : compute();
  }

  async function work(key: string, compute: () => Promise<T>): Promise<T> {
    const stored = await store.read(key);
    if (stored !== undefined) return stored;
    const giveUp = claims === undefined ? null : await claims.claim(key, claimTtlSeconds);
    if (claims !== undefined && giveUp === null) return awaitOther(key, compute);
    try {
      const value = await compute();
      await store.write(key, value, ttlSeconds);
      return value;
    } catch (error) {
      // Not answered, so a later copy must be free to try again.
      await giveUp?.().catch(() => undefined);
      throw error;
    }
  }

  return {
    once(key, compute) {
      const pending = inFlight.get(key);
      if (pending !== undefined) return pending;
      const running = work(key, compute);
      // Registered before the first await in `work` yields, so a concurrent retry always finds it;
      // removed only after the write, so there is no moment when the key is neither in flight nor stored.
      inFlight.set(key, running);
      return running.finally(() => inFlight.delete(key));
    },
  };
}
