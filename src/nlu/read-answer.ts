/**
 * The grammar of an answer to one question. When the bot has asked for a fact, the reply is read first
 * as that fact's answer, in the owner's words rather than the button labels: "社区通知我们关的" answers
 * "open or closed under the rules?", "房租店里自己出" answers "does the store pay the rent?", "健身房"
 * answers "what line of business?" (other). These readings are only tried for the fact asked: out of
 * context "我们自己出" or "律所" says nothing.
 *
 * @example
 *   readAnswer('operatingStatus', '按街道要求歇了一个多月') // 'closedPerRules'
 *   readAnswer('paysRent', '总公司出的') // false
 *   readAnswer('industry', '我们是开健身房的') // 'other'
 */
import type { FactName } from '../policy/facts.js';
import { normalizeText } from './normalize-text.js';

type Reader = (normalized: string) => string | boolean | undefined;

/** The authorities and their orders: a closure under these was under the rules. */
const ordered =
  /(通知|要求|规定|命令|勒令|责令|政策|统一|防控|社区|街道|居委会|政府|上面|上级|市场监管|工商|被迫|不让|不许|不准|禁止|封控|封了|rules?(?![a-z])|required|requirement|ordered|order(?![a-z])|mandat|authorit|government|officials|lockdown|locked down|restrictions?|regulations?|were told to|told (?:us|them|her|him|me) to|had to close|made (?:us|them|her|him|me)|street office|sub-?district|neighbou?rhood committee|forced|committee|police|banned|not allowed)/;
/** The epidemic named as the reason, when nothing else is. */
const epidemic = /(疫情|防疫|新冠|肺炎|epidemic|pandemic|covid|coronavirus|outbreak|virus)/;
/** The owner's own reasons and choices. */
const ownChoice =
  /(装修|翻修|翻新|改造|自己|主动|自愿|自行|趁机|顺便|回老家|过年|放假|没生意|生意不好|没客人|没人来|搬家|休息|个人原因|renovat|refurbish|remodel|redecorat|redo|re-do|rebuild|fit[- ]?out|refit|interior|our own|by choice|chose|decided|voluntar|holiday|vacation|no customers|no business|personal reasons|moving|ourselves|business was (?:dead|slow|bad)|new year|spring festival)/;
