/**
 * Conversation cues: what kind of message this is (a correction, a request to go back, a complaint, a
 * question about today ...), read once here from the words in intents/cues.yaml so the dialog engine never
 * re-reads raw text. Pure after the file is loaded.
 *
 * @example
 *   textCues('不对，我们其实是办公用房') // { correction: true, question: false, ... }
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readYamlFile } from '../lib/yaml-data.js';
import { wordListsMatcher } from '../lib/word-lists.js';
import { normalizeText, questionBuAfter } from './normalize-text.js';

export const cueNames = [
  'explicitReset', 'complaint', 'correction', 'resume', 'tenantSide', 'landlordSide', 'digression', 'calculate', 'aboutNow',
  'borrowerSide', 'guarantorSide', 'checkup', 'undo', 'reversal', 'school', 'conditions', 'stillValid',
  'courtesy', 'humanAsked', 'stillAsk', 'askPeriod', 'willCheck', 'broadAsk', 'askMeaning', 'outsideMeasures', 'askAmount',
  'pastStory',
] as const;
export type CueName = (typeof cueNames)[number];

/**
 * Every cue of a message, plus whether it reads as a question, whether it asks whom to call, and whether it
 * holds the owner's own working ("1.4%×9.5亿×50%=665w", "20k x 2 = 40k").
 */
export type TextCues = Record<CueName | 'question' | 'whomToCall' | 'working', boolean>;

export const cuesFile = fileURLToPath(new URL('../../intents/cues.yaml', import.meta.url));

const phrases = z.array(z.string().trim().min(1)).default([]);
const cueSchema = z.object({ zh: phrases, en: phrases }).strict();
const fileSchema = z.object(Object.fromEntries(cueNames.map((name) => [name, cueSchema])) as Record<CueName, typeof cueSchema>).strict();

export type CueWords = z.infer<typeof fileSchema>;

/**
 * A message reads as a question when it has a question mark or word ("有优惠没" asks, its 没 at the end;
 * "要准备啥" asks, "没啥变化" does not).
 * An English question word asks where a question starts: at the start of a clause, after "and", "so", or
 * after "I'd like to know", "tell me"; inside a statement it does not ("a shop where customers come in", "we
 * closed when the rules came", "we didn't fire any staff"). Kept in code: grammar, not vocabulary staff
 * would extend.
 */
export const questionCue = new RegExp([
  // 么 and chat's 木 end a question as 吗 does ("有上限么", "能免木"); 什么 and 怎么 ask anyway.
  // "还管用不", "能免不", "也减半不": a clause-final 不 after the verb asked about asks, as 吗 does (normalize-text.ts).
  `${questionBuAfter}不(?=\\s*$|[\\s,.;!?~，。；！？…])`,
  String.raw`[?？]|吗|呢|(?<=[\u4e00-\u9fff])(?<![那这多要什怎干为])[么木](?=\s*$|[\s,.;!?~，。；！？…])|百分之几|(?<![好十])几(?:成|个点|折|以下|以上|以内)|怎么|如何|能不能|能否|可不可以|可以|是不是|有没有|会不会|算不算|行不行|是否|多少|哪|什么|谁|咋|(?<!没)啥(?![也都])|多久|几时|多长时间|有[^，。,;；\s]{1,8}没有?\s*$`,
  String.raw`(?:^|[,;.!:()\-–—]\s*|(?<![a-z])(?:and|but|so|then|also|or|ok|okay|well|hi|hello|please|know|ask|asking|wonder|wondering|wondered|tell me|see|check|find out|sure|explain|curious|question|q)\s+)(?:how|what|whats|can|could|who|where|when|which|is there|are there|do i|does|should|any)(?![a-z])`,
  // Run-on voice-to-text has no commas: a question word with the words a question goes on with asks anywhere.
  String.raw`(?<![a-z])(?:how (?:much|many|long|do|does|can|should|to)|what (?:is|are|do|does|can|about|if|should)|(?:can|could|should) (?:we|i|you|they|it|my|our|that|this|a|an|small|sole)|(?:do (?:we|i|you|they)|does (?:it|that|this|my|our|the))(?! not(?![a-z]))|where (?:do|does|can|should|is|are)|when (?:do|does|can|will|should|is)|who (?:do|does|can|should|is)|which (?:office|department|unit|one)|is there|are there)(?![a-z])`,
].join('|'), 'i');
const longMessageChars = 16;

/**
 * A question asked for effect, that is itself an answer: "就我一人儿 辞谁去", "哪有人可裁" (nobody to lay off), "就俩伙计
 * 哪敢裁啊", "裁啥裁", "who would I fire, it's just me", "lay off who?". It asks nothing of the bot.
 */
export const rhetoricalCue = /(?:辞|裁|开除|炒|解雇|辞退)谁(?:去|啊|呀|呢|哇)?|哪(?:有|来的?)(?:人|员工|伙计)(?:可|能|好)?(?:裁|辞|开除|炒)|(?:裁|辞|开除|炒)(?:什么|啥)人|哪(?:能|敢|舍得|忍心|会|好意思)(?:裁|辞|开除|炒|解雇)|(?:裁|辞)(?:啥|什么)(?:裁|辞)|(?<![a-z])who (?:would|could|can|should|is there to) (?:i |we )?(?:fire|lay off|let go|sack)(?![a-z])|(?<![a-z])(?:fire|lay off|let go|sack|layoffs?) (?:who|whom|anyone\?)(?![a-z])/i;

/** Whether a message reads as a question rather than an answer: a question word or mark, or a long message. */
export function looksLikeQuestion(text: string): boolean {
  return questionCue.test(text) || text.trim().length >= longMessageChars;
}

/**
 * Words of a contact question: a phone or number (not one being given), a department, whom to ask. English
 * words stand alone: "Caller runs a cleaning firm" names no call, "the whole rent" no "who".
 */
export const whomToCallCue = /(?<!我的|我们的|my |our )(电话|号码|phone|number(?! of\b))(?!\s*[:：]?\s*\d)|联系|找谁|问谁|哪个部门|哪个科|科室|热线|手机号?(?!\s*[:：]?\s*\d)|是谁|谁负责|谁管|归谁|哪位|(?<![a-z])(contact|call|who|which (?:office|department|person)|hotline|talk to|speak to|reach)(?![a-z])/i;

/**
 * Phones as the owner's trade, not a number asked for: "手机维修铺子", "卖手机的", "a phone repair stall", "we sell
 * mobile phones". Blanked before the words of a contact question are looked for.
 */
export const phoneTrade = /(?:修|卖|贴|回收)手机|手机(?:维修|修理|店|壳|膜|配件|专卖|回收|贴膜|批发|零售|摊|铺|城|卖场|卖)|(?<![a-z])(?:mobile |cell ?)?phones?\s+(?:repair\w*|shop|store|accessor\w*|cases?|retail\w*|stall|dealer\w*)|(?<![a-z])(?:repair(?:ing|s)?|sell(?:ing|s)?|fix(?:ing|es)?)\s+(?:mobile |cell ?)?phones?(?![a-z])/g;

/**
 * An operator naming their own desk, not asking for a line: "Hotline: caller has a cleaning firm…", "12345 hotline here",
 * "this is the hotline operator", "我是12345热线的", "热线转来一个来电", "12345 hotline here typing for a caller: …". Blanked before the
 * words of a contact question are looked for.
 */
