/**
 * Traditional Chinese characters to simplified, one character for one, from OpenCC's table (opencc-js):
 * owners in Hong Kong, Taiwan or on a traditional input method type 裝修, 關門, 綜合費率, 註冊, 區國資委, and every
 * grammar, cue and training line of the bot is written in simplified characters. A hand-kept list only ever
 * held the characters someone had already seen fail; the full table holds the ~3,000 that differ.
 *
 * One UTF-16 unit maps to one (pairs whose either side lies outside the BMP are left out), so an offset in
 * the converted text is the same offset in the owner's text and mentions can quote the original words.
 *
 * @example simplifiedChar('綜') // '综'
 * @example simplifiedChar('房') // undefined (already simplified)
 */
import tsCharacters from 'opencc-js/dict/TSCharacters';

/**
 * Where the bot's reading differs from OpenCC's first choice: 參 written for the financial numeral 叁
 * ("參萬元") matters to an amount, 参 (参照) to nothing the bot reads.
 */
const overrides: Record<string, string> = { 參: '叁' };

const table = buildTable();

function buildTable(): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of tsCharacters.split('|')) {
    const [source, target] = pair.split(' ');
    if (source?.length === 1 && target?.length === 1) map.set(source, target);
  }
  for (const [source, target] of Object.entries(overrides)) map.set(source, target);
  return map;
}

/** The UTF-16 units the table converts, one flag each: a lookup by code, without making a string of the unit. */
const converted = new Uint8Array(0x10000);
for (const source of table.keys()) converted[source.charCodeAt(0)] = 1;

/** The simplified form of one traditional character, or undefined when it has none of its own. */
export function simplifiedChar(char: string): string | undefined {
  return table.get(char);
}

/** Whether the UTF-16 unit `code` is one simplifiedChar converts. @example hasSimplifiedForm('綜'.charCodeAt(0)) // true */
export function hasSimplifiedForm(code: number): boolean {
  return converted[code] === 1;
}
