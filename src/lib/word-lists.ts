/**
 * Many word lists looked for in one text at once: which lists the text uses a word of, each word found anywhere
 * or, when `whole`, only as a whole word (no `wordChar` right before or after it). One pass over the text with
 * the words in a trie of their first UTF-16 units, so each position tries only the words that can start there, instead
 * of every word of every list being looked for in the whole text (or a regular expression of hundreds of
 * alternatives being tried at every position, once per list).
 *
 * @example
 *   const named = wordListsMatcher([[{ word: '商务局', whole: false }, { word: 'commerce', whole: true }]], /[a-z0-9]/);
 *   named('the commerce bureau') // [true]
 *   named('e-commerced')         // [false]
 */
export interface ListWord {
  word: string;
  /** Found only as a whole word: no `wordChar` next to it. */
  whole: boolean;
}

/** How deep the word trie goes; a longer word waits at that depth and is compared with the text there. */
const TRIE_DEPTH = 4;

interface TrieNode {
  /** The words that end here (or, at TRIE_DEPTH, go on). */
  words: Array<ListWord & { list: number }>;
  children: Map<number, TrieNode>;
}

/** Builds the matcher once per lists; `wordChar` tests one character (a one-character class such as /[a-z]/). */
export function wordListsMatcher(lists: readonly (readonly ListWord[])[], wordChar: RegExp): (text: string) => boolean[] {
  // A trie keyed by UTF-16 codes, TRIE_DEPTH deep: at each position the walk meets only the words that can start there.
  const root: TrieNode = { words: [], children: new Map() };
  // includes('') holds for every text: a list with an empty word matches whatever is said.
  const always = lists.map((list) => list.some(({ word }) => word === ''));
  lists.forEach((list, i) => {
    for (const { word, whole } of list) {
      if (word === '') continue;
      let node = root;
      for (let depth = 0; depth < Math.min(TRIE_DEPTH, word.length); depth += 1) {
        const code = word.charCodeAt(depth);
        let child = node.children.get(code);
        if (!child) node.children.set(code, (child = { words: [], children: new Map() }));
        node = child;
      }
      node.words.push({ word, whole, list: i });
    }
  });
  return (text) => {
    const found = [...always];
    for (let start = 0; start < text.length; start += 1) {
      let node = root.children.get(text.charCodeAt(start));
      if (!node) continue;
      // No whole word starts inside a word.
      const midWord = wordChar.test(text.charAt(start - 1));
      for (let at = start + 1; node; at += 1) {
        for (const { word, whole, list } of node.words) {
          if (found[list] || (whole && midWord)) continue;
          if (word.length > TRIE_DEPTH && !text.startsWith(word, start)) continue;
          if (whole && wordChar.test(text.charAt(start + word.length))) continue;
          found[list] = true;
        }
        node = at - start < TRIE_DEPTH ? node.children.get(text.charCodeAt(at)) : undefined;
      }
    }
    return found;
  };
}