export const operatorDesk = /^\W*(?:12345\s*)?(?:hotline|helpline|call cent(?:er|re)|12345(?=\s+(?:operator|staff|agent|seat)))(?:\s+(?:operator|staff|agent|desk|seat|team))?(?:\s+(?:here|speaking))?\s*(?=[:,.\-–—]|$|\s+(?:typing|writing|asking|relaying|texting|messaging)(?:\s+this)?(?:\s+(?:in|up))?\s+(?:for|on behalf of)\s+(?:a|the|one|our)?\s*(?:caller|citizen|resident|(?:business |shop )?owner))|(?<![a-z])(?:typing|writing|asking|relaying|texting|messaging)(?:\s+this)?(?:\s+(?:in|up))?\s+(?:for|on behalf of)\s+(?:a|the|one|our)?\s*(?:caller|citizen|resident|(?:business |shop )?owner)(?![a-z])|(?<![a-z])(?:this is|i'?m|i am|we'?re|we are|calling from|(?:calling |writing )?on behalf of)\s+(?:the\s+)?(?:12345\s*)?(?:(?:citizen|city|government|service)\s+)?(?:hotline|helpline)(?:\s+(?:operator|staff|agent|desk|seat|team))?(?![a-z])|(?<![a-z])(?:12345\s*)?(?:hotline|helpline)\s+(?:operator|staff|agent|seat)(?:\s+(?:here|speaking))?(?![a-z])|(?:我是|这里是|这边是|我们是)\s*12345\s*热线(?:的)?(?:接线员|工作人员|坐席|座席)?|12345\s*热线(?:接线员|工作人员|坐席|座席)|热线(?:接线员|坐席|座席)|热线(?:这边)?转(?:过)?来(?:的|一个)?/gi;

/**
 * Arithmetic written out: two figures joined by an operator (×, *, x, 乘, ÷, 除以, times) or by an equals sign.
 * (Not "/": "3/4月" is two months.)
 */
const figureEnd = String.raw`\d\s*(?:%|万|亿|千|w|k|m|元|块)?\s*[)）]?\s*`;
const operator = String.raw`(?:[×xX*÷]|乘以?|除以|times|multiplied by)\s*[(（]?\s*\d`;
export const workingCue = new RegExp(String.raw`${figureEnd}${operator}|${figureEnd}(?:[=＝]|等于)\s*\d`, 'i');

/**
 * Which side of a lease the speaker says they are on, as a sentence: a speaker (the owner, or the caller an operator
 * speaks for), a copula, a role: "来电人称自己是租户", "我们属于承租方", "caller is a tenant", "we're the lessor". A
 * negation between them ("我不是房东", "we're not the landlord") breaks the pattern, and so does a role that only
 * qualifies another ("我们是房东的租户"). Grammar beside the phrase lists
 * of intents/cues.yaml: it covers every speaker and role word at once.
 */
const zhSpeaker = '(?:我们?|咱们?|来电(?:人|者|方|的)|对方|客户|该(?:企业|公司|商户)|本(?:企业|公司))';
const zhCopula = '\\s*(?:公司|单位|企业|这边|店里|家)?\\s*(?:称|说|表示)?\\s*(?:自己|其)?\\s*(?:就|也|才|其实|实际上|只|是)?\\s*(?:是|属于|算是?|为)\\s*(?:一个|一家|个)?\\s*';
const enSpeaker = "(?<![a-z])(?:i|we|(?:the )?caller|(?:the )?client|(?:the )?customer)(?:\\s+(?:says|said)\\s+(?:she|he|they|it))?";
const enCopula = "\\s*(?:'m|'re|'s|\\s+am|\\s+are|\\s+is|\\s+was|\\s+were)\\s+(?:actually\\s+|just\\s+|only\\s+|also\\s+|really\\s+)?(?:a|an|the|their|its)?\\s*(?:small\\s+)?";
const sideStatement = (zhRole: string, enRole: string): RegExp =>
  new RegExp(`${zhSpeaker}${zhCopula}${zhRole}(?![的那])|${enSpeaker}${enCopula}${enRole}(?![a-z]|'s)`, 'i');
const tenantStatement = sideStatement('(?:租户|承租方|承租人|承租户|租客|租房的|租房子的|租的)', '(?:tenants?|lessees?|renters?)');
const landlordStatement = sideStatement('(?:个人|私人|小|二)?(?:房东|业主|出租方|出租人|产权方|产权单位|房主)', '(?:(?:an? )?(?:individual|private|small|personal|sub-?|company) )?(?:landlords?|lessors?|property owners?|owners? of (?:a|an|the|this|our)\\s+(?:[a-z-]+\\s+){0,2}?(?:building|property|premises|mall|plaza|arcade|shopping (?:centre|center)|office block|complex|market|courtyard))');

/**
 * Letting to others, or having tenants: "i rent it to a small company", "we lease our floors out", "we have tenants",
 * "我有套房子租给一家小公司", "我们有几家租户". The owner is the landlord, though "i rent" / "我租" alone would say tenant.
 */