const closedWord = /(关|停|歇业|歇了|休业|闭店|暂停|不营业|没开|没营业|不让开|不让营业|不许营业|不准营业|禁止营业|封控|shut|clos|stopped trading|suspended|not allowed to open)/;
const openWord = /(开着|营业|开门|没关|没停|照常|外卖|上班|开工|没歇|干着|办公|stayed open|kept open|open(?![a-z])|trading|operating|working|never closed|didn't close|did not close)/;

/** "不是政府要求的", "nobody ordered us to": the order is denied, so the owner's own reason stands. */
const orderDenied = /(不是|并非|没有|没人|not|wasn't|weren't|nobody|no one)[^,，。;；]{0,6}(要求|规定|通知|命令|ordered|required|rules|told)/;

/**
 * Part of the business kept going while the rest stopped ("停了堂食 外卖一直做", "closed dine-in but kept doing
 * delivery"): the business stayed open. The kept part is named with a word of carrying on, so "外卖也停了" is not it.
 */
const keptPart = '(外卖|外送|配送|送货|送餐|线上|网上|网店|打包|自提|电话订|delivery|deliveries|takeaway|take-away|takeout|take-out|online|pickup|pick-up)';
const carriedOn = '(一直|还|照常|照样|继续|坚持|正常|没停|只|就|光|仍|kept|keep|still|continued|carried on|only|just)';
const partlyOpen = new RegExp(`${keptPart}[^,，。;；]{0,6}${carriedOn}|${carriedOn}[^,，。;；]{0,8}${keptPart}`);
/** The part stopped too: "外卖也停了", "外卖还没开始", "no delivery either". */
const partStopped = new RegExp(`${keptPart}(也|都|还)?(停|没|不|关)|(no|not|stopped|without|nor)\\s+(any\\s+|the\\s+|doing\\s+)?${keptPart}|${keptPart}\\s+(stopped|closed|too|either)`);

function readOperatingStatus(normalized: string): string | undefined {
  const closed = closedWord.test(normalized) && !/(没关|没停|没有关|没有停|未停|未关|从未|从没|不曾|never (?:closed|shut|stopped)|didn't (?:close|shut|stop)|did not (?:close|shut|stop)|not close|not shut)/.test(normalized);
  if (!closed) return openWord.test(normalized) ? 'open' : undefined;
  if (partlyOpen.test(normalized) && !partStopped.test(normalized)) return 'open';
  // "关了，不是政府要求的", "nobody told us to": closed, and not under the rules, whatever the reason.
  const denied = orderDenied.test(normalized);
  if (ordered.test(normalized) && !denied) return 'closedPerRules';
  if (denied || ownChoice.test(normalized)) return 'closedOther';
  return epidemic.test(normalized) ? 'closedPerRules' : undefined;
}

/** Who pays: the parent company (false) or the store itself (true), with a negation flipping it. */
const parentPayer = /(总部|总公司|集团|公司总部|母公司|上级公司|总店|head office|headquarters|\bhq\b|parent company|the group|corporate)/;
const storePayer = /(店里|分店|门店|分公司|本店|我们|咱们|自己|我|本门店|这边|the store|the branch|the shop|ourselves|we (?:do|pay|cover|bear)|i (?:do|pay|cover)|we pay|on our own|our own pocket|out of our pocket|itself)/;
/** A negation just before the parent's name: "不是总部付", "not the head office". */
const parentDenied = /(不是|不由|并非|不归|不用|not|isn't|it's not|not by)\s*(?:由|the|by)?\s*$/;
/** The store denied: "店里不出", "we don't pay". */
const storeDenied = /(不出|不付|不交|不承担|没出|没付|don't pay|do not pay|doesn't pay|does not pay|not us|not the store|not the branch)/;

function readPaysRent(normalized: string): boolean | undefined {
  const parentAt = normalized.search(parentPayer);
  // The parent named is the more specific answer ("我们是总部付"), unless it is denied.
  if (parentAt >= 0) return parentDenied.test(normalized.slice(Math.max(0, parentAt - 8), parentAt));
  if (storePayer.test(normalized)) return !storeDenied.test(normalized);
  return undefined;
}

/**
 * A line of business the synonyms do not list is `other`: an answer that names a business ("开健身房的",
 * "做服装批发", "律所", "a dental clinic", "we sell flowers"), or a short plain answer in words. Questions,
 * greetings and cancels are not answers.
 */
const businessWord =
  /(店|馆|行(?!不行)|厂|所|院|中心|公司|工作室|批发|零售|贸易|生意|门市|档口|铺|坊|社|吧|房|部|站|厅|业|做|卖|开|经营|搞|shop|store|studio|gym|firm|company|business|agency|clinic|wholesale|retail|trading|practice|factory|workshop|bar(?![a-z])|pub(?![a-z])|we (?:run|do|sell|make|are)|i (?:run|do|sell|make)|selling|making|dealer|supplier)/;
const notAnAnswer =
  /([?？]|吗|呢|啥|什么|怎么|为什么|谁|哪|不知道|不清楚|说不好|你好|您好|谢谢|多谢|取消|算了|退出|人工|帮助|菜单|重来|\b(?:what|why|how|who|where|which|hello|hi|hey|thanks|thank you|cancel|stop|help|menu|human|agent|not sure|don't know|dunno)\b)/;

function readIndustry(normalized: string): string | undefined {
  const text = normalized.trim();
  if (text.length === 0 || notAnAnswer.test(text) || /\d/.test(text)) return undefined;
  if (businessWord.test(text)) return 'other';
  // A short answer in words ("服装", "律师", "plumbing") names a trade even without 店 or "shop".
  const letters = text.replace(/[\s,.!~，。！、]/g, '');
  if (/^\p{Script=Han}{2,8}$/u.test(letters) || /^[a-z][a-z\s-]{2,30}$/.test(text)) return 'other';
  return undefined;
}

/** A bare count answering "did you lay anyone off?": "两个", "3个人", "有，两个", "0" (none). */
const nobody = /^(?:nobody|no one|none|not one|not a single one|zero|没人|谁都没|一个没有|一个也没有)[.!。！]?$/;
const bareCount = /^(?:有|有的|裁了|辞了|走了|是的?|yes|yeah|yep)?[,，\s]*(\d{1,4}|[零一二两三四五六七八九十]{1,3})\s*(?:个|名|位)?\s*(?:人|员工|people|persons|staff|employees)?\s*(?:吧|左右|而已)?[.。!！]?$/;

function readLayoffs(normalized: string): string | undefined {
  if (nobody.test(normalized.trim())) return 'none';
  const match = bareCount.exec(normalized.trim());
  if (!match) return undefined;
  const count = match[1] ?? '';
  return /^(?:0+|零)$/.test(count) ? 'none' : 'few';
}

/**
 * A yes/no fact answered by restating it: "组织了", "培训过" (training organised), "延期开园了", "在西城"
 * (registered there), "区政府的担保公司". The fact's own words with no negation are a yes, with one a no.
 * Words that are themselves the yes ("没开园" means the opening was delayed) are listed as `positive`.
 */
const restated: Partial<Record<FactName, { words: RegExp; positive?: RegExp; negative?: { words: RegExp; unless: RegExp } }>> = {
  organizesTraining: { words: /(培训|组织|办班|上课|train)/ },
  openingDelayed: { words: /(延期|推迟|延迟|晚开|停课|delay|postpone|suspend)/, positive: /(没开园|没开学|没开课|没有开园|没有开学|一直没开|not open)/ },
  registeredInXicheng: { words: /(西城|xicheng)/ },
  districtInstitution: { words: /(驻区|西城|区政府|区里|区属|district)/ },
  // "独立的", "自己开的", "independent": a store of its own is no branch.
  chainBranch: { words: /(分公司|直营|连锁|分店|branch|chain)/, negative: { words: /(独立|自己开|个人开|单独开|自己的店|independent|my own|our own (?:shop|store|business))/, unless: /(分公司|直营|分店|branch)/ } },
  approvedByEducationCommission: { words: /(教委|审批|批准|批的|认定|许可|approved|licensed|licence|license)/ },
};
const negation = /(不是|没有|没|不|未|非|not(?![a-z])|no(?![a-z])|never|isn't|wasn't|didn't|haven't|hasn't|aren't)/;

/** Words that start like a no and mean yes: "都在西城 没问题". */
const assent = /没问题|没错|不错|没毛病|no problem|no doubt/g;

function readRestated(fact: FactName, text: string): boolean | undefined {
  const grammar = restated[fact];
  if (!grammar) return undefined;
  const normalized = text.replace(assent, '');
  if (grammar.positive?.test(normalized)) return true;
  if (grammar.negative && grammar.negative.words.test(normalized) && !grammar.negative.unless.test(normalized)) return false;
  if (!grammar.words.test(normalized)) return undefined;
  return !negation.test(normalized);
}

/** Who the landlord is, in the words owners use for each: 西城区的国企, "the district's state-owned firm", 民营房东. */
const landlordWords: Array<[RegExp, string]> = [
  [/(区属|区级|区里|区的|区国资|西城区?的?|district'?s?)\s*(?:的|own(?:ed)?|government)?\s*(?:国企|国有|国资|state[- ]owned|soe|state company|state firm)/, 'districtSoe'],
  // "state-owned, district level", "国企，区里的": the owner names the kind first, then whose.
  [/(国企|国有|国资|state[- ]owned|\bsoe\b|state company|state firm)[^.;。；]{0,16}(区属|区级|区里|区的|西城|district|xicheng)/, 'districtSoe'],
  [/(央企|中央|central)/, 'centralSoe'],
  [/(市属|市里|市国资|北京市的?国企|city|municipal)/, 'other'],
  [/(民营|私人|个人|私企|老百姓|private|individual|a person|privately)/, 'private'],
];

function readLandlord(normalized: string): string | undefined {
  return landlordWords.find(([pattern]) => pattern.test(normalized))?.[1];
}

/** What the premises are used for: trading, teaching or running the school is business; 办公 is office. */
const officeUse = /(办公|写字楼|office)/;
const businessUse = /(铺|店|商场|经营|买卖|生意|营业|门脸|门面|商用|档口|摊|仓库|库房|厂房|车间|生产|加工|办园|办学|教学|上课|园所|卖|school|teaching|classroom|retail|trading|business|selling|store|shop|restaurant|warehouse|storage|factory|production|stall)/;

function readPremises(normalized: string): string | undefined {
  if (officeUse.test(normalized) && !/(不是办公|不办公|not (?:an |as an )?office)/.test(normalized)) return 'office';
  return businessUse.test(normalized) ? 'business' : undefined;
}

const readers: Partial<Record<FactName, Reader>> = {
  landlordType: readLandlord,
  premisesUse: readPremises,
  layoffs: readLayoffs,
  operatingStatus: readOperatingStatus,
  paysRent: readPaysRent,
  industry: readIndustry,
};

/** The value the text gives for the fact asked, by that fact's grammar; undefined when it gives none. */
export function readAnswer(fact: FactName, text: string, normalized: string = normalizeText(text)): string | boolean | undefined {
  return readers[fact]?.(normalized) ?? readRestated(fact, normalized);
}
