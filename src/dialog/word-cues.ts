/**
 * Whether a message uses a word of a cue list: Chinese words anywhere, English words and phrases as
 * whole words ("commerce" in "the commerce bureau", never inside "e-commerced"). The message is
 * normalised first (case, full width, common traditional characters), so lists hold simplified forms.
 * @example mentions(normalizeText('And the Labour Bureau?'), 'labour bureau') // true
 */
export { normalizeText } from '../nlu/normalize-text.js';

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
 * answer `wordListMatcher(list)` gives each, from one pass over the message. The words are indexed by their first
 * character, so each position of the message tries only the words that start with it, instead of every word of
 * every list being looked for in the whole message.
 * @example wordListsMatcher([['商务局', 'commerce'], ['财政局']])('the commerce bureau') // [true, false]
 */
export function wordListsMatcher(lists: readonly (readonly string[])[]): (normalized: string) => boolean[] {
  // Keyed by the first UTF-16 unit's code: a code is looked up without making a one-character string.
  const byFirst = new Map<number, Array<{ word: string; list: number; english: boolean }>>();
  // includes('') holds for every message: a list with an empty word matches whatever is said.
  const always = lists.map((list) => list.includes(''));
  lists.forEach((list, i) => {
    for (const word of list) {
      if (word === '') continue;
      const first = word.charCodeAt(0);
      const entries = byFirst.get(first);
      const entry = { word, list: i, english: latin.test(word) };
      if (entries) entries.push(entry);
      else byFirst.set(first, [entry]);
    }
  });
  return (normalized) => {
    const found = [...always];
    for (let at = 0; at < normalized.length; at += 1) {
      const entries = byFirst.get(normalized.charCodeAt(at));
      if (!entries) continue;
      // An English word or phrase counts as whole words only (mentionsWholeWord): none starts inside a word.
      const midWord = latin.test(normalized.charAt(at - 1));
      for (const { word, list, english } of entries) {
        if (found[list] || (english && midWord) || !normalized.startsWith(word, at)) continue;
        if (english && latin.test(normalized.charAt(at + word.length))) continue;
        found[list] = true;
      }
    }
    return found;
  };
}
