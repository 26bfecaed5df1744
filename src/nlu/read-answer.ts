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
import { correctedTail } from './retraction.js';
import type { FactName } from '../policy/facts.js';
import { normalizeText } from './normalize-text.js';
import { elsewhereDenied, elsewhereEn, elsewhereZh, everyElsewhereDenied } from './extract-registration.js';
import { readLayoffsAnswer } from './extract-layoffs.js';
import { readSizeAnswer } from './read-size.js';
import { letsPremises, ownPremises, ownPremisesAnswer } from './own-premises.js';
import { doubleNegative, rhetoricalNegation } from './extract-yes-no.js';

type Reader = (normalized: string) => string | boolean | undefined;

/** The authorities and their orders: a closure under these was under the rules. */
const ordered =
  /(通知|要求|规定|命令|勒令|责令|政策|统一|防控|社区|街道|居委会|政府|上面|上头|上边|上级|(?<!自己)(?:让|叫)(?:我们|咱们|俺们)?(?:关|停|歇)|市场监管|工商|被迫|不让|不许|不准|禁止|封控|封了|rules?(?![a-z])|required|requirement|ordered|orders?(?![a-z])|mandat|authorit|government|official|lockdown|locked down|restrictions?|regulations?|were told to|told us to|told (?:us|them|her|him|me) to|told to|had to (?:close|shut|stop)|made (?:us|them|her|him|me)|forced|instruct|not allowed|weren'?t allowed|wasn'?t allowed|(?:when|until|till|once|as soon as) (?:we were |we're |we are |they )?(?:allowed|permitted|let)|were allowed to (?:re)?open|banned|police|street office|sub-?district|neighbou?rhood|committee|community|epidemic control|prevention|notices?(?![a-z])|notification|directive|circular|announcement|(?:the )?district'?s? (?:order|notice|rules)|被封|封在|封闭|封条|物业不让|整条街|building management|property management|locked (?:us )?out|whole street|the street was closed)/;
/** The epidemic named as the reason, when nothing else is. */
const epidemic = /(疫情|防疫|新冠|肺炎|epidemic|pandemic|covid|coronavirus|outbreak|virus)/;
/** The owner's own reasons and choices: works on the premises, holidays, no trade, illness, no staff or money. */
const ownChoice =
  /(生病|病了|住院|身体不好|做手术|家里有事|家里出事|人手不够|缺人|招不到人|没钱|资金周转|周转不开|交不起|sick|(?<![a-z])ill(?![a-z])|illness|hospital|surgery|operation on|family (?:emergency|reasons|matter)|short[- ]staffed|staff shortage|no staff|(?:ran|run) out of (?:money|cash)|cash flow|couldn'?t afford|装修|装潢|翻修|翻新|改造|自己|主动|自愿|自行|趁机|顺便|回老家|过年|放假|没生意|生意不好|没客人|没人来|搬家|休息|个人原因|renovat|refurbish|ourself|by myself|decorat|remodel|redecorat|redo|re-do|rebuild|interior|refit|fit[- ]?out|repairs?(?![a-z])|our own|ourselves|by choice|chose|decided|decision|voluntar|holiday|vacation|new year|spring festival|hometown|went home|no customers|no one came|nobody came|nobody would come|no one would come|no point|no one (?:was )?coming|nobody (?:was )?coming|too quiet|save money|no business|business was (?:dead|slow|bad)|personal reasons|(?:other|another|different) reason|moving)/;
const closedWord = /(关|停|歇业|歇了|休业|闭店|暂停|不营业|没开|没营业|没法开|开不了|没法营业|进不去|locked (?:us )?out|(?:unable to|weren'?t able to) (?:re)?open|别的原因|其他原因|封控|shut|clos|work(?:ed|ing)? from home|wfh|(?<![a-z])(?:not|no|never|didn'?t|did not|couldn'?t|could not|can'?t|cannot) (?:re)?open(?:ed|ing)?(?![a-z])|(?<![a-z])stop(?:ped)?(?![a-z])|stopped trading|suspended|(?:other|another|different) reason)/;
/**
 * "never shut", "didn't close at all", "没关过": the closure word is denied, so the business stayed open. Learner English
 * drops the auxiliary ("shop no close"): "no" only right before the verb, since "no business so we closed" is a closure.
 */
const closureDenied =
  /(没关|没停|没有关|没有停|没歇|未停|未关|从未关|从未停|从没关|从没停|不曾|(?:不让|不准|不许|不能|不可以|哪能|哪敢|不敢|不可能|不用|不需要)(?:关|停|歇)|(?:never|didn'?t|didnt|did not|haven'?t|have not|wasn'?t|weren'?t|couldn'?t|could not|can'?t|cannot|not)\s+(?:(?!ordered|told|forced|required|asked|made|make|instructed|mandated)\w+\s+){0,2}?(?:close|closed|closing|shut|stop|stopped)(?![a-z])|no closure|(?<![a-z])no\s+(?:close|closed|closing|shut|stop|stopped)(?![a-z]))/;
/** Barred from opening: "we weren't allowed to open", "不让开门" is a closure under the rules. */
const openingBarred = /(不让开|不准开|不许开|不让营业|不准营业|不许营业|禁止营业|not allowed to (?:open|trade|operate)|(?:weren'?t|wasn'?t) allowed(?! to (?:close|shut|stop))|banned from)/;
const openWord =
  /(开着|营业|开门|(?:一直|照常|照样|必须|还是)(?:都|要|得|在|还|是)?开(?![不除])|外带|没关|没停|照常|外卖|上班|开工|没歇|干着|办公|stayed open|kept open|open(?![a-z])|trading|operating|working|never closed|didn't close|did not close|kept (?:working|going|running|serving)|kept (?:the |our )?(?:\w+ ){1,2}(?:going|running|open|ticking over)|fewer shifts|skeleton (?:crew|staff)|(?:reduced|limited|half) (?:capacity|service|staff|staffing|shifts)|business as usual|carried on|continu(?:ed|e|ing) (?:to )?(?:operat|trad|work|run|open)|as usual|as normal|the whole time|all along|throughout|delivery|takeaway)/;

/**
 * "不是政府要求的", "不是上面让关的", "nobody ordered us to", "not the government": the order is denied, so the owner's
 * own reason stands. The negation reaches the first order word after it (lazy), in the same clause.
 */
const orderWordZh = '(?:要求|规定|通知|命令|政策|上面|上头|上边|上级|政府|社区|街道|居委会|(?:让|叫)(?:我们|咱们)?(?:关|停|歇))';
const orderDenied = new RegExp(
  // Chinese: within the clause, where a space between words is a comma ("不是上面让关的 是…").
  `(?:不是|并非|没有|没人)[^,，。;；\\s]{0,12}?${orderWordZh}|没(?:让|叫|要求|通知|规定)`
  // English: a few words on ("not because of any official rules").
  + '|(?<![a-z])(?:not|no|wasn\'t|weren\'t|nobody|no one|never|nothing to do with|unrelated to|had no connection to)(?![a-z])'
  + '[^,，。;；]{0,30}?(?:ordered|required|rules|told|made us|make us|make me|forced|government|authorities|official|order(?![a-z]))'
  // "跟政策没关系", "与防疫规定无关", "跟上面没关系": the order named, then denied.
  + `|(?:${orderWordZh}|rules)[^,，。;；]{0,6}(?:没关系|没有关系|无关|不相干)`, 'g');
/**
 * What a negation denies before the order word: "不是我们自己想关 是街道要求的" denies the owner's choice and names
 * the order ("不是A 是B"), so the order stands.
 */
const deniesOwnChoice = /(自己|主动|自愿|自行|我们想|我想|愿意|\s而?是|而是|ourselves|our own|by choice|chose|decided|voluntar|(?:we|i) wanted)/;

/** "不是自己要关的", "not by choice": the owner's own reason denied; the epidemic or an order is left. */
const ownChoiceDenied = /(不是|并非|(?<![a-z])not)\s*(?:我们|咱们|我)?\s*(?:自己|主动|自愿|自行|by choice|our (?:own )?choice|voluntar)/;

function orderIsDenied(normalized: string): boolean {
  for (const match of normalized.matchAll(orderDenied)) {
    if (!deniesOwnChoice.test(match[0])) return true;
  }
  return false;
}

/**
 * Part of the business kept going while the rest stopped ("停了堂食 外卖一直做", "closed dine-in but kept doing
 * delivery"), or a builder's office kept staffed while its sites stopped ("工地停了办公室有人值班", "sites shut, the
 * office stayed staffed"): the business stayed open. The kept part is named with a word of carrying on, so "外卖也停了"
 * is not it.
 */
const keptPart = '(外卖|外带|外送|配送|送货|送餐|线上|网上|网店|打包|自提|电话订|办公室|delivery|deliveries|takeaway|take-away|takeout|take-out|online|pickup|pick-up|office)';
const carriedOn = '(一直|还|照常|照样|继续|坚持|正常|没停|只|就|光|仍|有人值班|值班|有人上班|kept|keep|still|continued|carried on|only|just|staffed|manned)';
const partlyOpen = new RegExp(`${keptPart}[^,，。;；]{0,6}${carriedOn}|${carriedOn}[^,，。;；]{0,8}${keptPart}`);
/** The part stopped too: "外卖也停了", "外卖还没开始", "no delivery either". */
const partStopped = new RegExp(`${keptPart}(也|都|还)?(停|没|不|关)|(no|not|stopped|without|nor)\\s+(any\\s+|the\\s+|doing\\s+)?${keptPart}|${keptPart}\\s+(stopped|closed|too|either)`);

/**
 * "we closed for a while", "关了一阵": closed, with no word of why. Which kind of closure it was is the whole
 * question, so nothing may guess it (the learned fallback would pick one from the wording alone).
 */
export function closureWithoutReason(text: string): boolean {
  const normalized = normalizeText(text);
  const related = normalized.replace(unrelated, '无关');
  return closedWord.test(related) && !closureDenied.test(related) && readOperatingStatus(normalized) === undefined;
}

/** A state-owned landlord, and the words that would say which level (district, city, central) or deny it. */
const soeWord = /国企|国有|国资|国营|(?<![a-z])(?:soe|state[- ]own(?:ed)?|state[- ]run|state (?:company|firm|enterprise)|guoqi|guoyou|guozi)(?![a-z])/;
const soeLevel = /区|西城|市|央|中字头|国家|部委|北京|省|私|民营|个人|(?<![a-z])(?:district|xicheng|qu|city|municipal|beijing|central|national|provincial|ministry|sasac|private)(?![a-z])/;
const soeDenied = /不是|并非|非国|(?<![a-z])(?:not|isn'?t|no|non)(?![a-z])/;

/**
 * "国企", "guoqi", "a state-owned company": a state landlord of no level. （一） waives only a district SOE's rent, so the
 * level is the whole question and nothing may guess it (the learned fallback would pick district or private).
 */
export function soeWithoutLevel(text: string): boolean {
  const normalized = normalizeText(text);
  return soeWord.test(normalized) && !soeLevel.test(normalized) && !soeDenied.test(normalized);
}

/** A company named as the landlord: 物业公司, 资产管理公司, 开发商, 商场, a hotel or a bank, "a company", "some property firm". */
const companyWord = /公司|企业|集团|开发商|商场|购物中心|酒店|宾馆|饭店|银行|(?<![a-z])(?:compan(?:y|ies)|firm|corporation|enterprise|ltd|llc|developer|mall|shopping (?:centre|center|plaza)|hotel|bank)(?![a-z])/;

/**
 * "物业公司", "某某资产管理公司", "a property management company": a company whose owner the answer does not say. Whether
 * it is Xicheng's district SOE is the whole question of （一）, so it is asked, never guessed (the learned fallback reads
 * 资产管理公司 as the district's), the same as a state firm of no level (soeWithoutLevel).
 */
export function companyWithoutOwner(text: string): boolean {
  const normalized = normalizeText(text);
  return companyWord.test(normalized) && !ownerSelf.test(normalized) && !soeWord.test(normalized) && !soeLevel.test(normalized)
    && readLandlord(normalized) === undefined;
}

/** The owner saying what they are ("我们是饭店", "we're a hotel"): the company named is theirs, not the landlord. */
const ownerSelf = /我们是|我是|咱们?是|俺们?是|(?<![a-z])(?:we'?re|we are|i'?m|i am)(?![a-z])/;

/** "没关系" ("it doesn't matter", "nothing to do with") holds 没关 (not closed): read it as 无关 first. */
const unrelated = /没(?:有|啥|什么)?关系/g;

/** Open for part of the day: "半开半关 每天开几个小时", "reduced hours": the business kept trading. */
const shortHours = /(半开半关|半关半开|开几个小时|开半天|限时营业|缩短营业时间|缩短了营业|reduced hours|shorter hours|(?:open|opened) (?:only )?(?:a few|some|limited) hours)/;

/** Stayed open, said outright: "we stayed open, no one told us to close" is open, its "close" only in the order denied. */
const stayedOpen = /(坚持营业|一直营业|正常营业|照常营业|一直开着|没关过|stayed open|kept open|remained open|open the whole time|open all along|never closed)/;
const clauseMark = /[,，。;；]/;

/**
 * Where the staff worked, not whether the business did: "open, working from home mostly", "we kept working, at home".
 * Blanked, the words left say open or closed ("worked from home, the office was shut" is still a closure).
 */
const homeWorking = /(?<![a-z])(?:from|at) home(?![a-z])|(?<![a-z])wfh(?![a-z])/g;

function openWhileHomeWorking(normalized: string): boolean {
  const rest = normalized.replace(homeWorking, ' ');
  return rest !== normalized && !closedWord.test(rest) && openWord.test(rest);
}

function readOperatingStatus(text: string): string | undefined {
  const normalized = text.replace(unrelated, '无关');
  const barred = openingBarred.test(normalized);
  if (!barred && openWhileHomeWorking(normalized)) return 'open';
  if (!barred && shortHours.test(normalized)) return 'open';
  if (!barred && stayedOpen.test(normalized)
    && !normalized.split(clauseMark).some((clause) => closedWord.test(clause) && !closureDenied.test(clause) && !orderIsDenied(clause))) return 'open';
  const closed = barred || (closedWord.test(normalized) && !closureDenied.test(normalized));
  // "the street office ordered it", "区里要求的": an order, with no word of staying open, is the closure it ordered.
  if (!closed && !openWord.test(normalized) && ordered.test(normalized) && !orderIsDenied(normalized)) return 'closedPerRules';
  if (!closed) return openWord.test(normalized) || closureDenied.test(normalized) ? 'open' : undefined;
  if (!barred && partlyOpen.test(normalized) && !partStopped.test(normalized)) return 'open';
  // "关了，不是政府要求的", "nobody told us to": closed, and not under the rules, whatever the reason.
  const denied = orderIsDenied(normalized);
  if ((barred || ordered.test(normalized)) && !denied) return 'closedPerRules';
  if (denied || (ownChoice.test(normalized) && !ownChoiceDenied.test(normalized))) return 'closedOther';
  return epidemic.test(normalized) ? 'closedPerRules' : undefined;
}

/** Who pays: the parent company (false) or the store itself (true), with a negation flipping it. */
const parentPayer = /(总部|总公司|集团|公司总部|母公司|上级公司|总店|head office|head ?quarters?|\bhq\b|parent(?![a-z])|the group|corporate)/;
const storePayer = /(店里|分店|门店|分公司|本店|我们|咱们|自己|自个|我|本门店|这边|the store|the branch|the shop|(?<![a-z])(?:store|shop|outlet)s?\s+(?:pays?|paid|covers?|bears?|itself)(?![a-z])|ourselves|we (?:do|pay|cover|bear)|i (?:do|pay|cover)|we pay|on our own|our own pocket|out of our pocket|itself|by us|our own|(?<![a-z])branch(?![a-z])|(?:store|shop|branch|outlet)'?s (?:own )?(?:budget|account|books|funds|money|pocket)|(?:our|own) (?:budget|account|books|funds))/;
/** A negation just before the parent's name: "不是总部付", "not the head office". */
const parentDenied = /(不是|不由|并非|不归|不用|not|isn't|it's not|not by)\s*(?:由|the|by)?\s*$/;
/** The parent only relays the store's money: "只是帮着转一下", "代交", "just transfers it". */
const parentRelays = /^\s*(?:只是|只负责|就是|也就是|只)?\s*(?:帮着|帮忙|帮我们|帮)?\s*(?:转一下|转一道|转账|转交|转|代交|代付|代缴|代转|走个?账|过个?账|过一下手)|^\s*(?:just|only)\s+(?:transfers?|pass(?:es)? it on|forwards?|processes) /;
/** The store denied: "店里不出", "we don't pay". */
const storeDenied = /(不是我们|不是咱们|不是店里|不是门店|不是分店|不是分公司|不是自己|并非我们|不出|不付|不交|不承担|没出|没付|don't pay|do not pay|doesn't pay|does not pay|not us|not the store|not the branch)/;

/** The parent denied after its name: "HQ doesn't", "总部不出", learner English "head office not pay", "总部没付". */
const parentDeniedAfter = /^\s*(?:doesn'?t|does not|don'?t|do not|didn'?t|did not|not|no|never|不出|不付|不管|不交|不负责|不承担|没出|没付|没交|没有付|没有出|没管)(?![a-z])/;
/**
 * The rent passed on from one to the other: the one it ends with bears it. "总部先垫付，再从门店账上扣", "总部先付了再让门店
 * 报销", "总部统一交 然后从门店利润里扣", "head office pays first and the store pays it back", "it's charged back to the
 * branch", "HQ pays and charges us back" → the store;
 * "门店先付，总部给报销", "we pay and head office reimburses us" → the parent.
 */
const storeBearsInTheEnd = /(?:算在|计入|摊到|摊给|记在|挂在|算到)(?:门店|店里|分店|分公司|我们店|店)(?:的)?(?:成本|账|头上|费用)|(?:先|垫)[^。;；]{0,10}(?:再|然后|之后|后|最后)?[^。;；]{0,6}(?:从|由|让|叫|找)?(?:门店|店里|分店|分公司|我们|咱们|店)(?:的?账上|的?账户|那儿|那边)?[^,，。;；]{0,3}(?:报销|还|返还|扣|承担|结算|分摊|出)|(?<![a-z])(?:charg|bill|recharg|invoic|pass)\w*\s+(?:it\s+|them\s+|that\s+|the (?:rent|cost)\s+)?(?:back\s+)?(?:on\s+)?to\s+(?:the|our|each)\s+(?:store|branch|shop|outlet)|(?:store|branch|shop|we)\s+(?:then\s+)?(?:pays?|paid)\s+(?:it\s+|them\s+|hq\s+|head office\s+)?back|(?:store|branch|shop|we)\s+(?:then\s+)?(?:reimburses?|repays?|refunds?)|deducted from (?:the|our) (?:store|branch|shop)|(?<![a-z])charg\w*\s+(?:us|the store|the branch|the shop|our (?:store|branch|shop))\s+(?:for it\s+)?back|(?:从|由|在)(?:门店|店里|分店|分公司|我们店|我们|店)(?:的)?(?:利润|收入|营收|营业款|账上|账户|账)(?:里|中|上)?(?:扣|抵|冲)/;
const parentBearsInTheEnd = /(?:门店|店里|分店|分公司|我们|咱们)(?:先|垫)[^。;；]{0,10}(?:总部|总公司|集团)(?:再|会|给|来)?(?:给|来)?(?:报销|返还|补给|补回|承担|出)|(?:head office|headquarters|hq|the group|parent(?: company)?)\s+(?:then\s+|later\s+)?(?:reimburses?|repays?|refunds?|pays (?:us|it) back|pays back)/;

/**
 * Who bears the rent when it is passed on from one to the other (see storeBearsInTheEnd), or undefined: it beats a
 * payer's synonym in the same words ("head office pays the landlord first and charges it back to our branch").
 */
export function rentBorneInTheEnd(normalized: string): boolean | undefined {
  if (storeBearsInTheEnd.test(normalized)) return true;
  return parentBearsInTheEnd.test(normalized) ? false : undefined;
}

function readPaysRent(normalized: string): boolean | undefined {
  const passedOn = rentBorneInTheEnd(normalized);
  if (passedOn !== undefined) return passedOn;
  const parentAt = normalized.search(parentPayer);
  // The parent named is the more specific answer ("我们是总部付"), unless it is denied.
  // "HQ doesn't", "总部不出": the parent denied after its name.
  if (parentAt >= 0) {
    const after = normalized.slice(parentAt).match(parentPayer)?.[0].length ?? 0;
    const rest = normalized.slice(parentAt + after);
    // "店自己的账上出的 总部只是帮着转一下": the parent only passes the store's money on; the store pays.
    if (parentRelays.test(rest) && storePayer.test(normalized.slice(0, parentAt) + rest.replace(parentRelays, ''))) return true;
    const deniedAfter = parentDeniedAfter.test(rest);
    return deniedAfter || parentDenied.test(normalized.slice(Math.max(0, parentAt - 8), parentAt));
  }
  if (storePayer.test(normalized)) return !storeDenied.test(normalized);
  return undefined;
}

/** Words of paying the rent: a payer's statement ("房租是分公司自己的账户支付的，不是总公司") and not just "we". */
const paymentWord = /(付|支付|交|出的|承担|掏|报销|垫|(?<![a-z])(?:pays?|paid|paying|covers?|covered|bears?|borne|reimburs\w*)(?![a-z]))/;
const rentWord = /(房租|租金|(?<![a-z])rent(?![a-z]))/;

/**
 * Whether the text says who pays the rent, by its words of rent and of paying and a payer the grammar reads: "抱歉，核实后门店
 * 房租是分公司自己的账户支付的，不是总公司", "the rent is pay by our store itself". Such a message corrects the payer whatever
 * was answered last; a bare "我们" does not.
 */
export function statesRentPayer(normalized: string): boolean {
  return rentWord.test(normalized) && paymentWord.test(normalized) && readPaysRent(normalized) !== undefined;
}

/** A payer named, not a bare "我们": the store or branch itself, or the parent. */
const namedPayer = /(自己|自个|店里|分店|门店|分公司|本店|总部|总公司|集团|母公司|head office|headquarters|(?<![a-z])hq(?![a-z])|the store|the branch|the shop|ourselves|itself|our own)/;
/** A clause of its own: a pause, or a space between Chinese words ("房租自己交 连锁补贴怎么算"). */
const payerClauses = /[,.;!?\n。；！？]+|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u;

/**
 * Who pays the rent, said in a clause of its own in any message, the opening too: "房租自己交", "租金是门店自己出的",
 * "rent is paid by head office". The clause names the rent, a word of paying and a payer (a bare "我们交房租" says
 * nothing of a branch), and is read by the payer grammar; undefined when no clause says it.
 */
export function rentPayerClause(normalized: string): boolean | undefined {
  for (const clause of normalized.split(payerClauses)) {
    if (clause.length > 40 || !rentWord.test(clause) || !(paymentWord.test(clause) || /出(?!租)/.test(clause)) || !namedPayer.test(clause)) continue;
    const read = readPaysRent(clause);
    if (read !== undefined) return read;
  }
  return undefined;
}

/**
 * A line of business the synonyms do not list is `other`: an answer that names a business ("开健身房的",
 * "做服装批发", "律所", "a dental clinic", "we sell flowers"), or a short plain answer in words. Questions,
 * greetings and cancels are not answers.
 */
const businessWord =
  /(店|馆|行(?!不行)|厂|所|院|中心|公司|工作室|批发|零售|贸易|生意|门市|档口|铺|坊|社|吧|房|部|站|厅|业|做|卖|开|经营|搞|外包|承包|代理|维修|修理|shop|store|studio|gym|firm|compan(?:y|ies)|business|agency|clinic|wholesale|retail|trading|practice|factory|workshop|bar(?![a-z])|pub(?![a-z])|we (?:run|do|sell|make|are|organi[sz]e|provide|offer|build|repair|fix|install|import|export|deliver|teach|clean|host)|i (?:run|do|sell|make)|we'?re (?:a|an|in)(?![a-z])|i'?m (?:a|an|in)(?![a-z])|(?:business|industry|trade|sector|line)(?![a-z])|selling|making|dealer|supplier|agency|consultan|services?(?![a-z])|maker|manufactur|production|design)/;
/** Questions, greetings, "don't know" and cancels: no answer to any question (the answer fallback skips them too). */
export const notAnAnswer =
  /([?？]|吗|呢|啥|什么|怎么|为什么|谁|哪|不知道|不清楚|说不好|你好|您好|谢谢|多谢|取消|算了|退出|人工|帮助|菜单|重来|\b(?:what|why|how|who|where|which|hello|hi|hey|thanks|thank you|cancel|stop|help|menu|human|agent|not sure|don't know|dunno)\b)/;

/** Whether the text names a business ("开瑜伽馆的", "we run a studio"): "我们是…" then is no yes. */
export function namesBusiness(normalized: string): boolean {
  return businessWord.test(normalized) && !notAnAnswer.test(normalized);
}

/**
 * A branch or chain told instead of the trade ("是分店", "yes we are branch", "直营的"): the store's kind, which another
 * question asks; with those words and their fillers taken out, what is left must still name a trade.
 */
const storeKindWord = /分店|分公司|直营(?:店|门店)?|连锁(?:店|门店)?|加盟(?:店)?|总店|门店|(?<![a-z])(?:branch(?:es)?|chain|franchise[ed]?|outlets?|company[- ]run|head office|hq)(?![a-z])/;
const everyStoreKindWord = new RegExp(storeKindWord.source, 'g');
const fillerWords = /(?<![a-z])(?:yes|yeah|yep|no|we|we're|are|were|a|an|the|is|it|it's|its|our|just|only|of|one|store|shop|branch)(?![a-z])|是|我们|咱们|俺们|我|咱|的|个|一家|家|就|都|属于|算|嗯|对/g;

function readIndustry(normalized: string): string | undefined {
  const said = normalized.trim();
  if (said.length === 0 || notAnAnswer.test(said)) return undefined;
  const text = storeKindWord.test(said) ? said.replace(everyStoreKindWord, ' ').trim() : said;
  if (text !== said && text.replace(fillerWords, '').replace(/[\s,.!~，。！、]/g, '').length === 0) return undefined;
  // "marketing agency, about 20 people": a business named with a figure beside it; a figure alone names none.
  if (businessWord.test(text)) return 'other';
  if (/\d/.test(text)) return undefined;
  // A short answer in words ("服装", "律师", "plumbing", "retail, clothing") names a trade even without 店 or "shop".
  const letters = text.replace(/[\s,.!~，。！、]/g, '');
  if (/^\p{Script=Han}{2,8}$/u.test(letters) || /^[a-z][a-z\s,'&/-]{2,60}$/.test(text)) return 'other';
  return undefined;
}

/**
 * A yes/no fact answered by restating it: "组织了", "培训过" (training organised), "延期开园了", "在西城"
 * (registered there), "区政府的担保公司". The fact's own words with no negation are a yes, with one a no.
 * Words that are themselves the yes ("没开园" means the opening was delayed) are listed as `positive`.
 */
/** A fact's own words that say no, unless the words of the yes stand beside them ("独立核算的分公司" is a branch). */
interface Denial { words: RegExp; unless?: RegExp }
const restated: Partial<Record<FactName, { words: RegExp; positive?: RegExp; negative?: Denial | Denial[] }>> = {
  // "搞了", "弄过", "办了": the question's doing, restated by a verb of doing, is a yes (没搞 a no).
  organizesTraining: { words: /(培训|组织|办班|上课|课程|网课|学习|学(?:了|过)|听课|讲座|视频会|分享会|(?:搞|弄|办|做|安排)(?:了|过)|train|course|class(?:es)?(?![a-z])|session|workshop)/ },
  openingDelayed: {
    words: /(延期|推迟|延迟|延(?:了|后|到)|推(?:了|后|到)|拖(?:到|了|后|延)|往后(?:推|拖)|晚开|开(?:学|园|课)晚|停课|课(?:都|也|全)?停了|停(?:到|至)[^,，。;；]{0,4}(?:月|号|暑假|秋天|下半年|开学)|停了[^,，。;；]{0,6}(?:课|月)|(?:转|改|换)(?:成|到|为)?(?:线上|网课|网上)|线上(?:上课|授课|教学|上了)|(?:stop|stopped|halt|halted|pause|paused|suspend|suspended|cancel|cancell?ed)\s+(?:all\s+|our\s+|the\s+)?(?:classes|lessons|teaching)|(?:campus|school|kindergarten|centre|center|premises|we) (?:was |were |had to be |got )?(?:closed|shut)(?: down)? (?:per|under|by|because of|due to|following|as required by) (?:the )?(?:rules|regulations|epidemic|government|order|authorities)|delay|postpone|suspend|pushed back|put off|(?<![a-z])late(?:r than (?:usual|planned|normal))?(?![a-z]))/,
    // The story of a delay is the yes: barred from opening, the children at home or on online classes, let back
    // only later ("上面不让开课 孩子都在家上网课 六月份才让回来", "we weren't allowed to reopen until the summer").
    positive: /(没(?:有)?开(?!除|工资|心)|(?:不让|不准|不许|不能|没让|没准|没许)(?:开|上课|复课|返园|返校)|(?:月份?|号|日|以后|之后|后)(?:才|方才)(?:让|能|准|开始|重新)?开(?:门|张|业|园|学|课)?(?=[\s,，。;；!！]|$)|(?:孩子|学生|小朋友|娃)(?:们)?(?:都|全|全都)?在家|(?:在家|只能)上网课|才(?:让|能|准|开始)?(?:回来|回园|返园|返校|开学|开园|复课|开课)|not open|(?:couldn'?t|could not|can'?t|cannot|didn'?t|did not|unable to|not allowed to|weren'?t allowed to|wasn'?t allowed to) (?:re)?open|stayed (?:closed|shut|home)|closed until|(?:couldn'?t|could not) come|re-?opened (?!on time|as normal)|online (?:classes|lessons|teaching)|(?:came|come|got) back (?:only )?in|only (?:came back|came|reopened|opened|started)|not until|(?:didn'?t|did not) (?:re)?(?:open|start) (?:until|till)|(?:kids|children|students) (?:stayed|were|had to stay) (?:at )?home|没来园|(?<![a-z])(?:until|till|til|not before) (?:(?:may|june|july|august|september|october)(?![a-z])|(?:the )?(?:summer|autumn|fall|second half))|wait(?:ed)? (?:until|till)|only (?:allowed|permitted|able) to|(?:kids|children|students|pupils) (?:didn'?t|did not|couldn'?t|could not) (?:return|come back)|(?:moved|went|switched) (?:classes |lessons |teaching |everything |all (?:of )?(?:our |the )?(?:classes |lessons |teaching )?)?online|no (?:in[- ]person |face[- ]to[- ]face |offline )?(?:classes|lessons)(?![a-z]))/,
    // Classes that went on ("照常上课", "没受影响", "kept teaching") had no delayed opening.
    negative: { words: /(按时|正常开学|正常开园|照常开|(?:照常|正常|一直|照样)上课|没受影响|没有受影响|不受影响|没停课|没有停课|on time|as normal|as usual|as scheduled|on schedule|opened normally|kept (?:teaching|running classes)|never stopped)/ },
  },
  districtInstitution: {
    words: /(驻区|西城|区政府|区里|区属|district|xicheng)/,
    // Another kind of guarantor, or another level or place: not the district's government institution
    // ("北京市的担保公司", "a private company in Chaoyang"), unless Xicheng's district is named beside it.
    negative: {
      words: new RegExp(`(民营|商业|私人|私营|市级|市里|市属|北京市|银行|private|commercial|city|municipal|beijing|bank|${elsewhereZh.source}|${elsewhereEn.source.replace(/\\b/g, '')})`),
      unless: /(西城|驻区|区政府|区属|区里|区级|xicheng|(?<!another |other |different )district)(?!.{0,6}(?:以外|外面|outside))/,
    },
  },
  chainBranch: {
    // A store the company opened or owns, told as a story: "总公司开的", "集团自营的", "店都是公司的", "总部控股",
    // "one of the company's own stores", "head office owns all 12 stores", "self-operated".
    words: /(分公司|直营|连锁|分店|自营|fen ?gong ?si|zhi ?ying|fen ?dian|(?:总公司|总部|集团|公司)(?:自己|直接)?(?:投资|出资)?(?:开|办|设)(?:的|了)|(?:总部|总公司|集团|公司)的(?:店|门店)|(?:总部|总公司|集团)(?:全资|控股|100%控股)|branch|chain|direct(?:ly)?[- ]?(?:run|operated|managed)|company[- ](?:run|owned|operated)|run by (?:the )?(?:hq|headquarters|head office|company)|(?:company|chain|brand|head office|hq|headquarters|corporate)(?:'s)? (?:own )?(?:stores?|shops?|outlets?|locations?)|(?:company|head office|hq|headquarters|chain|brand|group|corporate) owns|owned by (?:the )?(?:chain|brand|company|head office|hq|headquarters|group)|self[- ]operated)/,
    // A franchise or a store of its own ("独立的", "自己开的") is not a branch (（四） covers 分公司 directly run stores only).
    negative: {
      // One store, however the owner puts themselves in front of the count: "就我这一家", "只有我们这一个店",
      // "独此一家", "it's just me and this one shop", "I only have this shop", "we're a one-shop business".
      words: /(独立|单店|加盟|挂靠|授权|特许|个体|(?:就|只|仅|独)(?:有|开了?|此)?(?:我|我们|咱|咱们|俺|俺们)?(?:自己)?(?:这么?|这)?(?:(?:一|1)(?:家|间)|(?:一|1)个小?(?:店|门店|门脸|铺|门面))|没(?:有)?(?:开)?(?:分店|连锁)|自己开|个人开|单独开|自己的(?:店|门店|公司)|independent|franchis|licens|owner[- ]operated|(?<![a-z])join(?:ed|ing)?(?:[- ]in)?(?![a-z])|jia ?meng|single (?:store|shop)|sole trader|my own|our own (?:shop|store|business)|(?<![a-z])(?:only|just|sole)(?:[\s,]+(?:the|this|that|one|our|my|us|me|and|a|have|got|run))*[\s,]+(?:shop|store|location|outlet)(?![a-z])|(?<![a-z])one[- ](?:shop|store|location|outlet)(?![a-z]))/,
      unless: /(分公司|直营|分店|fen ?gong ?si|zhi ?ying|(?<!not a |not an? )branch)/,
    },
  },
  approvedByEducationCommission: {
    words: /(教委|审批|批准|批的|认定|许可|jiao ?wei|approv(?:ed|al)|licensed|licence|license|permit)/,
    negative: [
      { words: /(无证|还在申请|在办|unlicensed|unapproved|pending|waiting|applying)/ },
      // Another office's licence or approval is not the education commission's: "证是体育局发的", "人社局批的职业培训学校".
      {
        words: /(体育局|人社局|人力社保|人力资源和社会保障|社保局|劳动局|文旅局|文化局|文化和旅游局|民政局|卫健委|卫生健康委|市场监管局?|sports? (?:bureau|administration|authority|commission)|human resources|social security bureau|labou?r bureau|culture (?:and tourism )?bureau|civil affairs|health commission)/,
        unless: /(教委(?:批|审批|认定|发|颁发|备案)|(?:approved|licensed) by (?:the )?(?:city |district |municipal |beijing |xicheng )?(?:education|jiaowei))/,
      },
      // A business licence is no approval: "只有营业执照", "only a business licence, nothing from the commission".
      {
        words: /(营业执照|工商执照|工商注册|工商登记|business (?:licen[cs]e|registration)|trade licen[cs]e|commercial licen[cs]e)/,
        unless: /(办学许可|办园许可|教委(?:批|审批|认定|发|备案)|school licen|education licen|(?:approved|licensed) by (?:the )?(?:city |district |municipal )?(?:education|jiaowei))/,
      },
    ],
  },
};
/** A fact's words of no, as a list (a grammar may have one or several). */
function denialsOf(grammar: { negative?: Denial | Denial[] }): Denial[] {
  return grammar.negative === undefined ? [] : [grammar.negative].flat();
}

/** A negation, or a "how could we" that is one ("哪顾得上", "哪有功夫", "no time for that"). */
const negation = /(不是|没有|没|不|未|非|哪(?:还|能|有|顾|来|儿有)|not(?![a-z])|no(?![a-z])|never|isn't|wasn't|didn't|haven't|hasn't|hadn't|aren't|weren't|don't|doesn't|no time)/;

/**
 * Yeses that are spelled with a negation: "都在西城 没问题", "对 没错", "no problem", a no of the opposite
 * ("没有不培训的", "not registered anywhere else": doubleNegative), and a rhetorical "谁不是延期开学" (rhetoricalNegation).
 */
const assent = new RegExp(`没问题|没错|没毛病|不错|那没说的|no problem|not a problem|no doubt|${doubleNegative.source}|${rhetoricalNegation.source}`, 'g');

/**
 * Whether the words are the yes itself though they start like a no: "不让返园" (the opening delayed), "couldn't
 * reopen". A plain 不 / no read first must not turn them into a no.
 */
export function restatesYes(fact: FactName, normalized: string): boolean {
  if (fact === 'registeredInXicheng') return deniesElsewhere(normalized) && readRegistered(normalized) === true;
  return restated[fact]?.positive?.test(normalized.replace(assent, ' ')) ?? false;
}

/**
 * "不是加盟", "not a franchise", "not join": the no is said of the other answer (a denial word), which leaves this
 * fact's yes ("a branch, not a franchise" is a branch). Built once per fact from its denial words.
 */
const otherDenied = new Map(Object.entries(restated).flatMap(([fact, grammar]) => {
  const denials = denialsOf(grammar);
  if (denials.length === 0) return [];
  const words = denials.map((denial) => denial.words.source).join('|');
  return [[fact, new RegExp(String.raw`(?:不是|并非|不算|不只是|不光是|(?<![a-z])(?:not|isn'?t|aren'?t|wasn'?t|never)(?![a-z]))\s*(?:just |only |merely |really )?(?:a |an |the |our )?(?:${words})[a-z]*`, 'g')]];
}));

function readRestated(fact: FactName, text: string): boolean | undefined {
  const grammar = restated[fact];
  if (!grammar) return undefined;
  const said = text.replace(assent, ' ');
  if (grammar.positive?.test(said)) return true;
  const denialOfOther = otherDenied.get(fact);
  const normalized = denialOfOther === undefined ? said : said.replace(denialOfOther, ' ');
  if (denialsOf(grammar).some((denial) => denial.words.test(normalized) && !(denial.unless?.test(normalized) ?? false))) return false;
  // "not a franchise, head office runs it": the other answer denied, and nothing denied of this one.
  if (!grammar.words.test(normalized)) return normalized !== said && !negation.test(normalized) ? true : undefined;
  return !negation.test(normalized);
}

/** Who the landlord is, in the words owners use for each: 西城区的国企, "the district's state-owned firm", 民营房东. */
const stateWord = String.raw`(?:国企|国有|国资|国营|state[- ]own(?:ed)?(?![a-z])|government[- ]owned|soe|sasac|guo ?qi|guo ?you|state (?:company|firm|enterprise|asset))`;
/**
 * A state firm of another district: "海淀区的国企", "朝阳区属国企", "东城国资的房子", "a Haidian district SOE". （一） is for
 * Xicheng's district SOEs (承租区内区属国有企业房产), so this landlord is another kind, whatever 区属 says.
 */
const otherDistrictState = new RegExp(String.raw`(?:${elsewhereZh.source}|别的区|其他区|其它区)(?:区)?(?:那边|那儿|那里)?(?:的)?(?:一个|一家|的)?(?:区属|区级|区里|区的|区)?(?:的)?\s*${stateWord}`
  + String.raw`|(?<![a-z])(?:${elsewhereEn.source.replace(/\b/g, '')})(?:[- ]district)?(?:'s)?\s+(?:district\s+|district-level\s+)?${stateWord}`);
/**
 * The landlord rents the premises itself and lets them on: "二房东", "他从区属国企那整栋包下来，再一间一间转租给我们", "our landlord
 * leases the whole building from the district SOE and sublets it to us". The lease is with that middle landlord, not
 * the state firm, so the owner does not rent district state-owned premises (the tenant of the SOE lets them on).
 */
const subletToUs = /二房东|(?<![a-z])(?:sub-?landlord|second landlord|middle landlord|master tenant)s?(?![a-z])|转租给(?:我|我们|咱)|分租给(?:我|我们|咱)|(?:包下来|租下来|整租下来|承包下来)[^。；;]{0,10}(?:再|又|然后)?[^。；;]{0,6}(?:转租|分租|租给|出租给)(?:我|我们|咱|各家|商户|租户|下面)|(?:房东|他|她|对方|那家公司)(?:自己)?(?:也|本身)是(?:从[^,，。]{0,12})?租(?:来|过来)?的|(?<![a-z])(?:sublets?|subleases?|sub-lets?|sub-leases?|sublet|sublease[ds]?)\s+(?:it\s+|them\s+|the (?:space|unit|shop|rooms?|floor)\s+)?(?:out\s+)?to\s+(?:us|me)(?![a-z])|(?<![a-z])(?:we|i)\s+(?:sub-?let|sub-?lease|sub-?rent)\s+from|(?<![a-z])(?:sub-?tenants?|middle ?man|head lease|master lease(?:holder)?)(?![a-z])|(?:our|my|the) landlord (?:also |itself |himself |herself |only )?(?:rents|leases|rented|leased) (?:it|the (?:building|place|whole|space|floor))/;

/**
 * A company the district government owns: "区政府下属的公司", "区里开的资产管理公司", "a property company of the Xicheng
 * government", "owned by the xicheng government, some property company of theirs". A company owned by Xicheng District
 * is a district SOE, which （一） is for; the government body itself is not (publicBodyItself). The company must be the
 * landlord's, not the owner's ("owned by the xicheng government, we are a small company" names the owner's).
 */
const governmentCompany = new RegExp([
  String.raw`(?<!${elsewhereZh.source})(?:区政府|西城区?政府|区里|区上)(?:自己)?(?:下属|下面|名下|旗下|所属|直属|开|办|成立|投资)的?(?:一[个家]|那个|某个)?[^,，。；;我]{0,8}?(?:公司|企业|集团)`,
  String.raw`(?<!${elsewhereZh.source})(?:区政府|西城区?政府)的(?:一[个家]|那个|某个)?[^,，。；;我]{0,8}?(?:公司|企业|集团)`,
  String.raw`(?<![a-z])(?:xicheng|district)(?: district)? government'?s?(?: own)?(?: [a-z-]+){0,3}? (?:company|firm|enterprise|subsidiary|corporation)`,
  String.raw`(?<![a-z])(?:company|firm|enterprise|subsidiary|corporation)(?: [a-z-]+){0,2}? (?:of|owned by|run by|set up by|controlled by|under) (?:the )?(?:xicheng|district)(?: district)? government`,
  String.raw`(?<![a-z])(?:owned by|belongs? to|belonging to|run by|under) (?:the )?(?:xicheng|district)(?: district)? government(?:(?!(?<![a-z])(?:we|i|our|my|us)(?![a-z]))[^.;]){0,50}?(?:compan(?:y|ies)|firm|enterprise|subsidiary|corporation)`,
].join('|'));
/** Public bodies a landlord can be that are no enterprise: an education commission, a housing bureau, the army, a school. */
const publicBodyZh = '教委|教育局|教育委员会|房管局|房管所|房管中心|房屋管理局|住建委|卫健委|民政局|文旅局|文化局|体育局|区政府|政府|街道办?|居委会|村委会|机关|事业单位';
const publicBodyEn = String.raw`education (?:commission|bureau|department|committee)|housing (?:bureau|authority|department|administration|management (?:office|bureau|centre|center))|government (?:office|department|body|agency|bureau)|civil affairs bureau|health commission|sub-?district office|street office|residents'? committee|village committee`;
/**
 * The landlord a public body of the district itself: "房子是区教委自己的", "西城区房管局", "our building belongs to the
 * district education commission itself". The district named is the body's, not a district SOE's.
 */
const publicBodyItself = new RegExp([
  String.raw`(?:房子|房产|产权|楼|房东|业主)(?:是|归|属于)(?:北京市|西城区?|区里?|市里?)?的?(?:${publicBodyZh})`,
  String.raw`(?:西城区?|区里?的?)(?:${publicBodyZh})(?:自己|本身)?(?:的(?:房子|房产|产权|楼|房)|名下|所有|自己的|本身的|的?\s*$)`,
  String.raw`(?<![a-z])(?:belongs? to|belonging to|owned by|property of|landlord is) (?:the )?(?:xicheng |district |local )*(?:${publicBodyEn})`,
  String.raw`(?<![a-z])(?:xicheng|district)(?: district)? (?:${publicBodyEn})(?:'s)? (?:own|itself)`,
].join('|'));
const stateOwned = new RegExp(stateWord);

/**
 * A school as the landlord, in an answer to who the landlord is: "学校的房子", "房东是一所大学", "学校", "a school", "owned
 * by the university". The owner's own school is said in the first person ("我们是培训学校") and is no landlord.
 */
const schoolLandlord = new RegExp([
  String.raw`(?:房东|业主|房子|房产|产权|楼)(?:是|归|属于)(?:一所|一个|一家|个)?[^，,。；;]{0,6}(?:学校|大学|中学|小学|学院)`,
  String.raw`^\s*(?!我|咱|俺)(?:是)?(?:一所|一个|个)?\p{Script=Han}{0,4}(?:学校|大学|中学|小学|学院)(?:的)?(?:房子|房产|楼)?\s*$`,
  String.raw`(?:学校|大学|中学|小学|学院)(?:自己)?的(?:房子|房产|楼|地方|产权)`,
  String.raw`(?<![a-z])(?:owned by|belongs? to|belonging to|landlord is|property of|rent (?:it )?from) (?:a |the |our )?(?:local |nearby |primary |middle |high )?(?:school|university|college)`,
  String.raw`^\s*(?:a |the )?(?:local |nearby |primary |middle |high )?(?:school|university|college)\s*$`,
].join('|'), 'u');

/** Whether a school named in an answer to who the landlord is is the landlord (see schoolLandlord), not the owner's trade. */
export function schoolIsTheLandlord(text: string): boolean {
  return schoolLandlord.test(normalizeText(text));
}

/**
 * Whether the landlord the owner has is another than Xicheng's district SOE though the words name one: a state firm of
 * another district, a middle landlord that lets the SOE's premises on (see otherDistrictState, subletToUs), or a public
 * body of the district itself with no state firm named (publicBodyItself).
 */
export function landlordNotTheDistrictSoe(normalized: string): boolean {
  if (subletToUs.test(normalized)) return true;
  if (publicBodyItself.test(normalized) && !stateOwned.test(normalized) && !governmentCompany.test(normalized)) return true;
  const match = otherDistrictState.exec(normalized);
  return match !== null && !kindDenied.test(normalized.slice(Math.max(0, match.index - 8), match.index));
}

/** The landlord's kind the synonyms named, corrected by what the whole message says of it (see landlordNotTheDistrictSoe, governmentCompany). */
export function landlordKindSaid<T extends string>(named: T | undefined, normalized: string): T | 'other' | 'districtSoe' | undefined {
  if (named === 'districtSoe' && landlordNotTheDistrictSoe(normalized)) return 'other';
  if (named === 'other' && governmentCompany.test(normalized)) return 'districtSoe';
  return named;
}

/** People the owner knows as the landlord (see the grammar below). */
const acquaintanceZh = '朋友|亲戚|熟人|邻居|街坊|外国人|老外|夫妻';
const acquaintanceEn = String.raw`friend|relative|neighbou?r|foreigner|acquaintance`;

const landlordWords: Array<[RegExp, string]> = [
  // The business owns its premises: no landlord; the rent clauses say why they do not apply (rules/owned-premises.ts).
  [ownPremises, 'ownPremises'],
  [ownPremisesAnswer, 'ownPremises'],
  [subletToUs, 'other'],
  [otherDistrictState, 'other'],
  [governmentCompany, 'districtSoe'],
  // "区属的资产公司", "区属公司": 区属 is "the district's own", of any company.
  [/区属(?:的)?[^,，。；;]{0,6}?(?:公司|企业|集团)/, 'districtSoe'],
  [publicBodyItself, 'other'],
  [schoolLandlord, 'other'],
  [/(区国资委|owned by (?:the )?(?:xicheng )?district|belong(?:s|ing)? (?:to )?(?:the )?(?:xicheng (?:district )?|district )(?:government|state|soe)?|district[- ]owned)/, 'districtSoe'],
  [new RegExp(String.raw`(区属|区级|区里|区的|区国资|西城区?的?|district'?s?|xicheng(?: district)?)\s*(?:的|[- ]?level|[- ]?run|own(?:ed)?|government)?\s*${stateWord}`), 'districtSoe'],
  // The other order: "state-owned, district level", "国企，区里的", "a state firm under the Xicheng district government".
  [new RegExp(String.raw`${stateWord}[^.;。；]{0,30}(?<!not |not the |不是)(区属|区里|区级|区的|西城|district|xicheng)`), 'districtSoe'],
  // A level said alone, as the answer to which level the state landlord is: "区级", "西城的", "the district one".
  [/^\s*(?:是|就是)?(?:区级|区属|区里|区里管|区的|西城区?|西城区属)(?:的)?(?:那种|那个|那家)?\s*$|^\s*(?:the )?(?:xicheng|district)(?:[- ]level)?(?: one| kind)?\s*$/, 'districtSoe'],
  // The central government's: a ministry's, the State Council's SASAC (国务院国资委), "national level", the railways.
  [/(央企|中央|中字头|国务院|部委|国家级|铁路局|central|ministry|ministries|state council|national[- ]level)/, 'centralSoe'],
  [/(市属|市里|市级|市国资|北京市(?!西城)|city|municipal)/, 'other'],
  // A person or a trader of their own ("个体老板", "a local businessman"), when no state owner is named.
  [/(民营|私营|私人|个人|个体|自然人|私企|外资|外企|外商|老百姓|老板|普通公司|不是国企|private|individual|foreign(?:[- ]owned| company| firm| invested| business)|a person|privately|businessman|businesswoman|business owner|not (?:a )?state[- ]owned|non-state|(?:normal|ordinary|regular) company)/, 'private'],
  // A person told as a story: "belongs to an old lady, she's retired", "a local family owns it", "老太太的房子".
  [/(老太太|老大爷|老爷子|老头|大爷|大妈|阿姨|大姐|老两口|两口子|退休|人家自己的房|(?<![a-z])(?:(?:old|elderly|retired|local|nice|some) )?(?:lady|woman|man|gentleman|guy|couple|family|granny|grandma|grandpa|uncle|auntie|aunty|landlady|pensioner|retiree)(?![a-z]))/, 'private'],
  // A friend, a relative, a neighbour, a foreigner as the owner: "朋友的房子", "房东是一对夫妻", "my friend's", "a relative".
  // Only as the owner ("a friend mentioned it" says nothing of the landlord: corrections read this grammar too).
  [new RegExp(String.raw`(?:${acquaintanceZh})(?:家)?(?:自己)?的|(?:房东|业主|房子|房主)(?:是|归)[^，,。]{0,4}(?:${acquaintanceZh})|^\s*(?:一个|一对|是)?(?:${acquaintanceZh})\s*$`
    + String.raw`|(?<![a-z])(?:${acquaintanceEn})'s|(?:landlord is |owned by |belongs to |rent from )(?:a |an |my |our |the )?(?:${acquaintanceEn})s?(?![a-z])`
    + String.raw`|^\s*(?:a |an |my |our |the )?(?:${acquaintanceEn})s?\s*$`), 'private'],
  // Public bodies that are not enterprises: a university, a hospital, a 事业单位, the education commission or another office itself.
  [/(事业单位|大学|医院|教委|教育局|机关|政府部门|街道|居委会|村委会|房管局|房管所|房管中心|住建委|public institution|university|hospital|education (?:commission|bureau)|government (?:office|department|body|agency)|sub-?district office|street office|residents'? committee|housing (?:bureau|authority|department|administration|management))/, 'other'],
  // The army's and a collective's property: no state enterprise of the district (部队的房子, 村集体的, "the village collective").
  [/(部队|军队|军产|军方|武警|村集体|集体企业|集体所有|集体的|乡镇企业|合作社|(?<![a-z])(?:army|military|pla|armed police|collective(?:ly owned)?|village)(?![a-z]))/, 'other'],
];

/** "不是区属国企", "not a district SOE": the kind denied is not the answer; the next one named is. */
const kindDenied = /(不是|并非|(?<![a-z])not(?: a| an| the)?)\s*$/;

function readLandlord(normalized: string): string | undefined {
  return landlordWords.find(([pattern, value]) => {
    if (value === 'ownPremises' && letsPremises.test(normalized)) return false;
    const match = pattern.exec(normalized);
    return match !== null && !kindDenied.test(normalized.slice(Math.max(0, match.index - 8), match.index));
  })?.[1];
}

/**
 * What the premises are used for: trading, teaching or running the school is business; 办公 is office. Named
 * uses (an office, a shop) come first; then how the place is used ("customers walk in" is business, "we only
 * work there, no customers" an office).
 */
/** An office named as the premises; the head office, the street office or an office manager are not. */
const officeUse = /(办公|写字楼|(?<!head |street |post |tax |branch |district |government |sub-district |subdistrict )office(?! manager))/;
const businessUse =
  /(铺|店|商场|经营|买卖|生意|营业|门脸|门面|商用|档口|摊|仓库|库房|厂房|车间|生产|加工|办园|办学|教学|上课|园所|卖|馆|餐厅|大厅|餐饮|卖吃的|理发|美发|美容|美甲|酒吧|网吧|水吧|清吧|诊所|门诊|健身|会所|超市|菜市场|食堂|school|kindergarten|nursery|teaching|classroom|retail|trading|business|sell|sales(?![a-z])|store|shop|restaurant|cafe|café|salon|commercial|showroom|warehouse|storage|factory|production|workshop|stall|boutique|tea ?(?:room|house)|teahouse|dine-in|dining|eat-in|laundr|dry[- ]clean|repairs? (?:shop|place|stall)|florist|outlet|massage|karaoke|ktv|cinema|theat(?:re|er)|(?<![a-z])trade(?![a-z])|(?<![a-z])(?:yoga|pilates|dance|tattoo|nail|fitness|boxing|photo|pottery|piano|spin|barre|martial arts)\s+(?:studio|class(?:es)?|school)|(?<![a-z])(?:yoga|pilates|dojo|bar|pub|gym|clinic|bakery|bistro|diner|eatery|pharmacy|market|supermarket|hotel|hostel|gallery|spa|kitchen)s?(?![a-z]))/;
/**
 * The premises told by what is done there with the trade's clients ("练功房 教跳舞的", "拍婚纱照的影棚", "洗车的", "我们用来接诊",
 * "we teach there", "we see patients there", "people come in to eat"): the place is used for the business. An office is
 * named as one (officeUse, read first) or by its own signs (officeLike); the trade's own work is neither.
 */
const tradeActivity =
  /(上课|授课|教课|培训|练功|排练|跳舞|教(?:跳|画|琴|舞|拳|游泳|书法|英语|孩子|小孩|学员|学生)|影棚|摄影|拍照|拍摄|拍婚纱|洗车|修车|维修|修理|接诊|看病|看诊|治疗|理疗|推拿|按摩|针灸|检测|化验|做饭|做菜|吃饭|堂食|接待(?:客|顾|学|病|家长)|学员|(?:孩子|小孩|学生|家长|病人|患者)(?:们)?(?:来|过来|都来)|干活|演出|展览|工作室|场馆|场地|锻炼|托管|(?<![a-z])(?:teach(?:es|ing)?|lessons?|cook(?:ing)?|serv(?:e|es|ing) (?:food|meals|drinks|coffee|people)|patients|treatments?|work(?:ing)? out|workouts?|train(?:s|ing)? (?:clients|people|students|customers|kids|members)|training sessions|photo ?shoots?|wash(?:ing)? cars|car wash|(?:fix|fixing|repair|repairing) (?:cars|bikes|phones|shoes|clothes|things|stuff)|hair done|(?:come|comes|came|coming) (?:in )?(?:here |there )?(?:to|for) (?:eat|dine|meals?|train|learn|lessons|classes|practi[cs]e|work out|shop|buy|treatment|a haircut|their hair)|shop floor|studio|rehears\w*|performances?|(?:see|treat) (?:patients|clients|customers)|students|pupils)(?![a-z]))/;
const officeLike = /(不对外|没有客人|没客人|不接待|(?<![a-z])no (?:customers|clients|walk-ins|one comes|visitors)|nobody (?:comes|visits)|no one visits|where (?:our|the) (?:team|staff) works?|workspace|desks|admin(?:istrative)?(?![a-z])|back office)/;
const businessLike = /(客人|顾客|customers?(?![a-z])|clients? come|walk[- ]in|serv(?:e|ing) (?:food|customers|clients)|haircut|classes|kids come)/;

function readPremises(normalized: string): string | undefined {
  if (officeUse.test(normalized) && !/(不是办公|不办公|not (?:an |as an )?office)/.test(normalized)) return 'office';
  if (businessUse.test(normalized)) return 'business';
  if (officeLike.test(normalized)) return 'office';
  return businessLike.test(normalized) || tradeActivity.test(normalized) ? 'business' : undefined;
}

/**
 * Registered and taxed in Xicheng: "both" and "here" say yes to the question as asked; another district named
 * alone ("we're in Haidian", "outside xicheng") says no; both places named are left to the extractors (split).
 */
const hereWord = /(西城|本区|xicheng|(?<![a-z])here(?![a-z]))/;
const notHere = /(不在西城|西城以外|outside (?:of )?xicheng|not (?:in |registered in )?xicheng|^(?:不|没)在(?:这|这边|这儿|这里|本地)?[\s。.!！~]*$)/;
/** "在", "在的", "是在", "在这边": asked whether it is registered here, "at it" alone says yes. */
const bareHere = /^(?:是|对|嗯)?[\s,，]*(?:都|也|一直)?在(?:的|呢|啊|呀|这|这边|这儿|这里|本地)?[\s。.!！~]*$/;
const bothYes = /(^(?:yes|yeah|yep)?[,\s]*both(?![a-z])|都是|都在|两个都|两样都)/;

/** A no on its own between commas: "no", "nope", "不不", "没有". */
const bareNo = /(?:^|[\s,，.。;；!！-])(?:no|nope|nah|不+|没有|没)(?=$|[\s,，.。;；!！-])/g;

/**
 * Whether the answer denies another place, which is the yes: "we're not outside Xicheng, no, registered right here",
 * "not in Haidian or anywhere, no - here in Xicheng", "不在外区 没有 就在西城注册的". A no standing alone in it says
 * no to that other place, not to the question.
 */
function deniesElsewhere(said: string): boolean {
  return doubleNegative.test(said) || elsewhereDenied.test(said);
}

function readRegistered(said: string): boolean | undefined {
  // "没有不在西城的", "not registered anywhere else": the negation is of elsewhere.
  const denied = deniesElsewhere(said);
  let normalized = said.replace(assent, ' ');
  if (denied) normalized = normalized.replace(everyElsewhereDenied, ' ').replace(bareNo, ' ');
  if (notHere.test(normalized)) return false;
  const elsewhere = elsewhereZh.test(normalized) || elsewhereEn.test(normalized) || /(外区|外地|elsewhere)/.test(normalized);
  const here = hereWord.test(normalized);
  if (elsewhere) return here ? undefined : false;
  if (here) return !negation.test(normalized);
  return denied || bothYes.test(normalized) || bareHere.test(said.trim()) ? true : undefined;
}

/**
 * Takings that did not fall: "其实还涨了点", "没降反而涨了", "跟去年差不多", "revenue actually went up", "about the same
 * as 2019". Asked for the drop, that is a drop of 0 (the 80% test of （十三） fails), never a retry. A fall named
 * beside it ("降了一点", "down a bit") is a drop of unknown size, so it is left to the figures.
 */
const notDown = /(涨了|涨点|上涨|增长|增加了|提高了|上升|反而涨|不降反|没降|没有降|没下降|没有下降|没少|没减少|没有减少|持平|差不多|一样|没什么变化|没啥变化|没变化|没受影响|没有受影响|没影响|比去年还好|比去年好|还多了|更多了|(?<![a-z])(?:went up|gone up|increased|rose|risen|grew|grown|higher|up on|up from|more than (?:before|last year|in 2019)|(?:didn'?t|did not|never) (?:drop|fall|go down|decrease|decline)|no (?:drop|decline|decrease|fall)|not down|about the same|the same|flat|unchanged|no change|(?:wasn'?t|was not|weren'?t|not) affected|unaffected)(?![a-z]))/;
const someFall = /(降了|下降了|少了|跌了|下滑|减少了|掉了|(?<![a-z])(?:dropped|fell|fallen|down by|down about|down around|decreased|declined|lost)(?![a-z]))/;
const fallDenied = /(没|没有|不|未)(?:降|下降|少|跌|减少|掉)|(?:didn'?t|did not|never|not|no)\s+(?:\w+\s+)?(?:drop|fall|decrease|decline|go down|down)/;

function readNoDrop(normalized: string): string | undefined {
  if (notAnAnswer.test(normalized) || !notDown.test(normalized)) return undefined;
  // "降了一点 没降多少": some fall, of no stated size; "没降" alone is none.
  if (someFall.test(normalized) && !fallDenied.test(normalized.replace(someFall, ''))) return undefined;
  return /(没降多少|没怎么降|降得不多|not (?:down )?(?:much|by much))/.test(normalized) ? undefined : '0';
}

/**
 * No takings at all in February–April 2020: "no revenue at all", "we made nothing, we were shut", "零收入", "颗粒无收".
 * Asked for the drop, that is a drop of 100% (no figure to read, and never a retry).
 */
const noTakings = /(颗粒无收|零收入|一分钱(?:都|也)?没(?:挣|赚)|(?<![a-z])(?:no (?:revenue|income|takings|sales|turnover|business)(?: at all| whatsoever)?|(?:zero|nil) (?:revenue|income|takings|sales|turnover)|(?:revenue|income|takings|sales|turnover) (?:was|were|went to|fell to|dropped to) (?:zero|nil|nothing)|(?:made|earned|took|took in|sold) (?:basically |practically |virtually |absolutely |literally )?nothing|(?:practically|basically|virtually|almost|near) (?:zero|nil)|nothing coming in|(?:went|gone|fell|dropped|down|crashed|collapsed|came) (?:down )?to (?:basically |practically |virtually |almost |next to |pretty much |literally )?(?:nothing|zero|nil)|(?:降|掉|跌)(?:到|为)(?:了)?(?:零|0|几乎为零)|几乎没有收入)(?![a-z]))/;

function readDropInWords(normalized: string): string | undefined {
  if (notAnAnswer.test(normalized)) return undefined;
  return noTakings.test(normalized) ? '100' : readNoDrop(normalized);
}

/** Whether the text tells of a chain or a branch in any words ("连锁", "分公司直营", "the 30% thing for chains"), denied or not. */
export function tellsOfChain(normalized: string): boolean {
  return restated.chainBranch?.words.test(normalized) ?? false;
}

const readers: Partial<Record<FactName, Reader>> = {
  revenueDropPercent: readDropInWords,
  registeredInXicheng: readRegistered,
  enterpriseSize: (normalized) => readSizeAnswer(normalized)?.value,
  landlordType: readLandlord,
  premisesUse: readPremises,
  layoffs: readLayoffsAnswer,
  operatingStatus: readOperatingStatus,
  paysRent: readPaysRent,
  industry: readIndustry,
};

/**
 * An operator relaying the answer: "caller says nobody", "来电人称没有", "she said 2 people". The answer is what
 * follows; the grammars that read a whole answer ("nobody", "none") read it without the relaying words.
 */
const relayed = /^\s*(?:(?:the\s+)?(?:caller|client|customer|owner)|she|he|they)\s+(?:says|said|tells me|told me|reports|reported|mentions|mentioned|confirms|confirmed|states|stated)\s*(?:that\s+)?[:,]?\s*|^\s*(?:来电人|来电者|来电方|对方|客户|老板|他|她)(?:说|称|表示|反映|讲)[:：,，]?\s*/i;

function readOwn(fact: FactName, normalized: string): string | boolean | undefined {
  return readers[fact]?.(normalized) ?? readRestated(fact, normalized);
}

/**
 * The value said after the owner's last self-correction inside one answer ("总部付的……不对，去年起改成门店自己付了",
 * "小型 哦不 微型", "head office pays, no wait, the branch pays it itself"; the markers are retraction.ts's), by the
 * fact's grammar; undefined when there is no correction or what follows it reads nothing. It beats whatever the
 * words before it name.
 */
export function correctedAnswer(fact: FactName, text: string, normalized: string = normalizeText(text)): string | boolean | undefined {
  for (const { start, end } of correctedTail(normalized)) {
    const read = readOwn(fact, normalized.slice(start, end));
    if (read !== undefined) return read;
  }
  return undefined;
}

/** The value the text gives for the fact asked, by that fact's grammar; undefined when it gives none. */
export function readAnswer(fact: FactName, text: string, normalized: string = normalizeText(text)): string | boolean | undefined {
  const corrected = correctedAnswer(fact, text, normalized);
  if (corrected !== undefined) return corrected;
  const read = readOwn(fact, normalized);
  if (read !== undefined || !relayed.test(normalized)) return read;
  const answer = normalized.replace(relayed, '');
  return answer === '' ? undefined : readOwn(fact, answer);
}
