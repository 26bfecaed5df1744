import { describe, expect, test } from 'vitest';
import { PREFIX_DEPTH, nodeFor, prefixTrie, valuesAlong, wordAt } from '../../src/lib/prefix-trie.js';

function trieOf(words: string[]) {
  const root = prefixTrie<string[]>();
  for (const word of words) (nodeFor(root, word).value ??= []).push(word);
  return root;
}

describe('the prefix trie shared by the synonym scan and the word-list matcher', () => {
  test('the walk from a position meets the words that can start there, shortest first', () => {
    const root = trieOf(['区', '区属', '区属国企', 'dis', 'district', 'distrcit']);
    expect(valuesAlong(root, '房东是区属国企', 3, [])).toEqual([['区'], ['区属'], ['区属国企']]);
    // Past the depth the longer words share one node: the walk stops there and each is compared with the text.
    expect(valuesAlong(root, 'our district', 4, [])).toEqual([['dis'], ['district', 'distrcit']]);
    expect(valuesAlong(root, 'our shop', 4, [])).toEqual([]);
  });

  test('a word met past the depth is there only if the text goes on with it', () => {
    expect(PREFIX_DEPTH).toBe(4);
    expect(wordAt('district', 'our district', 4)).toBe(true);
    expect(wordAt('distrcit', 'our district', 4)).toBe(false);
    expect(wordAt('dis', 'our district', 4)).toBe(true);
  });

  test('one out array serves every position: it is cleared each time', () => {
    const root = trieOf(['ab', 'b']);
    const out: string[][] = [];
    expect(valuesAlong(root, 'ab', 0, out)).toEqual([['ab']]);
    expect(valuesAlong(root, 'ab', 1, out)).toEqual([['b']]);
  });
});
