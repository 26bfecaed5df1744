/**
 * A plain yes or no, and "I don't know", in Chinese and English: 是, 是的, 对, 嗯, 有, 没有, 不是, 没,
 * 没裁员, 一个没裁, yes, yep, yeah, nope, no, not really; unsure: 不知道, 不清楚, 不确定, 说不好, not sure,
 * don't know, dunno.
 *
 * The answer is the polarity of what the owner said, read from how the message starts: "没裁员" and
 * "不是连锁" are `false`. Whether that is good news depends on the question, so a dialog asking about a
 * fact should prefer the fact read from the same words (没裁员 → layoffs: none) over this polarity.
 * Questions back ("是不是要交?", "有没有补贴") are not answers: null.
 *
 * @example
 *   extractYesNo('嗯，没有') // { yesNo: false, unsure: false }
 *   extractYesNo('说不好')   // { yesNo: null, unsure: true }
 */
import { normalizeText } from './normalize-text.js';

export interface YesNoReading {
  yesNo: boolean | null;
  unsure: boolean;
}

const unsure =
  /(不知道|不清楚|不太清楚|不大清楚|不太确定|不太记得|不确定|说不好|说不准|不好说|不晓得|不一定|没想好|不记得|记不清|不太懂|搞不清|not sure|unsure|not certain|don'?t know|do not know|dunno|no idea|no clue|maybe|perhaps|可能吧|也许|或许)/;
/** A hedge before a figure ("cut maybe 5 percent", "也许两三个") rounds the figure; it is no "I don't know". */
const hedge = /(?<![a-z])(?:maybe|perhaps)(?![a-z])|可能吧|也许|或许/g;
const figure = /[\d一二两三四五六七八九十]|(?<![a-z])(?:one|two|three|four|five|six|seven|eight|nine|ten|half|a few|a couple)(?![a-z])/;
const question = /(是不是|有没有|对不对|是否|能不能|可不可以|行不行|吗|\?)/;
/** Sounds and apologies before an answer: "不好意思，去年同期其实是80万" apologises, its 不 says no "no". */
const fillers = /^(?:嗯+|呃+|额+|哦+|噢+|唔+|啊+|那个|不好意思|抱歉|emm+|um+|uh+|well|hmm+|oh)[\s,.!~…，。、]*/;
/** An operator relaying the caller: "对方说没有", "来电人称是的", "caller says no": the caller's words are the answer. */
const relayed = /^(?:对方|他|她|客户|来电人|来电者|来电|店主|老板|业主|市民|caller|the caller|customer|the customer|client|the client|owner|the owner|she|he|they)\s*(?:说|称|表示|讲|回答|答|反映|says|said|reports|reported|states|stated|tells me|told me|answers|answered|confirms|confirmed)\s*[:：,，]?\s*(?:that\s+)?(?=\S)/;
const no =
  /^(?:我们?|咱们?|他们?|她们?|i|we|they|he|she|it|that|this)?\s*(?:(?:did|do|does|has|have|is|are|was|were) not(?![a-z])|(?:is|are|was|were|do|does|did|has|have|had)n'?t(?![a-z])|negative(?![a-z])|nay(?![a-z])|不是|不对|没有|没|无|不用|不需要|不行|不算|并没有|并不|否|不(?![过少到管仅但错多])|no(?![a-z])|nope|nah|nil(?![a-z])|not(?![a-z])|never|none|n(?![a-z])|don'?t|doesn'?t|didn'?t|isn'?t|aren'?t|wasn'?t|haven'?t|hasn'?t|we don|i don)/;
/** Hedged answers, read as the yes or no they lean to ("I think so", "应该是吧", "probably not"). */
// "yeah nah" is an Australian no.
const hedgedNo = /^(?:yeah[\s,]*nah(?![a-z])|(?:i\s+)?(?:(?:don'?t|do not) think so|doubt it|probably not|应该不是|应该没有|估计不是|估计没有))/;
const hedgedYes = /^(?:(?:i\s+)?(?:think|believe|guess|suppose) so|should be(?:\s+(?:yes|right|ok))?\s*[.!]*$|应该是(?:的|吧)?\s*[。!！]*$|应该有(?:的|吧)?\s*[。!！]*$|估计是(?:的|吧)?\s*$)/;
/**
 * A no of the opposite, which is a yes: "没有不在西城的" (none outside Xicheng), "没有不培训的", "没有哪个月不组织",
 * "not registered anywhere else", "nowhere else", "没在别的区注册过". Read before the plain no it starts like.
 */
export const doubleNegative =
  /^(?:我们|我|这边)?\s*(?:没有|没|并没有|不是|也不是|并不是)(?:哪个月|哪一个|哪个|哪家|哪天|哪次|谁|一个|人|员工)?\s*不(?![良少到足过仅但错多太大用知清确])|(?<![a-z])(?:not|never|n't)\s+(?:\w+\s+){0,3}(?:anywhere|somewhere) else(?![a-z])|(?<![a-z])nowhere else(?![a-z])|(?<![a-z])(?:not|n't)\s+(?:\w+\s+){0,2}outside (?:of )?xicheng|不在西城以外|不是(?:在)?西城以外|(?:没有?|不|从没)(?:在)?(?:别的|其他|其它)(?:地方|区)/;
/**
 * A rhetorical "who didn't?": "那会儿谁不是延期开学", "哪家不是关着的", "哪个学校没推迟": everyone did, the owner too, so
 * the negation after it is a yes. (Not "谁没事搞培训", who would bother: that is 没事, a no.)
 */
const rhetoricalSubject = '(?:谁|谁家|哪家|哪一家|哪个|哪所|哪间)(?:学校|幼儿园|民办园|园所|园|培训机构|机构|店|门店|饭馆|商户|单位|公司|企业)?(?:都|又|还|会)?';
export const rhetoricalWho = new RegExp(`${rhetoricalSubject}$`);
/** The rhetorical negation itself ("谁不是", "哪家没", "那能不推迟吗"), to be read as no negation at all. */
export const rhetoricalNegation = new RegExp(`${rhetoricalSubject}(?:不是|没有?(?![事空功工时心钱闲])|不(?![想用会知能]))|(?<![可])能不(?!能|行|了)(?=[^,，。.？?]{1,8}(?:吗|么|嘛))`);

/**
 * A thumbs-up or a tick typed as the answer ("👍", "👌", "✅"): yes; a thumbs-down or a cross ("👎", "❌", "🙅"): no.
 * Phone keyboards offer them beside the reply box, and a chat owner answers with one as often as with 是.
 */
const yesSign = /^(?:👍|👌|✅|✔|☑|🙆|🆗|💯|🤝)/u;
const noSign = /^(?:👎|❌|✖|❎|🙅|🚫)/u;
const noAnywhere = /(一个(?:人)?(?:都|也)?没|一个都不|一个也不|都没有|全都没|从来没|从没)/;
const yes =
  /^(?:我们?|咱们?|他们?|她们?|i|we|they|he|she)?\s*(?:(?<=(?:they|he|she)\s*)(?:did|do|does|has|have)(?![a-z])(?!\s*(?:not|n't))|是|对(?!方)|嗯|有(?![点些时])(?!的[^\s,，。.!！~])|好|可以|行|没错|没问题|不错|当然|确实|属于|算是|yes|yep|yeah|yup|ya(?![a-z])|sure|correct|right|that'?s (?:right|correct|true|it)|that is (?:right|correct)|exactly|of course|indeed|absolutely|definitely|ok(?:ay)?(?![a-z])|true|affirmative|certainly|obviously|for sure|you bet|aye(?![a-z])|yea(?:h)?(?![a-z])|yah(?![a-z])|y(?![a-z])|(?:i do|we do|i did|we did|it is|we are|i am|i have|we have)(?![a-z']))/;

/** Reads a yes, a no or an "I don't know" from a short answer. */
export function extractYesNo(text: string, normalized: string = normalizeText(text)): YesNoReading {
  const answer = normalized.trim();
  const hedgedFigure = figure.test(answer) ? answer.replace(hedge, ' ') : answer;
  const doubt = unsure.exec(hedgedFigure);
  if (doubt) {
    // "not sure... nah we didnt do any training", "不清楚，应该没有": the doubt, then the answer after it.
    const after = answer.slice(doubt.index + doubt[0].length).replace(/^[\s.…,，。;；!！~-]+(?:but|actually|wait|though|其实|不过|但是?)?[\s,，]*/, '');
    const settled = after !== answer.slice(doubt.index + doubt[0].length) && after.length > 0 && !unsure.test(after) && !question.test(after)
      ? readPolarity(after.replace(fillers, '')) ?? leaning(after) : null;
    return settled === null ? { yesNo: null, unsure: true } : { yesNo: settled, unsure: false };
  }
  if (question.test(answer)) return { yesNo: null, unsure: false };
  const rest = answer.replace(fillers, '').replace(relayed, '');
  const polarity = readPolarity(rest) ?? concluded(rest);
  if (polarity !== null) return { yesNo: polarity, unsure: false };
  // A bare 嗯 (or 嗯 before something that is neither yes nor no) is assent.
  return { yesNo: /^嗯/.test(answer) ? true : null, unsure: false };
}

/** A reason, then the answer it leads to: "we were closed, so no", "人都回家了 所以没有". */
const conclusion = /(?:^|[,，.。;；\s])(?:so|所以|那就|因此)\s*[,，]?\s*(no|nope|not really|yes|yeah|没有|没|不是|有|是的?)\s*[.!。！]*$/;

function concluded(answer: string): boolean | null {
  const word = conclusion.exec(answer)?.[1];
  return word === undefined ? null : !/^(?:no|nope|not|没|不)/.test(word);
}

/** After a doubt, a leaning: "应该组织过" (yes), "probably not" (no), read by whether a negation stands in it. */
function leaning(answer: string): boolean | null {
  if (!/^(?:应该|估计|大概|好像|我觉得|(?:i )?think|i believe|probably|pretty sure|i guess)/.test(answer)) return null;
  return !/[不没未]|(?<![a-z])(?:not|no|never)(?![a-z])|n't/.test(answer);
}

function readPolarity(answer: string): boolean | null {
  // 没错, 没问题, 不错 start like a no but mean yes.
  if (/^(?:没错|没问题|不错)/.test(answer)) return true;
  if (hedgedNo.test(answer) || noSign.test(answer)) return false;
  if (hedgedYes.test(answer)) return true;
  if (doubleNegative.test(answer)) return true;
  if (no.test(answer) || noAnywhere.test(answer)) return false;
  if (yes.test(answer) || yesSign.test(answer)) return true;
  return null;
}
