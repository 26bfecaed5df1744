import { describe, expect, it } from 'vitest';
import { wordListsMatcher } from '../../src/lib/word-lists.js';

const latin = /[a-z0-9]/;
const list = (...words: string[]) => words.map((word) => ({ word, whole: latin.test(word) }));

describe('wordListsMatcher: which lists a text uses a word of, in one pass', () => {
  const named = wordListsMatcher([list('商务局', 'commerce'), list('财政局', 'finance bureau'), list('区商务局')], latin);

  it('finds Chinese words anywhere and English words as whole words only', () => {
    expect(named('the commerce bureau')).toEqual([true, false, false]);
    expect(named('e-commerce')).toEqual([true, false, false]);
    expect(named('ecommerce')).toEqual([false, false, false]);
    expect(named('commerced')).toEqual([false, false, false]);
    expect(named('找区商务局和财政局')).toEqual([true, true, true]);
  });

  it('reads words longer than the trie and words that end the text', () => {
    expect(named('ask the finance bureau')).toEqual([false, true, false]);
    expect(named('ask the finance bureaus')).toEqual([false, false, false]);
    expect(named('finance bur')).toEqual([false, false, false]);
  });

  it('gives every list the answer of looking for each of its words on its own', () => {
    const lists = [list('ab', 'abc', 'abcdef'), list('b', 'bcd'), list('甲乙丙丁戊', '乙')];
    const match = wordListsMatcher(lists, latin);
    for (const text of ['abcdef', 'x abc', 'abcdefg', 'zbcd', 'bcd', '甲乙丙丁', '甲乙丙丁戊', '']) {
      const alone = lists.map((words) => words.some(({ word, whole }) => {
        if (!whole) return text.includes(word);
        return [...text.matchAll(new RegExp(`(?<![a-z0-9])${word}(?![a-z0-9])`, 'g'))].length > 0;
      }));
      expect(match(text)).toEqual(alone);
    }
  });

  it('an empty word is in every text, as includes("") is', () => {
    expect(wordListsMatcher([list(''), list('x')], latin)('abc')).toEqual([true, false]);
  });
});
