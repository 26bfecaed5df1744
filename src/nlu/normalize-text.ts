/**
 * Text normalisation shared by the entity extractors. Every change maps one UTF-16 unit to one, so an
 * offset in the normalised text is the same offset in the user's text and mentions can quote the
 * original words.
 *
 * @example
 *   normalizeText('两萬５千\u3000RMB') // '两万5千 rmb'
 */
import { hasSimplifiedForm, simplifiedChar } from './traditional-chinese.js';

/**
 * Chat slang and pinyin-input homophones owners type on a phone, each mapped to the standard words of the
 * same length, so every grammar, cue and the classifier read "木有裁" as 没有裁 and "房组" as 房租 without
 * each list learning the variants. Only spellings that mean nothing else in a business chat are here: a
 * homophone that is also a real word (不贴, 西成路) is left alone.
 */
const slangToStandard: ReadonlyArray<readonly [string, string]> = [
  // 没有 in internet slang and Cantonese.
  ['木有', '没有'], ['米有', '没有'], ['么有', '没有'], ['莫有', '没有'], ['冇', '没'],
  // Pronouns and question words of northern speech and chat.
  ['俺们', '我们'], ['咱们', '我们'], ['俺', '我'], ['神马', '什么'], ['肿么', '怎么'], ['介个', '这个'],
  ['好滴', '好的'], ['是滴', '是的'], ['对滴', '对的'], ['恩恩', '嗯嗯'],
  // Pinyin-input slips on the notice's own words.
  ['房组', '房租'], ['防租', '房租'], ['房祖', '房租'], ['方租', '房租'], ['租巾', '租金'], ['免组', '免租'], ['减组', '减租'], ['租斤', '租金'],
  ['祝册', '注册'], ['住册', '注册'], ['补帖', '补贴'], ['担宝', '担保'], ['才员', '裁员'], ['材员', '裁员'],
  ['营页', '营业'], ['停页', '停业'],
  ['家盟', '加盟'], ['夫化器', '孵化器'], ['浮化器', '孵化器'], ['付化器', '孵化器'], ['孵化气', '孵化器'], ['担报', '担保'],
  ['稳刚', '稳岗'], ['稳钢', '稳岗'], ['国奇', '国企'], ['住测', '注册'], ['注测', '注册'], ['陪训', '培训'], ['直赢', '直营'],
  ['有儿园', '幼儿园'], ['幼儿圆', '幼儿园'], ['费律', '费率'], ['裁圆', '裁员'], ['区树', '区属'],
  // Voice recognition's slips on the same words.
  ['温岗', '稳岗'], ['中创空间', '众创空间'], ['区数国企', '区属国企'], ['区书国企', '区属国企'], ['趋属国企', '区属国企'],
  ['孵化机', '孵化器'],
  // 没有 and 不是 in 四川话 and 上海话.
  ['莫得', '没有'], ['呒没', '没有'], ['勿是', '不是'],
  // Cantonese words of owners from Hong Kong and Guangdong (after the traditional table: 係 is 系 by then).
  ['唔该', '谢谢'], ['唔系', '不是'], ['唔是', '不是'], ['唔知', '不知'], ['唔使', '不用'], ['唔好', '不好'], ['唔会', '不会'],
  ['唔可', '不可'], ['唔得', '不行'], ['唔在', '不在'], ['唔喺', '不在'], ['乜嘢', '什么'], ['嘅', '的'], ['哋', '们'], ['喺', '在'],
  ['咗', '了'], ['佢', '他'], ['呢个', '这个'], ['呢度', '这里'], ['而家', '现在'], ['仲有', '还有'], ['几多', '多少'],
  ['点样', '怎样'], ['系咪', '是否'], ['边个', '哪个'], ['咩', '啥'], ['攞', '拿'], ['畀', '给'], ['嗰', '那'], ['睇', '看'], ['搵', '找'],
];
// Never before 限: "红木有限公司" is a firm's name, not 没有.
const slangPattern = new RegExp(`(?:${slangToStandard.map(([slang]) => slang).join('|')})(?!限)`, 'g');
const standardOf = new Map(slangToStandard);
/** 木 as the question particle 吗 ("有上限木"): only at the end of a clause, so 木工 and 木材 stay wood. */
const questionMu = /(?<=[\u4e00-\u9fff])木(?=$|[\s,.;!?~。，；！？…])/g;
/**
 * The verbs and words of scope a clause-final 不 asks about, as 吗 does: "再担保费也减半不", "个体户也算不", "办公的也免不",
 * "还管用不", and after what is asked to exist: "有上限不". Only after these: "当然不", "肯定不" and "我们不" answer no,
 * and "对不起" goes on past the 不.
 */
