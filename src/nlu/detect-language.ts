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
