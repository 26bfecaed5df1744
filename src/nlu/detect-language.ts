/**
 * Which language a message is in, so the reply comes back in the same one. A character count is enough
 * here: the bot speaks only Chinese and English, and owners mix in Latin letters ("3w", "ok", "AI") far
 * more often than English speakers type Han characters.
 *
 * @example
 *   detectLanguage('我的饭馆能免房租吗') // 'zh'
 *   detectLanguage('can my cafe get rent off') // 'en'
 *   detectLanguage('AI客服补贴') // 'zh' (one Han character weighs as much as a Latin word)
 *   detectLanguage('3w', 'en') // 'en' (no words either way: the fallback, e.g. the session's language)
 */
import type { Lang } from '../core/reply.js';

const han = /\p{Script=Han}/gu;
/** Two letters or more: a lone letter is a unit in Chinese shop talk ("3w", "5k"), not English. */
const latinWord = /[a-z]{2,}/gi;

/**
 * 'zh' when Han characters are at least as many as Latin words (a Han character carries about a word);
 * 'en' when there are Latin words and fewer Han characters; `fallback` when there is neither ("123", "👍").
 */
export function detectLanguage(text: string, fallback: Lang = 'zh'): Lang {
  const hanCount = text.match(han)?.length ?? 0;
  const wordCount = text.match(latinWord)?.length ?? 0;
  if (hanCount === 0 && wordCount === 0) return fallback;
  return hanCount >= wordCount ? 'zh' : 'en';
}

/**
 * Latin words that carry no language: Chinese owners type them as often as English speakers ("ok",
 * "3w", "rmb"). A message made only of these and numbers leaves the language undecided.
 */
const neutralWords = new Set(['ok', 'okay', 'okk', 'kk', 'rmb', 'cny', 'hmm', 'hm', 'emm', 'emmm', 'um', 'uh', 'lol', 'haha', 'hh', 'hhh', 'yuan', 'wan']);

/** The Chinese characters and the Latin words that carry a language (neutral ones left out). */
function languageCounts(text: string): { hanCount: number; words: string[] } {
  const hanCount = text.match(han)?.length ?? 0;
  const words = (text.match(latinWord) ?? []).filter((word) => !neutralWords.has(word.toLowerCase()));
  return { hanCount, words };
}

export interface LanguageReading {
  lang: Lang;
  /** false when nothing in the text decides (numbers, "15k", "ok", emoji): lang is then the fallback. */
  confident: boolean;
}

/**
 * The language and whether the text decides it.
 * @example readLanguage('15k', 'en') // { lang: 'en', confident: false }
 * @example readLanguage('ok') // { lang: 'zh', confident: false }
 * @example readLanguage('我们没裁员') // { lang: 'zh', confident: true }
 */
export function readLanguage(text: string, fallback: Lang = 'zh'): LanguageReading {
  const { hanCount, words } = languageCounts(text);
  if (hanCount === 0 && words.length === 0) return { lang: fallback, confident: false };
  return { lang: hanCount >= words.length ? 'zh' : 'en', confident: true };
}

/** Words that only a Chinese sentence has, never a name of the notice's ("房东是西城区的国企" has 是 and 的). */
const sentenceWord = /[的了吗呢吧啊呀是我你他她们这那有没不在和很就都也还要会能想说对]/;

/** A Chinese message this long moves an English conversation even when it names a fact: a sentence, not a term. */
const chineseSentence = 6;

/**
 * The language a message moves the conversation to, or null when it keeps the one in use. The owner's
 * dominant language decides, a Chinese character weighing about half an English word (a Chinese word is
 * about two characters). A mixed message moves the conversation only to the language that clearly
 * dominates it: a Chinese term in an English chat ("open 一直开着", "小微, like 8 staff") and an English
 * word in a Chinese one ("我的shop", "AI客服补贴") keep the language in use. `term`: the message names a
 * fact or an amount, so a short Chinese message ("区国资", "小微") is a term of the notice, not a switch;
 * a short one that names nothing ("你好") is the owner writing Chinese.
 * @example followLanguage('yes 在西城注册 and tax here', 'en') // null (stays English)
 * @example followLanguage('区国资', 'en', true) // null
 * @example followLanguage('hi 我们是SME, small noodle shop, landlord is 区国资 company', 'zh') // 'en'
 * @example followLanguage('房东是西城区的国企', 'en', true) // 'zh'
 * @example followLanguage('yes, 驻区政府性融资担保机构', 'en', true) // null
 */
export function followLanguage(text: string, current: Lang, term = false): Lang | null {
  const { hanCount, words } = languageCounts(text);
  if (hanCount === 0) return words.length >= 2 || words.some((word) => word.length >= 4) ? 'en' : null;
  const zh = hanCount / 2;
  const en = words.length;
  if (current === 'en') {
    if (en === 0) return hanCount >= chineseSentence || !term ? 'zh' : null;
    // "yes, 驻区政府性融资担保机构": a long Chinese name with no word of a Chinese sentence in it is still a term.
    if (term && !sentenceWord.test(text)) return null;
    return hanCount >= chineseSentence && zh >= 3 * en ? 'zh' : null;
  }
  return en >= 3 && en >= 2 * zh ? 'en' : null;
}
