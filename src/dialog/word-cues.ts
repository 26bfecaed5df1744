/**
 * Whether a message uses a word of a cue list: Chinese words anywhere, English words and phrases as
 * whole words ("commerce" in "the commerce bureau", never inside "e-commerced"). The message is
 * normalised first (case, full width, common traditional characters), so lists hold simplified forms.
 * @example mentions(normalizeText('And the Labour Bureau?'), 'labour bureau') // true
 */
export { normalizeText } from '../nlu/normalize-text.js';

const latin = /[a-z0-9]/;

/** `normalized` from normalizeText; `word` in lower case. */
export function mentions(normalized: string, word: string): boolean {
  if (!latin.test(word)) return normalized.includes(word);
  for (let at = normalized.indexOf(word); at >= 0; at = normalized.indexOf(word, at + 1)) {
    const before = normalized.charAt(at - 1);
    const after = normalized.charAt(at + word.length);
    if (!latin.test(before) && !latin.test(after)) return true;
  }
  return false;
}

/** Whether the message uses any word of the list. */
export function mentionsAny(normalized: string, words: readonly string[]): boolean {
  return words.some((word) => mentions(normalized, word));
}
