/**
 * Whether a message uses a word of a cue list: Chinese words anywhere, English words and phrases as
 * whole words ("commerce" in "the commerce bureau", never inside "e-commerced"). The message is
 * normalised first (case, full width, common traditional characters), so lists hold simplified forms.
 * @example mentions(normalizeText('And the Labour Bureau?'), 'labour bureau') // true
 */
export { normalizeText } from '../nlu/normalize-text.js';
import { wordListsMatcher as matchWordLists } from '../lib/word-lists.js';

const latin = /[a-z0-9]/;

/** An English word or phrase as whole words of the text. */
function mentionsWholeWord(normalized: string, word: string): boolean {
  for (let at = normalized.indexOf(word); at >= 0; at = normalized.indexOf(word, at + 1)) {
    const before = normalized.charAt(at - 1);
    const after = normalized.charAt(at + word.length);
    if (!latin.test(before) && !latin.test(after)) return true;
  }
  return false;
}

/** `normalized` from normalizeText; `word` in lower case. */
export function mentions(normalized: string, word: string): boolean {
  return latin.test(word) ? mentionsWholeWord(normalized, word) : normalized.includes(word);
}

/** Whether the message uses any word of the list. */
export function mentionsAny(normalized: string, words: readonly string[]): boolean {
  return words.some((word) => mentions(normalized, word));
}

/**
 * `mentionsAny` for a list fixed at load (units, people, mobile words), each word's kind decided once
 * instead of on every message. @example wordListMatcher(['商务局', 'commerce'])('the commerce bureau') // true
 */
export function wordListMatcher(words: readonly string[]): (normalized: string) => boolean {
  const english = words.filter((word) => latin.test(word));
  const chinese = words.filter((word) => !latin.test(word));
  return (normalized) => chinese.some((word) => normalized.includes(word)) || english.some((word) => mentionsWholeWord(normalized, word));
}

/**
 * Many word lists at once (every unit's names, every person's): which lists the message uses a word of, the
 * answer `wordListMatcher(list)` gives each, from one pass over the message (src/lib/word-lists.ts).
 * @example wordListsMatcher([['商务局', 'commerce'], ['财政局']])('the commerce bureau') // [true, false]
 */
export function wordListsMatcher(lists: readonly (readonly string[])[]): (normalized: string) => boolean[] {
  return matchWordLists(lists.map((list) => list.map((word) => ({ word, whole: latin.test(word) }))), latin);
}
