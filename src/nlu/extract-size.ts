/**
 * The size an English owner gives in passing, before the kind of business: "Small retail company",
 * "a small family-run cafe", "tiny noodle shop", "micro trading firm". The synonyms (intents/entities.yaml)
 * hold the set phrases ("small business", "micro enterprise"); this reads "small|micro|tiny", up to two
 * words, then a word for a business. The notice treats small and micro alike in every measure, so "small"
 * is small and "tiny" micro; "not a small company" names no size. Linear: one pattern, one pass.
 *
 * @example extractSize('Small retail company registered in Xicheng') // 'small'
 * @example extractSize('we rent a small office') // null: an office is premises, not a business
 */
import type { Facts } from '../policy/facts.js';

/** Words for the business itself, never its premises (a small office, a small room say nothing of size). */
const business = '(?:company|companies|business|firm|enterprise|shop|store|restaurant|cafe|café|bakery|salon|agency|startup|start-up|workshop|factory|outfit|eatery|diner|clinic|studio|practice|trading house|retailer|kindergarten|school)';
const sized = new RegExp(
  `(?<![a-z])(not (?:a |an |that |so )?|isn't (?:a |an )?|aren't (?:a |an )?)?(small|micro|tiny)(?:[- ]sized?|[- ]scale)?\\s+(?:[a-z&'-]+\\s+){0,2}?${business}(?![a-z])`,
  'i',
);

/** The enterprise size an English phrase gives, or null. `normalized`: the message as normalizeText returns it. */
export function extractSize(normalized: string): Facts['enterpriseSize'] | null {
  if (!/small|micro|tiny/.test(normalized)) return null;
  const match = sized.exec(normalized);
  if (!match || match[1] !== undefined) return null;
  return match[2] === 'small' ? 'small' : 'micro';
}
