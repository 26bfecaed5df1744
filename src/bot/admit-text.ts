/**
 * The first step of a turn: clean the text and refuse what cannot be read (empty, too long) with a
 * reply that says what is expected, before any lock or store is touched.
 */
import { MAX_MESSAGE_CHARS } from '../core/message.js';
import type { Lang, Reply } from '../core/reply.js';

/** Control characters (other than line breaks) are dropped: they only break rendering downstream. */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
}

function plainReply(lang: Lang, text: string, intent: string): Reply {
  return { text, lang, intent, confidence: 0, measures: [], awaiting: null, options: [], results: [], contacts: [], card: null };
}

/**
 * The reply refusing a cleaned text that cannot be read, or null when it can.
 *
 * @example refuseUnreadable('', 'zh')?.intent // 'empty'
 */
export function refuseUnreadable(text: string, lang: Lang): Reply | null {
  if (!text) {
    return plainReply(lang, lang === 'zh' ? '请输入您的问题，例如"我的饭馆租的区属国企门面，3、4月房租能免吗？"' : 'Please type a question, e.g. "Can my restaurant get its March and April rent waived?"', 'empty');
  }
  if (text.length > MAX_MESSAGE_CHARS) {
    return plainReply(lang, lang === 'zh' ? `消息太长了（最多${MAX_MESSAGE_CHARS}字），请简短描述您的问题。` : `That message is too long (at most ${MAX_MESSAGE_CHARS} characters); please ask in a few words.`, 'too_long');
  }
  return null;
}
