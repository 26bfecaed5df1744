/**
 * Text normalisation shared by the entity extractors. Every change maps one UTF-16 unit to one, so an
 * offset in the normalised text is the same offset in the user's text and mentions can quote the
 * original words.
 *
 * @example
 *   normalizeText('两萬５千\u3000RMB') // '两万5千 rmb'
 */

/**
 * Traditional forms of the characters our numerals, months and synonyms use, mapped to simplified.
 * Owners in Hong Kong or on a traditional input method type 飯館, 餐廳, 兩萬; a short table beats a
 * full converter here because only these characters reach a pattern.
 */
const traditionalToSimplified: Record<string, string> = {
  萬: '万', 億: '亿', 兩: '两', 貳: '贰', 參: '叁', 陸: '陆', 塊: '块', 錢: '钱', 圓: '圆', 個: '个',
  館: '馆', 廳: '厅', 飯: '饭', 飲: '饮', 麵: '面', 點: '点', 賣: '卖', 鋪: '铺', 舖: '铺',
  髮: '发', 發: '发', 園: '园', 訓: '训', 練: '练', 書: '书', 區: '区', 屬: '属', 國: '国', 東: '东',
  業: '业', 營: '营', 開: '开', 門: '门', 場: '场', 眾: '众', 創: '创', 間: '间', 連: '连', 鎖: '锁',
  對: '对', 沒: '没', 員: '员', 無: '无', 確: '确', 會: '会', 體: '体', 戶: '户', 務: '务',
  辦: '办', 樓: '楼', 寫: '写', 從: '从', 總: '总', 額: '额', 後: '后', 這: '这', 來: '来',
  還: '还', 廠: '厂', 產: '产', 歷: '历', 張: '张', 啟: '启', 與: '与', 幾: '几', 類: '类',
  減: '减', 補: '补', 貼: '贴', 請: '请', 聯: '联', 繫: '系', 電: '电', 話: '话', 運: '运', 維: '维',
  歲: '岁', 號: '号', 週: '周', 淨: '净', 實: '实', 際: '际', 倆: '俩', 許: '许', 說: '说', 準: '准',
  約: '约', 雜: '杂', 貨: '货', 薦: '荐', 設: '设', 計: '计', 協: '协', 議: '议', 處: '处', 專: '专',
  機: '机', 構: '构', 兒: '儿', 學: '学', 師: '师', 習: '习', 課: '课', 級: '级', 婦: '妇',
};

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
];
// Never before 限: "红木有限公司" is a firm's name, not 没有.
const slangPattern = new RegExp(`(?:${slangToStandard.map(([slang]) => slang).join('|')})(?!限)`, 'g');
const standardOf = new Map(slangToStandard);
/** 木 as the question particle 吗 ("有上限木"): only at the end of a clause, so 木工 and 木材 stay wood. */
const questionMu = /(?<=[\u4e00-\u9fff])木(?=$|[\s,.;!?~。，；！？…])/g;

/**
 * Full-width ASCII (U+FF01–FF5E) to half-width, the ideographic space to a space, ¥ variants to ¥,
 * curly apostrophes to ', ASCII letters to lower case, common traditional characters to simplified,
 * and chat slang to standard words (slangToStandard).
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
      out += traditionalToSimplified[char] ?? char;
    }
  }
  return out;
}

function standardSlang(text: string): string {
  return text.replace(slangPattern, (slang) => standardOf.get(slang) ?? slang).replace(questionMu, '吗');
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