export const questionBuAfter = '(?:[能行用效数以使成免减给批半算括含受有管补退报收请拿领合适折付交包]|有(?![点些])[^\\s,.;!?~。，；！？…不没]{1,6})';
/**
 * 不 as the question particle 吗 after one of questionBuAfter, at the end of a clause. The words before are matched, not
 * looked behind for: a lookbehind first is tried at every character, ten times slower on a turn's many reads.
 */
const questionBu = new RegExp(`${questionBuAfter}不(?=$|[\\s,.;!?~。，；！？…])`, 'g');
const asQuestionParticle = (words: string): string => `${words.slice(0, -1)}吗`;
/**
 * Cantonese 係 (= 是, "係區屬國企", "係啊", "我係小微企业"), which the traditional table has made 系: only where a
 * clause or a subject ends before it, so 联系, 关系 and 体系 stay, and never before the words it starts (系统).
 */
const cantoneseIs = /(?<=^|[\s,.;!?~、。，；！？…:：]|我|我们|他|他们|都|就|不|真|也|应该|确实)系(?!统|列|数|着|好|上|鞋|带|紧)/g;

/**
 * Full-width ASCII (U+FF01–FF5E) to half-width, the ideographic space to a space, ¥ variants to ¥,
 * curly apostrophes to ', ASCII letters to lower case, traditional characters to simplified (OpenCC's table),
 * chat slang, pinyin-input slips and Cantonese words to standard words (slangToStandard), Cantonese 係 to 是.
 */
export function normalizeText(text: string): string {
  // One message is normalised by the extractors, the classifier and the contact look-up in turn: the last
  // answer is kept, so the same text is normalised once.
  if (text === lastText) return lastNormalized;
  lastNormalized = standardSlang(normalizeUncached(text));
  lastText = text;
  return lastNormalized;
}

let lastText: string | undefined;
let lastNormalized = '';

function normalizeUncached(text: string): string {
  // Most messages have nothing to change here (no capitals, full-width forms or traditional characters): they are
  // read through once by code, instead of being rebuilt character by character.
  if (!needsMapping(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) {
      out += lowerAscii(String.fromCharCode(code - 0xfee0));
    } else if (code === 0x3000) {
      out += ' ';
    } else if (code === 0xffe5) {
      out += '¥';
    } else if (code === 0x2018 || code === 0x2019) {
      out += "'";
    } else if (code >= 0x41 && code <= 0x5a) {
      out += String.fromCharCode(code + 32);
    } else {
      const char = text.charAt(i);
      out += simplifiedChar(char) ?? char;
    }
  }
  return out;
}

/** Whether normalizeUncached's loop would change any unit of the text (the same tests, by code). */
function needsMapping(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code >= 0xff01 && code <= 0xff5e) || code === 0x3000 || code === 0xffe5 || code === 0x2018 || code === 0x2019
      || (code >= 0x41 && code <= 0x5a) || hasSimplifiedForm(code)) return true;
  }
  return false;
}

function standardSlang(text: string): string {
  const standard = text.replace(slangPattern, (slang) => standardOf.get(slang) ?? slang).replace(questionMu, '吗').replace(cantoneseIs, '是');
  return standard.includes('不') ? standard.replace(questionBu, asQuestionParticle) : standard;
}

function lowerAscii(char: string): string {
  return char >= 'A' && char <= 'Z' ? char.toLowerCase() : char;
}

/** Characters that end a clause: a cue before one of them does not reach past it. */
export const clauseBoundary = /[,.;!?\n。；！？]/;

/**
 * The text of the clause that ends at `end`, looking back no further than `floor`.
 * @example clauseBefore('月租2万,两个月一共4万', 14, 0) // '两个月一共'
 */
export function clauseBefore(text: string, end: number, floor: number): string {
  let start = end;
  while (start > floor && !clauseBoundary.test(text.charAt(start - 1))) start -= 1;
  return text.slice(start, end);
}

/**
 * The text of the clause that starts at `start`, up to `ceiling`.
 * @example clauseAfter('2万/月,还有', 2, 10) // '/月'
 */
export function clauseAfter(text: string, start: number, ceiling: number): string {
  let end = start;
  while (end < ceiling && !clauseBoundary.test(text.charAt(end))) end += 1;
  return text.slice(start, end);
}