const lettingStatement = new RegExp([
  "(?<![a-z])(?:i|we)\\s+(?:rent|rents|rented|let|lease|leased|sublet|am renting|are renting|'m renting|'re renting|am letting|are letting|'m letting|'re letting)\\s+(?:(?:it|them|this|that|the|our|my|a|an|some|part|space|\\w+)\\s+){0,3}?(?:out|to)(?![a-z])",
  "(?<![a-z])(?:i|we)\\s+(?:have|had|'ve got|got)\\s+(?:(?:a|some|several|few|many|\\d+|two|three|four|five|small|sme|business)\\s+){0,2}tenants?(?![a-z])",
  // "a private person renting my flat to a small design studio", "letting our shop out to a cafe": the owner's own place
  // let to someone; "I knocked 10k off their rent", "took 5k off the tenants' rent": the tenant's rent cut by the speaker.
  "(?<![a-z])(?:renting|letting|leasing)\\s+(?:out\\s+)?(?:my|our)\\s+(?:[\\w-]+\\s+){0,2}?(?:flats?|apartments?|units?|shops?|rooms?|offices?|space|property|place|house|premises|storefronts?)\\s+(?:out\\s+)?to\\s+(?!us\\b|me\\b)",
  "(?<![a-z])(?:i|we)\\s+(?:knocked|took|cut|shaved|waived|forgave)\\s+[^.?!;]{0,20}?\\s*off\\s+(?:their|his|her|the\\s+tenants?'?s?|our\\s+tenants?'?s?|my\\s+tenants?'?s?)\\s+rent(?![a-z])",
  // Not "房租给免了" (the rent was waived: 房租 + 给免, 给 is the waiver's), but "把房租给别人" is a letting.
  '(?<!房东|他们|人家|对方|业主)(?<!(?<!把)房)租给(?![我咱]|免|减|降|打折|退|补|少)',
  // "给租我房子的小饭馆免了两个月": the tenant renting the speaker's place.
  '租(?:了)?(?:我|我们|咱|咱们)(?:家)?(?:的)?(?:房子|房|门面|铺面|店面|底商|铺子)',
  // "我们是出租房子的那方", "we're the ones renting it out": the letting side named as such.
  '出租(?:房子|房屋|门面|铺面|商铺|店面|写字楼)?的(?:一方|那方|那边|一边|那个|人|公司|企业|单位)',
  "(?<![a-z])(?:we're|we are|i'm|i am)\\s+(?:actually\\s+)?the\\s+ones?\\s+(?:renting|letting|leasing)\\s+(?:it|them|the\\s+\\w+)?\\s*out(?![a-z])",
  // "(our WFOE) leases floors to SMEs", "we rent units out to small firms", "our company owns a small office building"
  // (not the landlord's doing: "our landlord owns the building and rents floors to small firms").
  '(?<!landlord[^.?!;]{0,80})(?<![a-z])(?:leases?|lets?|rents?|leased|rented|sublets?)\\s+(?:out\\s+)?(?:(?:a|an|the|our|its|some|several|two|three|four|five|\\d+)\\s+)?(?:[\\w-]+\\s+){0,2}(?:floors?|units?|space|spaces|shops?|rooms?|offices?|storefronts?|shopfronts?|premises|flats?|apartments?)\\s+(?:(?:on|in|at)\\s+(?:the\\s+|our\\s+)?[\\w-]+\\s+)?(?:out\\s+)?to\\s+(?!us\\b|me\\b)',
  '(?<![a-z])(?:we|i|our\\s+(?!landlord)(?:[a-z]+\\s+){1,2})(?:own|owns)\\s+(?:a|an|the|two|three|several|some|this)\\s+(?:small\\s+|little\\s+)?(?:office\\s+|commercial\\s+|retail\\s+)?(?:building|block|tower|mall|plaza|complex|properties)(?![a-z])',
  // "i personally own a flat in xicheng rented to a small business", "i own a shop unit myself, rented to a cafe": premises
  // of the owner's own let to someone.
  "(?<![a-z])(?:i|we)\\s+(?:\\w+\\s+)?(?:own|owns|have|bought)\\s+(?:a|an|the|one|two|three|some|several|\\d+)\\s+(?:[\\w-]+\\s+){0,3}?(?:flats?|apartments?|units?|shops?|shopfronts?|storefronts?|properties|property|houses?|rooms?|premises|spaces?|offices?)(?:[\\s,]+[\\w-]+){0,5}?[\\s,]+(?:(?:which|that)\\s+)?(?:(?:is|are|was|were)\\s+)?(?:rented|let|leased)\\s+(?:out\\s+)?to\\s+(?!us\\b|me\\b)",
  // "自家的门脸房租给人卖早点", "一套房租给小公司": 房 ends the premises' name, so its 租给 is a letting (not "房租给免了").
  '(?:门脸|门面|铺面|临街|底商|一套|这套|那套|一间|两间|自家|家里|我家)房租给(?![我咱]|免|减|降|打折|退|补|少)',
  '(?:我|我们|咱们?)(?:公司|单位|家)?有[^,，。;；]{0,6}(?:租户|租客|承租户|承租方)',
  // "为承租的小微企业减免租金", "对入驻企业减免了房租": the owner reduced others' rent (not "房东给我们减了租").
  '(?<!(?:房东|国企|政府|业主|他们|对方|人家)[^,，。;；]{0,8})(?:为|给|对)(?!我|咱)[^,，。;；]{0,10}(?:租户|商户|租客|企业|承租方|承租户|公司|小微)[^,，。;；]{0,6}(?:减免|减|免)(?:(?:了|过)[^,，。;；]{0,4}(?:租金|房租|租)|[^,，。;；]{0,4}(?:租金|房租)\\s*(?:共计|一共|合计|总计|累计|\\d))',
  // "我们房东企业 减了租户两个月房租", "减免了租户的租金", "免了商户三月的房租": the tenants' rent as the object of the speaker's
  // reducing. Not a landlord's doing told by the tenant ("房东减了租户的房租" of another landlord, "国企免了租户房租"), unless
  // the landlord named is the speaker ("我们房东企业", "咱们业主方": 我们 before 房东 with no 是 is the landlord speaking).
  // (The lookahead first: the lookbehinds are tried only where a verb of reducing starts.)
  '(?=[减免降少退])(?<!(?<!我们|咱们|我|我司|本)(?:房东|业主|出租方)[^,，。;；]{0,8})(?<!(?:国企|政府|他们|对方|人家|她们|她|他)[^,，。;；]{0,8})(?:减|免|减免|降|少收|退)(?:了|过)(?:租户|租客|商户|承租方|承租户|入驻企业)(?:们)?(?:的)?[^,，。;；]{0,8}?(?:房租|租金|租|月|万|千|块|元|\\d)',
  // "our SME tenants", "for our two shop tenants", "we reduced their rent": the tenants are the owner's (not "our
  // landlord's other tenants", nor a tenant's "our landlord cut our rent").
  '(?<!landlord[^.?!;]{0,80})(?<![a-z])(?:our|my)\\s+(?:[a-z-]+\\s+){0,2}tenants?(?![a-z])',
  "(?<!landlord[^.?!;]{0,80})(?<![a-z])(?:we|i)\\s+(?:\\w+\\s+)?(?:cut|reduced|lowered|waived|halved|discounted|dropped|slashed|forgave)\\s+(?:the\\s+)?(?:their|his|her|the tenants?'?s?|(?:our|my|the)\\s+(?:clients?|customers?|tenants?|occupants?|lessees?)'s?|(?:clients?|customers?|tenants?)')\\s+rents?(?![a-z])",
  // "our firm waived March and April rent for two small tenants": rent cut for tenants counted or described.
  // (The subject may be left out after "and" or a pause: "we are a district SOE and waived March–April rent for SME tenants".)
  "(?<!landlord[^.?!;]{0,80})(?:(?<![a-z])(?:we|i|our\\s+(?!landlord)[a-z]+)\\s+(?:\\w+\\s+)?|(?:(?<![a-z])and|[,;]|^)\\s*)(?:cut|reduced|lowered|waived|halved|discounted|slashed|forgave)\\s+(?:[\\w–-]+\\s+){0,4}?rents?\\s+for\\s+(?:(?:our|my|the|all|some|several|\\d+|two|three|four|five|six|small|sme|little|shop|retail)\\s+){0,3}tenants?(?![a-z])",
  // "we forgave rent for all our small shops", "i waived the rent of my two units": the rent of premises the owner lets.
  "(?<!landlord[^.?!;]{0,80})(?<![a-z])(?:we|i)\\s+(?:\\w+\\s+)?(?:cut|reduced|lowered|waived|halved|discounted|slashed|forgave|cancelled|canceled)\\s+(?:the\\s+)?rents?\\s+(?:for|of|to)\\s+(?:all\\s+)?(?:of\\s+)?(?:our|my)\\s+(?:[a-z0-9-]+\\s+){0,2}?(?:shops|tenants?|clients?|units?|businesses|stores|occupants|lessees|firms|companies)(?![a-z])",
].join('|'), 'i');

/**
 * The landlord's own subsidy asked about by anyone, the tenant too: "房东能拿补贴吗", "给房东的补贴", "can my landlord
 * get a subsidy?", "our landlord cut our rent, can they claim anything?". The measure asked is the landlord's (（一）'s
 * 30%), whoever asks; the tenant's words ("our landlord", "our rent") do not make it the tenant's waiver.
 */
