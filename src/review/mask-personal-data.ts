/**
 * Masks the personal identifiers owners type into a chat before anything is stored: mobile and landline
 * phone numbers, ID-card numbers (居民身份证, 18 or 15 digits) and 统一社会信用代码 (the 18-character
 * unified social credit code on a business licence). Privacy first: a long bare number that might be a
 * phone is masked too, even if it was an amount; the review inbox keeps the wording, not the numbers.
 *
 * @example
 *   maskPersonalData('我电话13812345678，执照91110102MA01ABCD1X')
 *   // '我电话〔电话〕，执照〔信用代码〕'
 */

/** Not preceded or followed by another letter or digit, so parts of longer tokens are left alone. */
const before = '(?<![0-9A-Za-z])';
const after = '(?![0-9A-Za-z])';

/** GB 32100-2015: 18 characters, digits and capital letters without I, O, S, V, Z (all-digit ones are taken as ID numbers first). */
const creditCode = new RegExp(`${before}[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}${after}`, 'gi');
/** GB 11643: 17 digits and a check digit or X; the old 15-digit form. */
const idCard = new RegExp(`${before}(?:\\d{17}[\\dXx]|\\d{15})${after}`, 'g');
/** Mobile numbers, with or without +86 and spaces or dashes between the groups. */
const mobile = new RegExp(`${before}(?:\\+?86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}${after}`, 'g');
/** Landlines: an optional area code (010-), 7 or 8 digits (maybe split 6611 2569), an optional extension. */
const landline = new RegExp(`${before}(?:\\(?0\\d{2,3}\\)?[ -]?)?\\d{3,4}[ -]?\\d{4}(?:(?:-|转|ext\\.?)\\d{1,6})?${after}`, 'gi');
const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

export const MASKS = { phone: '〔电话〕', idCard: '〔身份证号〕', creditCode: '〔信用代码〕', email: '〔邮箱〕' } as const;

/**
 * Full-width digits and letters (１３８) are folded to ASCII first, so they cannot slip past.
 * Order matters: the longer identifiers go first, so an ID number is not taken for two phone numbers.
 */
export function maskPersonalData(text: string): string {
  const ascii = text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0B\uFF0D]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return ascii
    .replace(email, MASKS.email)
    .replace(idCard, MASKS.idCard)
    .replace(creditCode, MASKS.creditCode)
    .replace(mobile, MASKS.phone)
    .replace(landline, MASKS.phone);
}
