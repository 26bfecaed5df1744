/**
 * A question comparing the owner's case with another kind of business ("is this the same deal as normal shops get?",
 * "跟普通商户一样吗"): the kind named is the other side of the comparison, no fact of theirs. Asked while the bot waits
 * for a fact, it is an aside: a short answer and the pending question again, never a value for that fact. (The
 * fee's halving asked at the rate, "再担保费也减半吗", is kept from the rate by the rate reader, extract-percent.ts.)
 *
 * @example comparesWithOthers('is this the same deal as normal shops get, or different?') // true
 */
import { questionCue } from './text-cues.js';

/** "same as", "一样", "有区别吗": the message compares the owner's case with another. */
const comparison = /一样|相同|不同|有区别|啥区别|什么区别|差别|同等待遇|一个待遇|(?<![a-z])(?:same (?:deal|as|thing|terms|rules|treatment|rate|benefit)|the same|different(?:ly)?|differ|like (?:normal|regular|ordinary|other)|as (?:normal|regular|ordinary|other) (?:shops|stores|businesses|companies|firms|tenants))(?![a-z])/i;

const sentenceEnd = /(?<=[。.!！?？;；\n])/;

/**
 * Whether a question compares the owner's case with another kind ("is this the same deal as normal shops get, or
 * different?") and says nothing else: a sentence told beside it ("延期了。跟普通商户一样吗？") may answer.
 */
export function comparesWithOthers(text: string): boolean {
  if (!questionCue.test(text)) return false;
  const told = text.split(sentenceEnd).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
  return told.length > 0 && told.every((sentence) => comparison.test(sentence));
}
