/**
 * Money and percentages as decimal.js values: parsed from strings, computed exactly, rounded half-up to
 * the fen once, at the end, and formatted the way owners read them.
 */
import decimalDefault from 'decimal.js';
import type { Decimal as DecimalClass } from 'decimal.js';

// decimal.mjs has only a default export, which TypeScript types as the CommonJS namespace under NodeNext.
const DecimalJs = decimalDefault as unknown as typeof DecimalClass;

/** A Decimal class of our own, so no other user of decimal.js can change our precision or rounding. */
export const Decimal: typeof DecimalClass = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = DecimalClass;

/** Parses a decimal string ("20000", "3333.33"); the facts schema has already checked the form. */
export function yuan(value: string): Decimal {
  return new Decimal(value);
}

/** A percentage string ("80", "0.8") as a fraction (0.8, 0.008). */
export function percentToFraction(value: string): Decimal {
  return new Decimal(value).div(100);
}

/** Rounds to the fen, half-up: the only rounding a result gets. @example toFen(yuan('1.005')) // "1.01" */
export function toFen(value: Decimal): string {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** "40000" → "40,000"; "3333.335" → "3,333.34" (two decimals only where there are fen). */
export function formatYuan(value: Decimal | string): string {
  // toFen's text already has exactly two decimals: split it as it is (a rule's breakdown formats a dozen amounts).
  const [whole = '0', fraction = '00'] = toFen(typeof value === 'string' ? new Decimal(value) : value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === '00' ? grouped : `${grouped}.${fraction}`;
}

/** "0.5" → "50%"; "0.015" → "1.5%". */
export function formatPercent(fraction: Decimal): string {
  return `${fraction.mul(100).toDecimalPlaces(4).toString()}%`;
}