const landlordBenefit = new RegExp([
  String.raw`(?:房东|业主|出租方|房主)(?:这边|那边|方|他们|那头)?(?:能|可以|能不能|可不可以|会|有没有|是否|也|还)?(?:能)?(?:拿|领|申请|得到|享受|获得|有)(?:到)?(?:什么|啥|多少)?(?:政府)?(?:的)?(?:补贴|补助|资金补贴)`,
  String.raw`给(?:房东|业主|出租方|房主)(?:的)?(?:补贴|补助)`,
  String.raw`(?<![a-z])(?:can|could|would|will|does|do|is|are)\s+(?:(?:my|our|the)\s+)?(?:landlord|lessor|property owner)s?\s+(?:\w+\s+)?(?:get|claim|apply|receive|qualify|be (?:subsidi[sz]ed|compensated|paid))`,
  // "landlords who waived rent, what do they get", "房东减租有没有补贴", "给租户免了房租的业主有补助吗": the landlord's subsidy asked.
  // (Plural, landlords in general: "renting from a private landlord who waived April" is the tenant's own landlord.)
  String.raw`(?<![a-z])(?:landlords|lessors|property owners)\s+(?:who|that)\s+(?:\w+\s+)?(?:cut|cuts|reduced?|reduces|waived?|waives|gave|give|gives|granted|grants|lowered|offered)\s`,
  String.raw`(?:房东|业主|出租方|房主)(?:给(?:租户|租客|商户|承租方))?(?:减租|免租|减了?房租|免了?房租|减免了?(?:房租|租金)|减了?租金|免了?租金)[^，,。；;]{0,8}?(?:有没有|有|能|可以|能不能|给不给|给)(?:什么|啥)?(?:政府的?)?(?:补贴|补助|奖励)`,
  String.raw`(?:减租|免租|减免(?:房租|租金))的(?:房东|业主|出租方|房主)`,
  String.raw`(?<![a-z])(?:landlord|lessor)s?[^.?!;]{0,60}(?:(?:can|could|would|will|do|does)\s+(?:they|he|she|it)|(?:they|he|she|it)\s+(?:can|could|would|will|might|may))\s+(?:\w+\s+)?(?:get|claim|apply for|receive|qualify for)\s+(?:a\s+|any\s+|the\s+|some\s+)?(?:\w+\s+)?(?:subsid|compensation|support|money back|anything|something)`,
  String.raw`(?<![a-z])(?:subsid\w*|compensation|support)\s+for\s+(?:my|our|the)\s+landlord`,
].join('|'), 'i');

