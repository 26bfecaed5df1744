/**
 * A trie of words keyed by their first UTF-16 units, at most PREFIX_DEPTH deep: a word sits at the node its last
 * unit reaches, or at depth PREFIX_DEPTH when it is longer. Walking it along a text from one position meets only
 * the words that can start there; only words longer than the depth are then compared with the text. Deep enough
 * that few words share a node (the misspellings of "district" part after a few letters), shallow enough to stay
 * small (a node per character of every synonym phrase took 6 MB). Used by the synonym scan (nlu/extract-facts.ts)
 * and the word-list matcher (lib/word-lists.ts); each node holds what its user keeps there.
 *
 * @example
 *   const root = prefixTrie<string[]>();
 *   (nodeFor(root, 'district').value ??= []).push('district');
 *   valuesAlong(root, 'our district', 4, []) // [['district']]
 */
export const PREFIX_DEPTH = 4;

export interface PrefixNode<T> {
  /** What the words ending at this node (or, at PREFIX_DEPTH, going on) keep here. */
  value?: T;
  children: Map<number, PrefixNode<T>>;
}

export function prefixTrie<T>(): PrefixNode<T> {
  return { children: new Map() };
}

/** The node for a word, made on the way down if missing. */
export function nodeFor<T>(root: PrefixNode<T>, word: string): PrefixNode<T> {
  let node = root;
  for (let depth = 0; depth < Math.min(PREFIX_DEPTH, word.length); depth += 1) {
    const code = word.charCodeAt(depth);
    let child = node.children.get(code);
    if (!child) node.children.set(code, (child = prefixTrie<T>()));
    node = child;
  }
  return node;
}

/**
 * The values of the nodes met walking the text from `start`, shortest words first, written into `out` (cleared
 * first, so one array serves every position of a scan) and returned.
 */
export function valuesAlong<T>(root: PrefixNode<T>, text: string, start: number, out: T[]): T[] {
  out.length = 0;
  let node = root.children.get(text.charCodeAt(start));
  for (let at = start + 1; node; at += 1) {
    if (node.value !== undefined) out.push(node.value);
    node = at - start < PREFIX_DEPTH ? node.children.get(text.charCodeAt(at)) : undefined;
  }
  return out;
}

/** Whether a word met at `start` by valuesAlong is really there: its units past the trie's depth compared too. */
export function wordAt(word: string, text: string, start: number): boolean {
  return word.length <= PREFIX_DEPTH || text.startsWith(word, start);
}
