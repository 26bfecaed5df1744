/**
 * A value the owner takes back in the same message: "两万，哦不对，两万二", "区属国企，不对，是央企的", "办公，不对不对，
 * 是门店", "20k, sorry, 22k", "district SOE, no wait, central", "office - sorry, I mean it's a shop". What follows the
 * marker is the answer; what stands before it is the slip. Two readings share the markers:
 * - between two figures (`retractsFigure`): the first figure is dropped, the second kept;
 * - between two clauses (`correctedTail`): the facts named after the marker win over those named before it.
 *
 * @example correctedTail('办公，不对不对，是门店') // [{ start: 8, end: 11 }]
 * @example retractsFigure('，哦不对，') // true
 */

/**
 * Sounds before a marker: "哦不对", "哎呀说错了", "oh sorry", "um, I mean", and the fillers of voice-to-text with no
 * punctuation ("两万五然后不对不对是两万八", "那个不对").
 */
const interjection = String.raw`(?:(?:哦|噢|喔|啊|呃|额|嗯|哎呀|哎哟|哎|唉|然后|那个|就是说|oh|oops|um+|uh+|er+|hmm+|well)[\s,，.。…!！~～]*)?`;
/** The markers themselves (a bare 不是 / 哦不 only standing alone: "两万，不是两万二" denies the second figure instead). */
const markerZh = String.raw`不对不对|不对|不是不是|不是(?=[\s,，.。…!！~～])|哦不(?=[\s,，.。…!！~～])|噢不(?=[\s,，.。…!！~～])|说错了?|记错了?|搞错了?|弄错了?|看错了?|写错了?|错了|口误|更正一下|纠正一下|我是说|应该说|准确(?:地|的)?说`;
const wordsEn = String.raw`no,?\s*wait|wait,?\s*no|sorry,?\s*(?:i mean|i meant|no)|sorry|i mean|i meant|my (?:bad|mistake)|correction|scratch that|or rather|actually,?\s*no|oops`;
/** Between two figures a bare "no" takes back too ("20k, no, 22k"); between clauses it is too common ("no one made us"). */
const markerEn = String.raw`(?<![a-z])(?:${wordsEn}|no)(?![a-z])`;
/** Words that may stand between the marker and the new value: "是", "一共是", "it's". */
const filler = String.raw`(?:[\s,，.。…!！~～:：—-]|[0-9一二三四五六七八九十]\s*月份?的?(?:也|还)?|(?<![a-z])(?:march|april)(?:'s)?(?![a-z])|是|应该是|其实是|实际是|就是|一共是?|总共是?|(?<![a-z])(?:it'?s|it is|it was|is|was|no)(?![a-z]))*`;

/**
 * Only a marker and filler between two figures: "，哦不对，", "，不对，是", "，哦不对，一共是", ", sorry, ", ", no wait, ",
 * ", I mean ", " - my mistake, ". The same marker with other words beside it ("March 20k, actually April 22k",
 * "20k, sorry, the reduction was 5k") takes nothing back.
 */
const betweenFigures = new RegExp(String.raw`^[\s,，.。…!！~～:：;；—-]*${interjection}(?:${markerZh}|${markerEn}|actually)${filler}$`, 'i');

/** Whether the words between two figures take the first one back. `between` is lower-cased text. */
export function retractsFigure(between: string): boolean {
  return betweenFigures.test(between);
}

/** A marker standing between two clauses: after a break, before a break, 是 or the new words. */
const betweenClauses = new RegExp(
  String.raw`[\s,，.。…!！~～;；—-]+${interjection}(?:不对不对|不对|不是不是|不是(?!我们(?!是))|哦不|噢不|说错了?|记错了?|搞错了?|弄错了?|看错了?|错了|啊不|呃不|口误|更正一下|纠正一下|我是说|(?<![a-z])(?:${wordsEn}|well,?\s*no)(?![a-z]))(?=[\s,，.。…!！~～:：—-]|是|我们|其实|应该|实际|$)`,
  'gi',
);

/** Where the corrected words stand in the message (the normalised text keeps the user's offsets). */
export interface Span { start: number; end: number }

/**
 * The words after the last clause-level retraction, most telling first: its first clause ("是门店" of "办公，不对不对，
 * 是门店，楼上才是办公": the rest is the owner explaining the slip), then all of it. Empty when the message takes
 * nothing back; the marker must follow something said ("不对，我们是分公司" opening a message is a plain no).
 *
 * @example correctedTail('办公，不对不对，是门店，楼上才是办公') // [{ start: 8, end: 11 }, { start: 8, end: 17 }]
 */
export function correctedTail(normalized: string): Span[] {
  let start = -1;
  for (const match of normalized.matchAll(betweenClauses)) {
    if (match.index > 0 && /\S/.test(normalized.slice(0, match.index))) start = match.index + match[0].length;
  }
  if (start < 0) return [];
  while (start < normalized.length && /[\s,，.。…!！~～:：—-]/.test(normalized.charAt(start))) start += 1;
  const end = normalized.length;
  if (start >= end) return [];
  const stop = normalized.slice(start).search(/[,，.。;；!！?？]/);
  return stop > 0 && start + stop < end ? [{ start, end: start + stop }, { start, end }] : [{ start, end }];
}
