/**
 * Many word lists looked for in one text at once: which lists the text uses a word of, each word found anywhere
 * or, when `whole`, only as a whole word (no `wordChar` right before or after it). One pass over the text with
 * the words in a trie of their first UTF-16 units (lib/prefix-trie.ts), so each position tries only the words that can start there, instead
 * of every word of every list being looked for in the whole text (or a regular expression of hundreds of
 * alternatives being tried at every position, once per list).
 *
 * @example
 *   const named = wordListsMatcher([[{ word: '商务局', whole: false }, { word: 'commerce', whole: true }]], /[a-z0-9]/);
 *   named('the commerce bureau') // [true]
 *   named('e-commerced')         // [false]
 */
import { nodeFor, prefixTrie, valuesAlong, wordAt } from './prefix-trie.js';

export interface ListWord {
  word: string;
  /** Found only as a whole word: no `wordChar` next to it. */
  whole: boolean;
}

/** Builds the matcher once per lists; `wordChar` tests one character (a one-character class such as /[a-z]/). */
export function wordListsMatcher(lists: readonly (readonly ListWord[])[], wordChar: RegExp): (text: string) => boolean[] {
  const root = prefixTrie<Array<ListWord & { list: number }>>();
  // includes('') holds for every text: a list with an empty word matches whatever is said.
  const always = lists.map((list) => list.some(({ word }) => word === ''));
  lists.forEach((list, i) => {
    for (const { word, whole } of list) {
      if (word === '') continue;
      (nodeFor(root, word).value ??= []).push({ word, whole, list: i });
    }
  });
  const met: Array<Array<ListWord & { list: number }>> = [];
  return (text) => {
    const found = [...always];
    for (let start = 0; start < text.length; start += 1) {
      if (valuesAlong(root, text, start, met).length === 0) continue;
      // No whole word starts inside a word.
      const midWord = wordChar.test(text.charAt(start - 1));
      for (const words of met) {
        for (const { word, whole, list } of words) {
          if (found[list] || (whole && midWord)) continue;
          if (!wordAt(word, text, start)) continue;
          if (whole && wordChar.test(text.charAt(start + word.length))) continue;
          found[list] = true;
        }
      }
    }
    return found;
  };
}
