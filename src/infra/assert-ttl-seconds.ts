/**
 * Throws a RangeError unless `ttlSeconds` is a positive finite number: both stores check it the same way.
 *
 * @example
 * assertTtlSeconds(1800); // fine
 * assertTtlSeconds(0); // RangeError
 */
export function assertTtlSeconds(ttlSeconds: number): void {
  if (!(ttlSeconds > 0) || !Number.isFinite(ttlSeconds)) {
    throw new RangeError(`ttlSeconds must be a positive number, got ${String(ttlSeconds)}`);
  }
}
