/**
 * Answer ids: short enough to read out on the phone, in Crockford's base32 (no I, L, O, U), in groups
 * of four: "K7Q2-M9X4-TDHA". Derived from what the answer is (user, facts, outcomes, policy version),
 * so the card asked for after an answer ("复制版") carries the same id as the answer itself.
 */
import { createHash } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** @example answerIdFor(['u1', '{"monthlyRent":"20000"}']) // 'K7Q2-M9X4-TDHA' */
export function answerIdFor(parts: readonly string[]): string {
  const digest = createHash('sha256').update(parts.join('\0')).digest();
  let id = '';
  for (let i = 0; i < 12; i += 1) id += ALPHABET[(digest[i] ?? 0) % 32];
  return `${id.slice(0, 4)}-${id.slice(4, 8)}-${id.slice(8)}`;
}

/**
 * Reads an id as staff type it: any case, with or without dashes or spaces, O for 0 and I/L for 1.
 * Returns null when it cannot be an answer id.
 * @example normalizeAnswerId('k7q2 m9x4 tdha') // 'K7Q2-M9X4-TDHA'
 */
export function normalizeAnswerId(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(compact)) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}`;
}