/** Staff let go: "let 3 people go", "let two of them go", "let her go", "let our cook go". */
const staffLetGo = /(?<![a-z])let\s+(?:[a-z0-9'-]+\s+){0,6}?go(?![a-z])/;
const everyStaffLetGo = new RegExp(staffLetGo.source, 'g');

/**
 * An owner with a landlord of some kind ("district SOE landlord", "state-owned landlord", "Xicheng guoqi landlord", as operators
 * note it), or who
 * pays the rent ("pays 240k a year", "we pay 20k a month"): the tenant.
 */
const hasLandlord = /(?<![a-z])(?:soe|state[- ]owned|state|district|private|government|municipal|city|guoqi|guoyou|qushu)\s+landlord(?!s)(?!\s+(?:subsid|support|relief|here|speaking))|(?<![a-z])(?:pays?|paying|paid)\s+(?:about\s+|around\s+)?[\d.,]+\s*(?:k|w|thousand|yuan|rmb|元)?\s*(?:a|per|each|\/)\s*(?:month|year|mo|yr)(?![a-z])/;

/**
 * The tenants' payments told by the one who receives them: "the tenants pay 80k a month", "they paid 9k and 11k",
 * "他们交的房租一个月1万", "两家租户每月付两万". The payer is someone else, so the words of paying ("交的房租",
 * "pays 8k a month") say nothing of the speaker being a tenant.
 */
const othersPay = new RegExp([
  String.raw`(?:他们|她们|他家|她家|他|她|租户|租客|商户|承租方|承租人|对方|人家|那家|这家|每家|各家|每户|[一二两三四五六七八九十几\d]+(?:家|户)(?:租户|商户|租客)?)(?:的)?(?:每个?月|一个月|每月|一年|每年)?(?:都)?(?:交|付|缴)(?:的|给我们的|给我的)?(?:房租|租金)?`,
  String.raw`(?<![a-z])(?:(?:the|our|my|each|both|all|these|those|two|three|\d+)\s+)?(?:tenants?|they|he|she|renters?|lessees?|shops?)\s+(?:each\s+|both\s+|all\s+)?(?:pay|pays|paid|paying|were paying|was paying)(?![a-z])`,
].join('|'), 'i');
const everyOthersPay = new RegExp(othersPay.source, 'gi');

/** The landlord described as a third party: "the landlord is actually the district property company", "landlord's a …", "lessor: …". */
const landlordDescribed = /(?<![a-z])(?:(?:the|our|my|her|his|their|caller's)\s+)?(?:landlord|lessor)\s*(?:is|was|'s|being|=|:)\s*(?!me\b|us\b|we\b)[^.?!;,]*/;
const everyLandlordDescribed = new RegExp(landlordDescribed.source, 'g');

/**
 * The owner's trade first, then the landlord spoken of as someone else: "服装店 房东是个人的", "卖衣服的 房东是中央企业",
 * "开眼镜店的，房东是央企", "flower shop, landlord is a private person": a shop that has a landlord is the tenant. (Not
 * "房东是国企，减租的事怎么弄": no trade of the speaker's is named, so either side may be asking.)
 */
const tradeThenLandlord = new RegExp([
  // "早点铺子 疫情那会让关门了 关了俩月 房东是国家的单位": the trade first, the landlord a few clauses on.
  String.raw`^\s*(?:(?:开|做|卖|搞|经营)[^\s,，。;；:：!！?？房]{1,8}?的|[^\s,，。;；:：!！?？房租]{1,6}(?:店|馆|铺|坊|摊|厂|工作室|诊所|超市|门市|档口)(?:子|儿)?)(?:老板|这边|这儿)?[\s,，。;；:：!！]+(?:[^?？]{0,30}?[\s,，。;；:：!！])?(?:我们?的|咱的)?(?:房东|业主|房主)(?:是|说|那边|让|叫)(?!我|咱)`,
  String.raw`^\s*(?:(?:a|an|my|our)\s+)?(?:[a-z'-]+\s+){0,3}(?:shop|store|salon|restaurant|cafe|café|bakery|studio|clinic|stall|gym|pharmacy|florist|boutique)(?:\s+(?:owner|here))?\s*[,.;:\-–—]+\s*(?:the\s+)?landlord\s+(?:is|was|'s)(?![a-z])`,
].join('|'));

/**
 * Whether the rent can be waived, asked with words between ("3月4月房租政府给免吗", "能免三四月房租吗", "can the government
 * waive march april rent?"): the rent asked about is the speaker's own, so the speaker pays it (as "房租能免" in
 * intents/cues.yaml says without words between). Not "租金减免怎么办" (how a reduction goes: either side may ask).
 */
const ownRentWaiverAsked = new RegExp([
  String.raw`(?:房租|租金)(?:政府|国家|上面|区里|西城)?(?:能|可以|会|能不能|可不可以|能否)?给?(?:免|减)(?:免|掉|了)?(?:吗|不|么|没|嘛)`,
  String.raw`(?:能|可以|能不能|可不可以)给?(?:免|减)掉?[^，。,;；\s]{0,6}?的?(?:房租|租金)(?:吗|不|么|嘛)`,
  String.raw`(?<![a-z])(?:can|could|will|would|did|does)\s+(?:the\s+)?(?:government|district|xicheng|they|authorities)\s+(?:\w+\s+)?waive\s+(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,3}?rent(?![a-z])`,
].join('|'));

/** Let to the owner: "房东租给我们的门面", "they rent the shop to us", "the SOE rents shops to us". */
const letToUs = /租给(?:我|咱)|(?<![a-z])(?:rents?|rented|leases?|leased|lets?)\s+(?:\w+\s+){0,2}?to (?:us|me)(?![a-z])/i;

/**
 * The owner's own state today, told in a clause that asks nothing: "我们学校现在资金紧，能找银行贷款吗", "we're
 * currently short of cash, can we get a loan?". Its 现在 / currently dates the story, not the question.
 */
const ownStateNow = /(?:我们?|咱们?|俺们?|学校|公司|店里?|单位|园里|(?<![a-z])(?:we|we're|we are|i|i'm|i am|our [a-z]+))[^，,。;；!！?？]{0,8}?(?:现在|目前|如今|眼下|(?<![a-z])(?:currently|now|right now|at the moment)(?![a-z]))/i;
const clauseEnd = /[，,。;；!！?？]|\.(?!\d)|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u;

/**
 * "现在说有补贴", "现在不是说给房东补贴吗": a 现在 that brings in what the owner has heard, not the time asked about
 * ("2020年我们给租户减了租 现在说有补贴 补多少" asks about the 2020 subsidy).
 */
const reportedNow = /(?:现在|如今|目前)(?:不是|又|都|也)?(?:听说|说|据说|讲|传)(?!的)/g;

/**
 * "nice. now rent - our office is …", "thx. different hat now - I also manage an incubator", "ok now for the loan",
 * "好 现在问问稳岗补贴": a "now" that moves the chat on to another measure, not the time asked about. Said where a clause
 * opens, before what the owner turns to (not "now, is it still open?"), or after words of turning ("different hat").
 */
const switchNow = new RegExp([
  String.raw`(?<![a-z])(?:(?:different|other|another|new|next|second|one more) (?:hat|thing|question|topic|subject|matter|one|issue|measure|item)s?|something else|moving on|switching|changing (?:topics?|subjects?|gears))\s+now(?![a-z])`,
  String.raw`(?:^|[,;.!:()\-–—]\s*|(?<![a-z])(?:ok|okay|and|so|right|alright|well|thanks|thank you|thx|ty|cool|great|nice|good|perfect|then|but)[,!.]?\s+)now(?:\s*[,:\-–—]\s*|\s+)(?=(?:for|about|on to|onto|to|the|a|an|my|our|let's|lets|let me|moving|switching|turning|another|something|next|rent|loan|guarantee|landlord|question|regarding|re|what about|how about|tell me|help me|one more|back|(?:i|we) (?:want|wanted|would|'d|also|need to ask|have (?:a|another|one more) question))(?![a-z]))`,
  String.raw`现在(?:再|来|想|要|接着|该)?(?:问问?|聊聊?|算算?|换个?|轮到|看看|咨询|谈谈?)(?!还)`,
].join('|'), 'g');

/** An apology said as such ("sorry", "apologies"): cues.yaml counts it a correction's opening. */
/**
 * "我们的困难不是房租也不是贷款", "our problem isn't rent or loans", "nothing to do with the rent or the loans": the problem
 * said to be none of the measures named (intents/cues.yaml outsideMeasures holds the fixed phrases).
 */
const measuresDenied = /不是[^，。,；;？?！!]{1,10}?也不是|既不是[^，。,；;？?！!]{1,10}?也不是|(?<![a-z])(?:isn't|is not|aren't|are not|not|nothing to do with)\s+(?:about\s+|related to\s+|really\s+)?(?:the\s+|our\s+)?(?:rent|loans?|lending|guarantees?|fees?|tax|jobs?|staff|procurement|vouchers?)(?:\s+stuff)?\s+(?:or|nor)\s+(?:the\s+)?(?:rent|loans?|lending|guarantees?|fees?|tax|jobs?|staff|procurement|vouchers?)(?![a-z])/;

/**
 * "不是学校", "不算培训机构", "not a school", "we're not really a tutoring centre": the owner denies being a school. With
 * no school of another kind said beside it (schoolInstitution: "我们不是幼儿园，是培训学校"), the children's words of
 * the story ("kids art studio… classes for fun", "少儿…兴趣班") are no school cue: （三） is for schools alone.
 */
const everySchoolDenied = /(?:不是|不算|并非|并不是|算不上|又不是|也不是)(?:一?[个家所间])?(?:什么)?(?:正规)?的?(?:学校|培训机构|培训学校|培训班|教培机构|教育机构|辅导机构|辅导班|幼儿园|托育机构|托管班|早教(?:机构|中心)?|补习班|兴趣班|教育培训机构|教育)|(?<![a-z])(?:not|isn't|aren't|we're not|we are not|not really) (?:really )?(?:an? |the )?(?:school|kindergarten|preschool|nursery|daycare|training (?:school|centre|center|institution)|tutoring (?:school|centre|center|business)?|education(?:al)? (?:institution|provider|business))(?![a-z])/g;
const schoolInstitution = /学校|培训机构|培训学校|教培机构|教育机构|幼儿园|民办园|托育机构|(?<![a-z])(?:school|kindergarten|preschool|nursery|institution|academy)(?![a-z])/;

/**
 * Schools that are the owner's customers, not the owner: "学校都没开学" (a print shop's slack), "附近学校停课", "学生都放假了",
 * "the schools nearby were shut so no students came". Not with the owner's own school ("我们学校没开学").
 */
export const everyOthersSchool = /(?<!我们|咱们|我|咱|本|俺们|俺)(?:附近|周边|旁边|周围|边上)?的?(?:学校|中小学|大学)(?:都|也|一直|全|全都)?(?:没|不|没有|还没|停|放假)(?:开学|开课|上课|复课|课|了)?|(?<!我们的|我们|咱们)(?:学生|孩子)(?:都|也|全)?(?:没|不|没有)(?:返校|回来|来|上学)|(?<![a-z])(?:the )?(?:schools?|universit(?:y|ies)) (?:nearby |next door |around (?:us|here) )?(?:were |was |had |got )?(?:closed|shut|empty)|(?<![a-z])no (?:students|kids|pupils) (?:came|around|coming)/g;

/**
 * "what can i actually get", "what exactly could we claim", "what can we really get": an adverb of emphasis inside the
 * check-up's words. They are read as if it were not there (the phrase lists hold the plain wording).
 */
const emphasisAdverb = /\b(?:actually|really|realistically|possibly|honestly|exactly|even|genuinely|legitimately|potentially) (?=[a-z])/;
const everyEmphasisAdverb = new RegExp(emphasisAdverb.source, 'g');

const everyApology = /(?<![a-z])(?:sorry|apologies)(?![a-z])/g;

/** Where a sentence ends, its mark kept with it. */
const sentenceEnd = /(?<=[。！!？?；;\n])/;

/**
 * "我们去年刚办完迁址手续，现在注册纳税都在西城了。门店是区属国企的，3、4月份房租能免吗？": sentences that only tell, beside
 * one that asks, are the owner's story; their 现在 dates the story, not the question. The asking sentences, or the
 * whole text when every sentence (or none) asks.
 */
function askingSentences(text: string): string {
  const sentences = text.split(sentenceEnd).filter((sentence) => sentence.trim() !== '');
  if (sentences.length < 2) return text;
  const asking = sentences.filter((sentence) => questionCue.test(sentence));
  return asking.length === 0 || asking.length === sentences.length ? text : asking.join('');
}

/** The message without its clauses of the owner's own state today (see ownStateNow), when one is there. */
function withoutOwnStateNow(text: string): string {
  const lower = askingSentences(text.replace(reportedNow, '听说').replace(switchNow, ' '));
  if (!ownStateNow.test(lower)) return lower;
  return lower.split(clauseEnd).filter((clause) => !ownStateNow.test(clause) || questionCue.test(clause)).join('，');
}

/**
 * "do we still get the waiver if we let some people go?", "要是裁了两个人还能享受吗": "still" said of a condition of
 * the owner's own case asks whether that case qualifies (in 2020), not whether the measure holds today; so does
 * one said of the measure's own months ("do we still get the rent holiday for March and April?").
 */
const stillDespite = /(?<![a-z])still(?![a-z])[^.?!。？！]{0,60}?(?<![a-z])(?:if|even if|even though|though|although|despite|given|after|with)(?![a-z])|(?<![a-z])still(?![a-z])[^.?!。？！]{0,60}?(?<![a-z])(?:for|in|over)\s+(?:the\s+)?(?:march|mar\.?|2020|those (?:two )?months)(?![a-z])|(?<![a-z])(?:if|even if|even though|although|despite)(?![a-z])[^.?!。？！]{0,60}?(?<![a-z])still(?![a-z])|(?:如果|要是|假如|即使|即便|虽然|尽管)[^。？！?!]{0,20}?还(?:能|可以)|还(?:能|可以)[^。？！?!]{0,20}?(?:吗|么)?[，,]?\s*(?:如果|要是)/;

/**
 * "我们还能申请啥", "还可以享受哪些", "还能拿点什么别的": 还 is "else" beside a question word of what, asking what more
 * there is (the check-up), not whether a measure still holds today.
 */
const whatElseAsk = /还(?:能|可以)再?(?:申请|享受|拿|领|办|报)(?:点|些|到)?(?:啥|什么|哪些|哪个|别的|其他|其它)/;

/** A year after 2020 ("2026年还能申请吗") asks about today too. */
const laterYear = /20(2[1-9]|[3-9]\d)/;

/**
 * "去年100万今年20万" compares revenue; its 今年 is the owner's 2020, not a question about today. A figure must stand in
 * it: "今年也困难，去年不知道有这个" tells a story of the years and still asks about today.
 */
const yearsCompared = /去年.{0,12}今年.{0,12}|今年.{0,12}去年.{0,12}|last year.{0,30}this year.{0,30}/gi;
const takingsNamed = /(?<!\d)(?!20[2-9]\d(?!\d))\d|[一二三四五六七八九十两几]\s*[十百千万成]|一半|(?<![a-z])(?:half|zero|nothing)(?![a-z])/i;
function comparesRevenue(text: string): boolean {
  for (const years of text.matchAll(yearsCompared)) if (takingsNamed.test(years[0])) return true;
  return false;
}

/**
 * Someone who works for the guarantor, with words between: "I work at a district government guarantee company",
 * "caller is from a guarantee firm", "finance manager of a guarantee co.", "我是区融资担保公司的财务", "我在西城一家
 * 担保公司上班". Not "我们是通过担保公司贷的款" (通过, 找, 用: the borrower's way to a loan) nor "是区担保公司担保的"
 * (guaranteed by it). Grammar, so kept here beside the phrases of intents/cues.yaml.
 */
const guarantorIdentity = new RegExp([
  String.raw`(?<![a-z])(?:i|we|caller|she|he|they)(?:'m|'re|'s| am| are| is| works?| working)? (?:at|for|in|from) (?:(?!(?:and|but|our|my|loan|bank|via|through)(?![a-z]))[a-z'.-]+ ){0,5}(?:guarantee|guarantor|guaranty)`,
  String.raw`(?<![a-z])(?:manager|director|staff|officer|accountant|employee|head|clerk|cfo|cashier) (?:of|at|from|in) (?:(?!(?:and|but|our|my|loan|bank)(?![a-z]))[a-z'.-]+ ){0,5}(?:guarantee|guarantor|guaranty)`,
  // By the job done there: "I handle finance at a Xicheng government-backed guarantee company", "she runs risk for …".
  String.raw`(?<![a-z])(?:i|we|caller|she|he|they) (?:handle|handles|do|does|run|runs|manage|manages|keep|keeps|look after|looks after|oversee|oversees|head|heads|lead|leads|am in charge of|is in charge of) (?:the )?(?:[a-z-]+ ){0,2}?(?:at|for|in) (?:(?!(?:and|but|our|my|loan|bank|via|through)(?![a-z]))[a-z'.-]+ ){0,5}(?:guarantee|guarantor|guaranty)`,
  // "we are danbao jigou", "we're a rongdan company": the guarantor named in pinyin.
  String.raw`(?<![a-z])(?:i|we|caller|she|he|they)(?:'m|'re|'s| am| are| is)? (?:a |an |the )?(?:[a-z-]+ ){0,2}?(?:danbao ?(?:jigou|gongsi|company|institution)|rongdan)(?![a-z])`,
  // 我们担保了 / 我们担保的客户, but not 给我们担保了 (the borrower's words).
  String.raw`(?<![给为帮替让])我们(?:已经|一共|累计|去年|共)?担保(?:了|的|过)`,
  String.raw`我们?是[^，,。；;！!？?\s企店贷借款通过找用靠经由被给帮为]{0,10}?(?:(?:融资)?担保(?:公司|机构|中心|集团|方)|融担)(?!担保的|给我|帮我|为我|替我)`,
  // 我在西城一家担保公司上班 (not 我们在担保公司办的贷款).
  String.raw`我们?在[^，,。；;！!？?\s企店贷借款通过找用靠经由被给帮为]{0,10}?(?:(?:融资)?担保(?:公司|机构|中心|集团)|融担)[^，,。；;！!？?\s]{0,4}(?:上班|工作|任职|就职|管财务|管账|做财务|做会计|当会计|当财务|负责财务)`,
].join('|'), 'i');

/**
 * The institution's staff by what they are: "we're a govt guarantee company based in xicheng", "I am the
 * guarantor". Words between never cross a comma or a borrower's word ("we are a small firm with a guarantee
 * company loan" is a borrower).
 */
const guarantorCopula = /(?<![a-z])(?:i|we)(?:'m|'re| am| are) (?:(?!(?:and|but|with|our|my|loan|bank|via|through|using|from|by|borrow\w*)(?![a-z]))[a-z'.-]+ ){0,4}(?:guarantors?|guarantee (?:company|firm|institution|agency|co|corporation|provider|centre|center))(?![a-z])/;
/**
 * The guarantor asked about as the one who gets the measure: "can a guarantee company still get the fee subsidy now?",
 * "do guarantors qualify?", "担保公司现在还能申请补贴吗". Getting is the institution's half of （六）; a guarantor that
 * gives ("can a guarantee company help us", "担保公司能给我们减半吗") is the borrower's.
 */
const guarantorGets = /(?<![a-z])(?:can|could|do|does|would|will|is|are)\s+(?:a |an |the |our |my |any )?(?:[a-z'-]+\s+){0,3}?(?:guarantee (?:company|companies|firms?|institutions?|agency|agencies|providers?)|guarantors?)\s+(?:still\s+|also\s+|now\s+|even\s+)?(?:get|apply|claim|receive|qualify|be eligible|be subsidi[sz]ed)(?![a-z])|(?:融资担保机构|担保公司|担保机构|融担)(?:现在|目前|今年|如今)?(?:还|也)?(?:能|可以|可不可以|能不能)(?:申请|拿|领|享受|获得)/;
/**
 * An accountant or agent asking for a client: "帮我们客户问一下", "替我们的一个客户咨询". The client is the one with the
 * loan, so "我们客户" here is no guarantor's "our SME clients".
 */
const everyRelaysClient = /(?:帮|替|代|给)(?:我们|我|咱们)?(?:的)?(?:一个|一家|一位)?客户(?:问|咨询|打听|查|了解)/g;
/** "guaranteed 330k for us", "is the fee halved for us": done for the owner, so the owner borrowed. Not "subsidy for us". */
const doneForUs = /(?<![a-z])(?:guarantee[ds]?|backed|halved|cut|reduced|lowered|lower|discount(?:ed)?|cheaper)(?![a-z])(?:(?!subsid)[^.?!;]){0,25}(?<![a-z])for (?:us|our (?:company|firm|business|shop|loan))(?![a-z])/;

/**
 * Every measure asked for, in a sentence of its own: "what measures in the 2020 notice could an IT outsourcing
 * company like ours have claimed?", "a list of every 2020 Xicheng measure we could have used", "which of the
 * support schemes would apply to a translation agency", "把那年所有能申请的措施都过一遍". A kind of measure asked
 * of the owner's case, with words between: the check-up. Not "what measures were there for landlords" (no
 * could / apply of the owner's), nor a single one ("what is measure 12", "which measure covers rent").
 */
const checkupAsk = new RegExp([
  String.raw`(?<![a-z])(?:what|which|every|all|any|each)\s+(?:(?:of|in)\s+)?(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:measures|policies|schemes|programmes|programs|reliefs|incentives|measure)(?![a-z])[^.?!;]{0,60}?(?<![a-z])(?:could|would|might|can|apply|applies|applied|qualify|qualified|eligible|entitled|claim|claimed|use|used|get|got)(?![a-z])`,
  // "everything in this notice we might be entitled to": a few words of what the owner means between.
  String.raw`(?<![a-z])everything\s+(?:(?:that|which|in|of|from|under|this|the|these|notice|policy|policies|document|package|here|there)\s+){0,5}(?:my|our|we|i|a|an)(?![a-z])[^.?!;]{0,30}?(?<![a-z])(?:could|would|might|qualif\w*|eligible|entitled)(?![a-z])`,
  String.raw`(?<![a-z])(?:every|all|any|each) (?:of )?(?:the )?(?:[\w'-]+ ){0,3}?(?:subsidies|benefits|support)(?![a-z])[^.?!;]{0,40}?(?<![a-z])(?:could|would|might|qualify|eligible|entitled)(?![a-z])|eligibility (?:scan|check|review|screening|assessment|overview)|(?:full|complete|whole) (?:scan|screening|overview|rundown)`,
  // "wants to know everything she can get", "which ones fit us?", "what applies to a shop like mine": what there is
  // for this owner, said of the measures as a whole (not "which measure covers rent": one is named, or asked as one).
  String.raw`(?<![a-z])(?:everything|all|anything and everything)\s+(?:that\s+)?(?:she|he|they|we|i|you|the caller|caller|the owner|my [a-z]+|our [a-z]+|her [a-z]+|his [a-z]+)\s+(?:can|could|might|may|would|is able to|are able to|is eligible to|are eligible to)\s+(?:get|claim|apply for|qualify for|receive|have)(?![a-z])`,
  String.raw`(?<![a-z])which\s+(?:ones|of (?:them|these|those|the measures|the policies|the items))\s+(?:\w+\s+)?(?:fit|fits|suit|suits|apply|applies|are for|is for|work for|would fit|would apply|could apply|might apply|do we qualify|do i qualify|can we get|can i get|can we claim|can i claim|are relevant|matter)(?![a-z])`,
  String.raw`(?<![a-z])what\s+(?:applies|fits|would apply|could apply|might apply|is relevant)\s+(?:to|for)\s+(?:us|me|my|our|her|him|them|a|an)(?![a-z])`,
  // Asked for someone else: "what could they get under notice 6?", "what are they entitled to?", "what can he claim".
  String.raw`(?<![a-z])what(?:\s+else)?\s+(?:can|could|would|might|do|does)\s+(?:he|she|they|the caller|the client|my client|our client|the owner|the business|the shop)\s+(?:get|claim|apply for|qualify for|receive)(?![a-z])|(?<![a-z])what\s+(?:is|are|was|were)\s+(?:he|she|they|the caller|the client|my client|our client|the owner|the business|the shop)\s+(?:entitled to|eligible for|due)(?![a-z])`,
  String.raw`(?:所有|全部|一切)(?:能|可以|可能)?(?:申请|享受|拿|用|领)?的?(?:措施|政策|补贴|优惠|扶持)|(?:能|可以|可能)(?:申请|享受|拿|用|领)(?:到|上)?的(?:所有|全部|各项|各种)?(?:措施|政策)|(?:措施|政策|补贴)都(?:过一遍|捋一遍|看一遍|查一遍|过一下)`,
].join('|'), 'i');

/**
 * "what could I have claimed?", "what was my cafe entitled to back then?", "what would our salon have got": what the
 * owner's business could have had in 2020, asked of the measures as a whole ("what covid support could I have gotten"). A landlord's "what could we have claimed
 * for the rent we waived" is the landlord's question (read only when no landlord's side is said).
 */
const pastClaimAsk = /(?<![a-z])what(?:\s+else)?(?:\s+(?:covid(?:-19)?|epidemic|pandemic|government|district|xicheng|financial|kinds? of|sorts? of|types? of|support|help|relief|benefits?|subsid(?:y|ies)|assistance|aid|policies|measures|money|exactly)){0,3}\s+(?:(?:could|would|might)\s+(?:i|we|my\s+[\w'-]+|our\s+[\w'-]+)\s+have(?:\s+been)?\s+(?:claimed|got|gotten|received|applied\s+for|qualified\s+for|entitled\s+to|eligible\s+for)|(?:was|were)\s+(?:i|we|my\s+[\w'-]+|our\s+[\w'-]+)\s+(?:entitled\s+to|eligible\s+for))(?![a-z])/;

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a phrase matches the normalised text alike with and without the `i` flag once its ASCII is in lower
 * case: the text has no ASCII capitals left (normalizeText), and without the `u` flag `i` never lets a character
 * above U+007F match one below it, so only a phrase with a cased non-ASCII letter ("É") still needs the flag.
 */
const caseless = (phrase: string): boolean => [...phrase].every((char) => char <= '\u007f' || char.toLowerCase() === char.toUpperCase());

/**
 * One pattern per cue: zh phrases anywhere, en phrases as whole words. Case-sensitive when the phrases allow
 * it (all of intents/cues.yaml does): the same matches, and a turn tests two dozen of these patterns at
 * about half the cost.
 */
function compile(words: CueWords): Record<CueName, RegExp> {
  const compiled = {} as Record<CueName, RegExp>;
  for (const name of cueNames) {
    const { zh, en } = words[name];
    const flags = [...zh, ...en].every(caseless) ? '' : 'i';
    const parts = [
      ...[...zh].sort((a, b) => b.length - a.length).map((w) => escape(flags === '' ? w.toLowerCase() : w)),
      ...[...en].sort((a, b) => b.length - a.length).map((w) => `(?<![a-z])${escape(w.toLowerCase())}(?![a-z])`),
    ];
    compiled[name] = parts.length > 0 ? new RegExp(parts.join('|'), flags) : /(?!)/;
  }
  return compiled;
}

/**
 * Every cue's words looked for in one pass (src/lib/word-lists.ts), each cue answering as its pattern from
 * compile() would: zh words anywhere, en words between non-letters. A cue whose pattern needs the `i` flag is
 * left to its pattern (null here).
 */
function compileOnePass(words: CueWords): (lower: string) => Array<boolean | null> {
  const scanned = cueNames.map((name) => {
    const { zh, en } = words[name];
    return [...zh, ...en].every(caseless);
  });
  const lists = cueNames.map((name, i) => (scanned[i]
    ? [...words[name].zh.map((w) => ({ word: w.toLowerCase(), whole: false })), ...words[name].en.map((w) => ({ word: w.toLowerCase(), whole: true }))]
    : []));
  const match = wordListsMatcher(lists, /[a-z]/);
  return (lower) => {
    const found = match(lower);
    return cueNames.map((_, i) => (scanned[i] ? found[i] ?? false : null));
  };
}

/** Builds the cue reader over a cue word list. */
/**
 * Whether a cue found in `text` still stands once the words that only resemble it (`every`, a global pattern: an
 * apology, a client relayed, a school denied, a call made) are blanked out. Text without those words keeps the cue.
 */
function standsWithout(cue: RegExp, text: string, every: RegExp): boolean {
  const without = text.replace(every, ' ');
  return without === text || cue.test(without);
}

/**
 * A call the owner made, told as what happened: "刚打电话问了物业", "打过电话了", "电话问过房东", "I called the landlord",
 * "just got off the phone with them". Not "打电话问谁" or "can I call someone".
 */
const everyCallMade = /打(?:了|过)(?:个|一个|一通|几个|好几个|好几次)?电话|打电话(?:问|咨询|找|给)[^，,。；;？?！!]{0,8}?(?:了|过)(?![吗么])|电话(?:问|咨询|联系)(?:了|过)|(?<![a-z])(?:i|we|i've|we've|i have|we have)\s+(?:just\s+|already\s+)?(?:called|phoned|rang)(?![a-z])|(?<![a-z])(?:got|get|just got|was|been)\s+(?:off\s+)?(?:on\s+)?the phone with(?![a-z])/g;

export function createCueReader(words: CueWords): (text: string) => TextCues {
  const patterns = compile(words);
  const onePass = compileOnePass(words);
  return (text) => {
    // The normalised text: lower case, half-width, simplified, chat slang in standard words ("有上限木" asks).
    const lower = normalizeText(text);
    const cues = {} as TextCues;
    const found = onePass(lower);
    cueNames.forEach((name, i) => {
      cues[name] = found[i] ?? patterns[name].test(lower);
    });
    // The tenants' payments told by their landlord ("the tenants pay 80k a month") are no words of the speaker's own rent.
    const payerText = othersPay.test(lower) ? lower.replace(everyOthersPay, ' ') : lower;
    if (cues.tenantSide && payerText !== lower) cues.tenantSide = patterns.tenantSide.test(payerText);
    // "出租写字楼的公司" lets premises: its "租写字楼的" is no tenant's phrase.
    if (cues.tenantSide && lower.includes('出租')) cues.tenantSide = patterns.tenantSide.test(payerText.replaceAll('出租', '出■'));
    // "we let 3 people go", "let two of them go": staff let go, not premises let; the landlord's "we let" is not in it.
    // "the landlord is actually the district state-owned property company": words of the landlord described as someone
    // else ("property company") say nothing of the speaker's side.
    const letGoText = staffLetGo.test(lower) ? lower.replace(everyStaffLetGo, ' ') : lower;
    const sideText = landlordDescribed.test(letGoText) ? letGoText.replace(everyLandlordDescribed, ' ') : letGoText;
    if (sideText !== lower) cues.landlordSide = patterns.landlordSide.test(sideText);
    cues.question = looksLikeQuestion(lower);
    // "sorry can you send the number again", "sorry, what was the phone?": an apology before a request is politeness;
    // it corrects only with another word of correcting ("sorry, the rent was 15k, not 12k" asks nothing).
    if (cues.correction && questionCue.test(lower)) cues.correction = standsWithout(patterns.correction, lower, everyApology);
    // "刚打电话问了物业", "I just got off the phone with the landlord": a call the owner made is a story, not a request
    // for a person or a phone number.
    if (cues.humanAsked) cues.humanAsked = standsWithout(patterns.humanAsked, lower, everyCallMade);
    cues.whomToCall = whomToCallCue.test(lower.replace(phoneTrade, ' ').replace(operatorDesk, ' ').replace(everyCallMade, ' '));
    cues.working = workingCue.test(lower);
    const tenantSaid = tenantStatement.test(lower) || letToUs.test(lower) || hasLandlord.test(payerText) || tradeThenLandlord.test(lower)
      || ownRentWaiverAsked.test(lower);
    cues.tenantSide ||= tenantSaid;
    cues.landlordSide ||= landlordStatement.test(sideText);
    // "i rent it to a company", "我租给别人": the tenant phrase "i rent" / "我租" is part of the letting.
    if (lettingStatement.test(sideText)) {
      cues.landlordSide = true;
      if (!tenantSaid) cues.tenantSide = false;
    }
    if (landlordBenefit.test(lower)) {
      cues.landlordSide = true;
      cues.tenantSide = false;
    }
    // A word of time ("现在", "2026年", "next month") makes it plainly about today; "还能申请吗" alone is a
    // weaker "still" (stillAsk stays true only then).
    if (cues.aboutNow) cues.aboutNow = patterns.aboutNow.test(withoutOwnStateNow(lower));
    const timeNamed = cues.aboutNow || laterYear.test(lower);
    const whatElse = whatElseAsk.test(lower);
    if (whatElse) cues.stillValid = false;
    cues.aboutNow = (timeNamed || (cues.stillAsk && !whatElse && !cues.pastStory && !stillDespite.test(lower))) && !comparesRevenue(lower);
    cues.stillAsk = cues.aboutNow && !timeNamed;
    if (cues.guarantorSide) cues.guarantorSide = standsWithout(patterns.guarantorSide, lower, everyRelaysClient);
    cues.guarantorSide ||= guarantorIdentity.test(lower) || guarantorCopula.test(lower) || guarantorGets.test(lower);
    cues.borrowerSide ||= doneForUs.test(lower);
    cues.checkup ||= checkupAsk.test(lower) || (!cues.landlordSide && pastClaimAsk.test(lower));
    cues.outsideMeasures ||= measuresDenied.test(lower);
    if (cues.school) cues.school = standsWithout(schoolInstitution, lower, everySchoolDenied);
    if (cues.school) cues.school = standsWithout(patterns.school, lower, everyOthersSchool);
    const plain = emphasisAdverb.test(lower) ? lower.replace(everyEmphasisAdverb, '') : lower;
    if (plain !== lower) {
      cues.broadAsk ||= patterns.broadAsk.test(plain);
      cues.checkup ||= patterns.checkup.test(plain) || checkupAsk.test(plain) || (!cues.landlordSide && pastClaimAsk.test(plain));
    }
    return cues;
  };
}

/** Reads and checks intents/cues.yaml. */
export function loadCueWords(file: string = cuesFile): CueWords {
  return readYamlFile(file, fileSchema);
}

let defaultReader: ((text: string) => TextCues) | undefined;

/** The cues of one message, from intents/cues.yaml (read on first use). */
export function textCues(text: string): TextCues {
  defaultReader ??= createCueReader(loadCueWords());
  return defaultReader(text);
}
