/**
 * A synchronous map with a size cap (least recently used entry evicted first) and a per-entry expiry.
 * The core of the in-memory session store and the in-memory rate limiter; synchronous on purpose, so a
 * read-modify-write in one event-loop tick cannot interleave with another.
 *
 * @example
 * const map = createBoundedTtlMap<string>({ maxEntries: 2 });
 * map.set('a', 'x', 60_000); map.set('b', 'y', 60_000); map.get('a'); map.set('c', 'z', 60_000);
 * map.get('b'); // undefined: 'b' was the least recently used
 */
export interface BoundedTtlMap<V> {
  /** The live value, or undefined when absent or expired; a hit makes the entry most recently used. */
  get(key: string): V | undefined;
  /** Stores the value; it expires `ttlMs` from now. Evicts the least recently used entries over the cap. */
  set(key: string, value: V, ttlMs: number): void;
  delete(key: string): void;
  /** Number of live entries (drops the expired ones first, so this is O(n); meant for diagnostics). */
  size(): number;
}

export interface BoundedTtlMapOptions {
  /** The most entries kept; beyond it the least recently used go first. */
  maxEntries: number;
  /** Clock in milliseconds; injected by tests. */
  now?: () => number;
}

/** How many of the oldest entries a write inspects for expiry: amortised cleanup without a timer. */
const SWEEP_PER_WRITE = 4;

/**
 * One class (not an object literal per entry) so V8 gives every entry the same compact shape.
 */
class Entry<V> {
  constructor(
    public value: V,
    public expiresAt: number,
  ) {}
}

/** Creates an empty {@link BoundedTtlMap}. */
export function createBoundedTtlMap<V>(options: BoundedTtlMapOptions): BoundedTtlMap<V> {
  const { maxEntries } = options;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new RangeError(`maxEntries must be a positive integer, got ${String(maxEntries)}`);
  }
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order: re-inserting on each use keeps the least recently used first.
  const entries = new Map<string, Entry<V>>();

  function sweepOldest(limit: number, at: number): void {
    let inspected = 0;
    for (const [key, entry] of entries) {
      if (inspected++ >= limit) return;
      if (entry.expiresAt <= at) entries.delete(key);
    }
  }

  return {
    get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      entries.delete(key);
      if (entry.expiresAt <= now()) return undefined;
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value, ttlMs) {
      const at = now();
      entries.delete(key);
      entries.set(key, new Entry(value, at + ttlMs));
      sweepOldest(SWEEP_PER_WRITE, at);
      // The newest entry is last, so evicting from the front never drops the value just written.
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done === true) break;
        entries.delete(oldest.value);
      }
    },
    delete(key) {
      entries.delete(key);
    },
    size() {
      sweepOldest(Number.POSITIVE_INFINITY, now());
      return entries.size;
    },
  };
}
