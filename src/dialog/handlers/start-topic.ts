/**
 * A question that starts a dialog: the intent's dialog, with every fact the opening states. Facts in an
 * opening never make it out of scope: "公司在丰台注册，租区属国企门面，能免租吗" is a rent question whose
 * answer is "not under （一）, because …", not a refusal. Two close intents are asked about (Rasa's
 * "clarification", always with options), and so is an opening that could come from either side of a lease.
 */
import type { Dialog } from '../dialog-schema.js';
import type { FactName } from '../../policy/facts.js';
import { hasAnswer } from '../session.js';
import { contactsForMeasure } from '../topic-contacts.js';
import { applyFacts, dialogNamed, dialogsNamed, factsFor, isRentMeasure, LAST_RENT_MEASURE, nextFact, outcomesFor, rentSaid, sayHowRead, startDialog, type Handler, type Turn } from '../turn.js';
import { mentionsAny, normalizeText } from '../word-cues.js';
import { guaranteeChoiceSettled } from '../guarantee-side.js';
import { tellsOfChain } from '../../nlu/read-answer.js';
import { readFacts } from '../../nlu/extract-facts.js';
import { clauseChar, tieCloserZh, tieEn, tieOpener } from '../../nlu/tie-words.js';

const sideDialogs = new Set(['rent-tenant', 'rent-landlord']);

/**
 * "房东是国企，减租的事怎么弄", "房东让我问问": the landlord is spoken of as someone else, but the owner does
 * not say which side they are on. "subsidy for landlords" or "our landlord" say it.
 */
/** "我这小饭馆", "do we get", "our shop": the owner speaks of their own business, so they rent it. */
const speaksForItself = /我|咱|(?<![a-z])(we|our|us|i|my|me)(?![a-z])/i;
/**
 * "五金店的 房东是区属国企", "花店 房租的事", "shoe repair stall, landlord is a district SOE": a shop or trade named beside
 * the landlord is the business that rents; a landlord speaks of its tenants, not of a shop of its own.
 */
const namesTrade = /\p{Script=Han}(?:店|铺(?!面)|馆|摊|超市|工作室|诊所|药房|门市|厅|院|吧|坊|楼(?=的|[,，\s]))|健身房|舞蹈房|琴房|画室|影楼|浴池|工厂|事务所|旅社|客栈|(?<![a-z])(?:shop|store|stall|salon|restaurant|caf[eé]|bakery|studio|clinic|grocery|pharmacy|boutique|repairs?|barber|florist|diner|takeaway|canteen|eatery|parlou?r)(?![a-z])|(?<![a-z])(?:noodle|dumpling|hotpot|tea|coffee|flower|print|copy|hair|nail|beauty|bike|book|shoe|fruit|pet|laundry|massage|kebab|pizza|burger|bbq)\s+(?:place|joint|bar|house|spot|kitchen)(?![a-z])/iu;
/** "房东让我问问": the owner relays the landlord's question; that "我" says nothing about the side. */
const askedBySomeone = /[让叫要]我|asked me|told me|wants me/gi;

/** Below this top score a reading is weak enough for the message's own words to settle it. */
const WEAK_READING = 0.5;
/** A dialog the classifier ranks at least this high agrees with the words that name it. */
const RANKED = 0.1;

/**
 * A reading too close to call (or weak), settled by what the message says itself: "restrictions on
 * restarting work" names （十二） by its words, and the classifier ranks it too (a side named between tenant
 * and landlord is settled in dialogFor). Undefined when the words do not decide.
 */
export function settledByWords(turn: Turn): Dialog | undefined {
  const { understanding, ctx } = turn;
  if (!understanding.ambiguous && understanding.confidence >= WEAK_READING) return undefined;
  // The words name a dialog the classifier ranks. Between two dialogs it was already weighing, common words
  // (房租 in every rent question) decide nothing, and "Which one?" stays; nor do words shared by one
  // measure's dialogs (担保 for borrower and institution) overrule the classifier's pick between them.
  const named = dialogsNamed(ctx.dialogs, understanding.text);
  const only = named.length === 1 ? named[0] : undefined;
  if (!only || !understanding.ranking.some((r) => r.score >= RANKED && only.intents.includes(r.intent))) return undefined;
  const contenders = (understanding.ambiguous ?? []).flatMap((intent) => ctx.dialogs.byIntent.get(intent) ?? []);
  // The check-up spans every measure, but weighed against the one measure the words name ("稳岗补贴我们能拿吗") it is
  // that measure's question, unless the owner asks broadly ("稳岗之外还能拿啥").
  const broad = understanding.cues.broadAsk || understanding.cues.checkup;
  const overlaps = (d: Dialog): boolean => d === only || ((d.id !== 'checkup' || broad) && d.measures.some((m) => only.measures.includes(m)));
  // Rent words are common to the four rent measures; a measure of its own named between two ("稳岗补贴" weighed
  // against （十二）) is the question.
  const common = only.measures.some((m) => m <= LAST_RENT_MEASURE);
  if (contenders.length >= 2 && contenders.some((d) => (common ? overlaps(d) : d !== only && overlaps(d)))) return undefined;
  const top = ctx.dialogs.byIntent.get(understanding.ranking[0]?.intent ?? '');
  return top && top !== only && overlaps(top) ? undefined : only;
}

/**
 * "a weird problem not covered by the rent or loan stuff, our building owner won't let us back in to reopen…",
 * "我们的困难不是房租也不是贷款，物业不让复工": a problem the owner places outside the measures is （十四）'s (其他特殊困难),
 * whatever measure its story names, when the classifier weighs （十四） too.
 */
function outsideTheMeasures(turn: Turn): Dialog | undefined {
  const { understanding, ctx } = turn;
  if (!understanding.cues.outsideMeasures) return undefined;
  const dialog = ctx.dialogs.byId.get('other-difficulty');
  return dialog && understanding.ranking.some((r) => r.score >= RANKED && dialog.intents.includes(r.intent)) ? dialog : undefined;
}

/**
 * A reading too close to call, settled by what the owner says of their case: "maker space here. we cut 210k of
 * rent for our resident teams" weighed between the landlord's and the carrier's subsidy states the carrier's
 * kind, which only one of them asks; "我自己家有两间门脸房 租给人开早点铺…我能拿补贴吗" weighed against 稳岗补贴
 * says the owner lets premises. Undefined when the case does not decide.
 */
function settledByCase(turn: Turn): Dialog | undefined {
  const { understanding, ctx } = turn;
  const contenders = (understanding.ambiguous ?? []).flatMap((intent) => ctx.dialogs.byIntent.get(intent) ?? []);
  if (contenders.length < 2) return undefined;
  const own = caseFacts(turn);
  const asking = own.length === 0 ? [] : contenders.filter((d) => own.every((fact) => d.facts.includes(fact as never)));
  if (asking.length === 1) return asking[0];
  const { landlordSide, tenantSide } = understanding.cues;
  return landlordSide && !tenantSide ? contenders.find((d) => d.id === 'rent-landlord') : undefined;
}

/**
 * "Caller runs a cleaning firm and asks about the temporary post subsidy" may read as a contact look-up;
 * with no word of whom to call and no person named, it asks about the measure its topic words name, or, with
 * none named, the one its case states ("Medium-sized retailer, district SOE premises. What's the waiver?").
 */
export function measureNotContact(turn: Turn): Dialog | undefined {
  const { understanding, ctx } = turn;
  if (understanding.intent !== 'contact_lookup' || understanding.cues.whomToCall) return undefined;
  const named = dialogNamed(ctx.dialogs, understanding.text);
  if (!named) return dialogOfFacts(turn) ?? contactRunnerUp(turn);
  return named.rules.length > 0 ? named : undefined;
}

/**
 * "hardware store, guoqi landlord, what's the deal for us?" weighed between a contact look-up and a measure, with no
 * word of whom to call: the measure the classifier weighed is the question (its side then settled by the words).
 */
function contactRunnerUp(turn: Turn): Dialog | undefined {
  const { understanding, ctx } = turn;
  if (understanding.intent !== 'contact_lookup' || understanding.cues.whomToCall) return undefined;
  const dialog = ctx.dialogs.byIntent.get(understanding.ambiguous?.[1] ?? '');
  return dialog && dialog.rules.length > 0 ? dialog : undefined;
}

/**
 * A measure told by what it is tied to: "说是跟员工培训挂钩", "和社保有关的那种", "跟贷款相关的", "the one tied to staff
 * training", "linked to bank loans". Not "跟我们有关的" (that is what there is for the owner).
 */
const tiedTo = new RegExp(`${tieOpener}(?!我|咱|你|他|她)${clauseChar}{1,12}?${tieCloserZh}|(?<![a-z])${tieEn} (?!(?:us|me|our|my|you|them)(?![a-z]))`);

const landlordNamed = /房东|(?<![a-z])(?:landlord|lessor)(?![a-z])/i;
const landlordAsSomeoneElse = /(房东|业主|房子|房产|铺面|门面)(是|让|叫|说|要|那边)|\blandlord (is|was|asked|told|wants|said)\b/i;

/**
 * "做软件的 去年营收降了八成 有没有什么贷款贴息" heard as 稳岗补贴 (the revenue drop is its fact): another measure named by
 * its own words, alone, is the one asked about.
 */
function namedInstead(turn: Turn, intentDialog: Dialog): Dialog | undefined {
  // Only the job subsidy's: its facts (a revenue drop, layoffs) are what owners tell of any measure, so the classifier
  // hears it in stories that ask another; every other measure's words are its own (r12: naming all of them lost 16).
  if (intentDialog.id !== 'job-subsidy') return undefined;
  const named = dialogsNamed(turn.ctx.dialogs, turn.understanding.text);
  const [other] = named;
  // A rent measure named by 房租 and the two sides of one measure (担保 for the borrower and the institution) are the
  // classifier's to tell apart, from the rest of the message.
  if (named.length !== 1 || !other || other === intentDialog || isRentMeasure(other)) return undefined;
  return other.measures.some((m) => intentDialog.measures.includes(m)) ? undefined : other;
}

/**
 * "independent hair salon (not a chain)", "我们就一家店 不是连锁 房租能减吗", "店开在西城 执照是在昌平办的": the chain
 * stores' measure heard from a shop's words, while the owner tells no branch of a chain and, the words denying one set
 * aside, speaks of no chain: the tenant's rent question (（一）). Not "我们是加盟的 连锁门店那个房租补贴能申请不":
 * a franchise asking for （四） by its name hears （四）'s no.
 */
function noChainAsked(turn: Turn): boolean {
  const { text } = turn.understanding;
  const normalized = normalizeText(text);
  const reading = readFacts(text, normalized);
  if (reading.facts.chainBranch === true) return false;
  let rest = normalized;
  for (const span of reading.spans) {
    if (span.fact === 'chainBranch') rest = rest.slice(0, span.start) + ' '.repeat(span.end - span.start) + rest.slice(span.end);
  }
  return !tellsOfChain(rest);
}

/** "那普通房租减免呢", "那担保费怎么算": a clause that turns to another question, "那 … 呢" (not the 那个 of "that"). */
const thenAsks = /那(?:么)?(?![个些边里时会样天家种位年月])([^，,。；;？?！!那]{2,14}?)(?:呢|怎么样|怎么算|咋算)/g;

/** The computing measure the last "那 … 呢" clause names, when it names exactly one. */
function contrastAsked(turn: Turn): Dialog | undefined {
  const clauses = [...normalizeText(turn.understanding.text).matchAll(thenAsks)];
  const last = clauses[clauses.length - 1]?.[1];
  if (!last) return undefined;
  const named = dialogsNamed(turn.ctx.dialogs, last);
  return named.length === 1 && named[0] && named[0].rules.length > 0 ? named[0] : undefined;
}

/**
 * The dialog the message is about: its intent's (or the one its words settle a close reading on), turned
 * by what the owner says of themselves; for an out-of-scope reading, the one its topic words and facts name.
 */
function dialogFor(turn: Turn): Dialog | undefined {
  const { understanding, ctx } = turn;
  const intentDialog = outsideTheMeasures(turn) ?? settledByWords(turn) ?? settledByCase(turn) ?? turn.intentDialog ?? contactRunnerUp(turn);
  const byId = (id: string): Dialog | undefined => ctx.dialogs.byId.get(id) ?? intentDialog;
  // "政策体检一下，我们是连锁餐饮的分店": the check-up, with the chain store as one of its facts; "what can we
  // get for the rent?" is the check-up's words narrowed to one measure's topic: that measure.
  // "we operate a cultural industry park and extended the rent break for our tenants… what can we get": facts the
  // check-up never asks (the carrier's kind) are another measure's case: that measure, with them.
  if (understanding.cues.checkup) return caseOutsideCheckup(turn) ?? schoolRentCase(turn) ?? landlordReducing(turn) ?? checkupOfOneTopic(turn) ?? byId('checkup');
  // "我开个小饭馆 你帮我看看都能拿点啥", "有啥补贴能拿": what there is, with no measure named by its words, is the
  // check-up, whatever measure the classifier guessed from "补贴" ("做人工智能风控的 西城有啥扶持" names （十一）).
  // Not "有什么补贴吗，说是跟员工培训挂钩": a subsidy told by what it is tied to is one measure, the classifier's.
  const tied = understanding.cues.broadAsk && turn.intentDialog !== undefined && tiedTo.test(normalizeText(understanding.text));
  if (understanding.cues.broadAsk && !tied && !dialogNamed(ctx.dialogs, understanding.text)) return schoolRentCase(turn) ?? landlordReducing(turn) ?? byId('checkup');
  // "我们是连锁餐饮分店 能拿啥补贴", "我们店是美发连锁的分店 看看有啥补贴": 连锁 / 分店 say what the business is, not what
  // is asked ("连锁门店有啥补贴" narrows the ask to （四）): what there is for a business the check-up covers is the check-up.
  if (understanding.cues.broadAsk && !tied && describesOwnBusiness(turn)) return schoolRentCase(turn) ?? byId('checkup');
  // "听说连锁的30%补贴加盟不算 那普通房租减免呢": after what the owner has heard of one measure, "那…呢" asks another.
  const contrasted = contrastAsked(turn);
  if (contrasted && contrasted !== intentDialog) return contrasted;
  // "稳岗补贴我们饭馆能拿吗" may read as the check-up; a measure named by its own words, without a
  // check-up cue, is that measure's question.
  if (intentDialog?.id === 'checkup') {
    const landlord = landlordReducing(turn);
    if (landlord) return landlord;
    const named = dialogNamed(ctx.dialogs, understanding.text);
    if (named && named.id !== 'checkup' && named.rules.length > 0) return named;
    // "can i apply now?" right after an answer is about that measure, not every measure.
    if (!named && understanding.cues.aboutNow && turn.current && turn.current.rules.length > 0 && hasAnswer(turn.session)) return turn.current;
  }
  // "连锁那个补贴为啥没有" after a check-up's answer, heard as 稳岗补贴 from "补贴": one measure of that answer named by its
  // own words, while the classifier's is not, is the question (its facts are known, so it answers at once).
  const answered = checkupMeasureNamed(turn, intentDialog);
  if (answered) return answered;
  // "担保机构给我们担保了33万": the owner is the borrower, whatever the word 担保机构 suggests.
  // "our bakery borrowed 800k with a guarantee from…": a trade of the owner's own is a borrower's, never a guarantor's.
  if (intentDialog?.id === 'guarantee-institution'
    && ((understanding.cues.borrowerSide && !understanding.cues.guarantorSide) || ownTrade(understanding.entities.facts.industry))) {
    return byId('guarantee-borrower');
  }
  // "我是区属国企的租户": the classifier may hear a landlord; the owner said which side they are on.
  const { tenantSide, landlordSide } = understanding.cues;
  if (intentDialog?.id === 'rent-landlord' && tenantSide && !landlordSide) return byId('rent-tenant');
  // "Caller owns a print shop … the company bought the shop unit years ago": a business in its own premises lets none
  // of them; the rent clauses say why they do not apply to it (the tenant's dialog), not the landlords' subsidy.
  if (intentDialog?.id === 'rent-landlord' && !landlordSide && understanding.entities.facts.landlordType === 'ownPremises') return byId('rent-tenant');
  // "We are incubator, we reduce rent for tenant until April", "众创空间运营方 房东补贴能拿吗": a landlord that is a park,
  // incubator or maker space is （二）'s case, which pays it by the landlords' rule ("参照中小微企业房租减免政策").
  if (intentDialog?.id === 'rent-landlord' && understanding.entities.facts.carrierType !== undefined
    && understanding.entities.facts.industry === undefined) return byId('rent-carrier');
  // "we're a co-working space, kept tenants' rent relief going until April": the space that gave relief, heard as a tenant
  // from "rent relief", is the carrier.
  if (intentDialog?.id === 'rent-tenant' && carrierGivingRelief(turn)) return byId('rent-carrier');
  // "我们租的孵化器的工位 能免租吗", "we rent desks in an incubator": a tenant of the park asks about its own rent (（一）).
  if (intentDialog?.id === 'rent-carrier' && tenantOfCarrier(turn)) return byId('rent-tenant');
  if (intentDialog?.id === 'rent-tenant' && landlordSide && !tenantSide) return byId('rent-landlord');
  // "small bakery, landlord district SOE, what do we get?": the landlord's kind noted beside a trade of the owner's own,
  // with no word of letting, is the tenant's case (not "我们是区国资下面的物业公司…": the owner is that kind).
  const { facts } = understanding.entities;
  if (intentDialog?.id === 'rent-landlord' && !landlordSide && facts.landlordType !== undefined && facts.industry !== undefined
    && landlordNamed.test(understanding.text)) return byId('rent-tenant');
  // "家里有间铺面租给人家卖水果 疫情没收那俩月房租 能拿补贴吗" heard as 稳岗补贴: a landlord speaking of rent, with no
  // other measure named by its words, asks for the landlord's subsidy.
  if (intentDialog && !isRentMeasure(intentDialog) && landlordSide && !tenantSide && rentSaid(normalizeText(understanding.text))
    && dialogsNamed(ctx.dialogs, understanding.text).every(isRentMeasure)) return byId('rent-landlord');
  if (intentDialog?.id === 'rent-chain-store' && noChainAsked(turn)) return byId('rent-tenant');
  if (intentDialog) return rentUnsaid(turn, intentDialog) ?? caseOfAnotherDialog(turn, intentDialog) ?? namedInstead(turn, intentDialog) ?? intentDialog;
  const asked = measureNotContact(turn);
  if (asked) return asked;
  // "caller: bakery, district SOE landlord, 22k/mo" may read as small talk: facts of a measure are its question.
  if (understanding.intent !== 'out_of_scope' && !smallTalk.has(understanding.intent)) return undefined;
  // "i rent my flat out to a small startup and i forgave 10k of rent. i'm just a private person…": a landlord telling of
  // the rent they reduced, read as out of scope, asks for the landlord's subsidy (its "rent" names the tenant's dialog).
  const landlord = landlordReducing(turn);
  if (landlord) return landlord;
  const named = dialogNamed(ctx.dialogs, understanding.text);
  // "早点铺子 房东是国家的单位", read as out of scope: a tenant telling who the landlord is means the rent relief.
  if (!named && tenantSide && !landlordSide && landlordNamed.test(understanding.text)) return byId('rent-tenant');
  if (!named) return dialogOfFacts(turn);
  if (named.rules.length === 0) return undefined;
  const stated = Object.keys(factsFor(turn, named, null).facts);
  return stated.length > 0 ? named : undefined;
}

/**
 * "我们集团下面的连锁酒店 稳岗补贴能拿吗", "our kindergarten kept every teacher, is there a job retention subsidy?":
 * a rent measure heard from the business the owner is (连锁, a school) while no word of rent is said and another
 * measure is named by its own words: that measure is the question. Undefined when the words do not decide.
 */
function rentUnsaid(turn: Turn, dialog: Dialog): Dialog | undefined {
  if (!isRentMeasure(dialog)) return undefined;
  const { dialogs } = turn.ctx;
  const text = normalizeText(turn.understanding.text);
  if (rentSaid(text) || mentionsAny(text, (dialogs.byId.get('rent-tenant')?.topicWords ?? []).map((w) => w.toLowerCase()))) return undefined;
  const others = dialogsNamed(dialogs, turn.understanding.text).filter((d) => d.rules.length > 0 && !isRentMeasure(d));
  return others.length === 1 ? others[0] : undefined;
}

/**
 * "区属国企的门脸 开水果店" heard as the chain stores' subsidy: a reading of a rent measure whose words the message never
 * says, while the owner states facts of a case that measure never asks (who the landlord is) and none it does ask, is the
 * question of the dialog those facts make (dialogOfFacts), when the owner speaks of their premises or rent. The tenant's
 * and the landlord's dialogs are left to the side cues; a measure that computes nothing (procurement) is turned only
 * when the message asks nothing.
 */
function caseOfAnotherDialog(turn: Turn, dialog: Dialog): Dialog | undefined {
  // Another kind of measure only when the owner asks nothing but tells their case ("区国企的门面 开饭馆"): an owner
  // telling of their premises may still ask about procurement or a loan.
  if (sideDialogs.has(dialog.id) || dialog.id === 'checkup' || (!isRentMeasure(dialog) && (dialog.rules.length > 0 || turn.understanding.cues.question))) return undefined;
  const { entities, text } = turn.understanding;
  const own = caseFacts(turn);
  if (own.length === 0 || own.some((fact) => dialog.facts.includes(fact as never))) return undefined;
  // The owner's premises or rent are the case ("区里的国企买东西…" speaks of a buyer, not a landlord).
  const normalized = normalizeText(text);
  if (entities.facts.premisesUse === undefined && !rentSaid(normalized)) return undefined;
  if (mentionsAny(normalized, dialog.topicWords.map((word) => word.toLowerCase()))) return undefined;
  const other = dialogOfFacts(turn);
  return other !== dialog ? other : undefined;
}

/** A topic word narrowed to: "for the rent", "on rent" before it; "方面能享受哪些", "能拿什么" after it. */
const scopeBefore = /(?<![a-z])(?:for|on|about|regarding|with|towards?)\s+(?:the |our |my )?$/;
const scopeAfter = /^(?![a-z])\s*(?:方面|这块|这一块|上面|上)?\s*(?:能|可以|有|都)?\s*(?:享受|申请|拿到?|减免|减)?\s*(?:哪些|什么|啥|what|which)/;

/**
 * The measure a check-up question is narrowed to by its topic word ("what can we get for the rent?", "房租方面
 * 能享受哪些"), or undefined: a topic word said as a fact of the case ("房租2万，能享受哪些政策") narrows nothing.
 */
function checkupOfOneTopic(turn: Turn): Dialog | undefined {
  const text = normalizeText(turn.understanding.text);
  // Read only for a check-up's words: a handful of topic words, each found once.
  return turn.ctx.dialogs.dialogs.find((dialog) => dialog.id !== 'checkup' && dialog.rules.length > 0 && dialog.topicWords.some((word) => {
    const at = text.indexOf(word.toLowerCase());
    return at >= 0 && (scopeBefore.test(text.slice(0, at)) || scopeAfter.test(text.slice(at + word.length)));
  }));
}

/**
 * "我们是…", "我们店属于…", "we're a…": the owner says what the business is; or someone asking for it says so: "帮辖区一家
 * 民办幼儿园梳理一下", "替我爸的五金店问", "客户是一家…", "asking for my client, a kindergarten", "my dad runs a…".
 */
const selfDescribed = new RegExp([
  String.raw`(?:我们|我|咱们|咱|俺|店|公司)(?:这家|这个)?(?:店|公司)?(?:是|属于)|(?<![a-z])(?:we are|we're|i am|i'm|we run|i run|we own|i own)(?![a-z])`,
  String.raw`(?:帮|替|给|为)(?:辖区|区里|街道|社区|我们街道|我们社区)?(?:内|里)?的?(?:一家|一个|这家|那家|某家|家|个)|(?:客户|朋友|亲戚|我[爸妈哥姐弟妹]|[她他]|家里)(?:是|开了?|有)(?:一家|一个|家|个)|(?:有|是)(?:一家|一个)`,
  String.raw`(?<![a-z])(?:for|on behalf of) (?:my|our|a) (?:client|customer|member|friend|dad|mum|mom|father|mother|brother|sister|son|daughter)(?![a-z])|(?<![a-z])(?:my|our|the) (?:client|customer|caller|dad|mum|mom|father|mother|brother|sister|son|daughter|friend)(?:'s)? (?:is|runs|owns|has|operates)(?![a-z])`,
].join('|'));

/**
 * Whether the one dialog a broad ask names by its words is a measure of the check-up's, named as what the business is
 * rather than as what is asked: the chain stores' and the schools', not a side of a lease. "我们是连锁餐饮分店 能拿啥"
 * says what the owner is; "连锁门店有啥补贴" (no word of the owner) asks about （四）; "我们是民办幼儿园 房租有啥政策"
 * narrows the ask to the rent (checkupOfOneTopic).
 */
function describesOwnBusiness(turn: Turn): boolean {
  const named = dialogNamed(turn.ctx.dialogs, turn.understanding.text);
  const checkup = turn.ctx.dialogs.byId.get('checkup');
  if (!named || !checkup || sideDialogs.has(named.id) || named.id === 'checkup') return false;
  if (!named.measures.every((m) => checkup.measures.includes(m))) return false;
  if (!selfDescribed.test(normalizeText(turn.understanding.text))) return false;
  const narrowed = checkupOfOneTopic(turn);
  return narrowed === undefined || narrowed === named;
}

/** The owner is the park, incubator or maker space: "孵化器运营方", "我们是孵化器", "we run a maker space". */
const carrierItself = /运营|管理方|经营方|(?:我们|我|咱们|咱)(?:就)?是(?:一[个家])?[^，。,；;]{0,6}?(?:孵化器|众创空间|空间|园|基地)|(?<![a-z])(?:we|i) (?:run|operate|manage|own)(?![a-z])|(?<![a-z])(?:we are|we're|i am|i'm) (?:an? |the )?(?:[\w-]+ )?(?:incubator|maker ?space|park|base|accelerator|co-?working)/;
/** "我们是入驻孵化器的小公司", "入驻众创空间的团队": a company that moved into the park. */
const movedIntoCarrier = /(?:入驻|驻在|在)[^，。,；;]{0,8}?(?:孵化器|众创空间|园区?|基地)(?:里|内|中)?的[^，。,；;的]{0,4}?(?:公司|企业|团队|商户|店)/;
/** "我们租的…工位", "我们公司在众创空间租了", "we rent desks", "our startup is a tenant in": the owner rents. */
const ownRenting = /(?:我们|我|咱们|咱|公司)(?:公司)?(?:在[^，。,；;]{0,8})?(?:租的|租了|租用|承租)|(?<![a-z])(?:we|i) (?:rent|lease|are renting)(?![a-z])|(?<![a-z])(?:we're|we are|i'm|i am|is|are) (?:a |the )?tenants?(?![a-z])/;
/** "给入驻企业减租", "for our tenants": relief the owner gave, so the owner lets (the carrier's case). */
const givesRelief = /给(?:了)?(?:租户|入驻|园区|园里|会员|企业|团队|商户|小企业|创业)|租户的|入驻企业的|(?<![a-z])(?:for|to) (?:our |the |its |all )?(?:tenants|startups|teams|members|companies|residents)(?![a-z])|(?<![a-z])(?:tenants|startups|teams|members|residents)' (?:rent|relief)/;

/** Whether the owner speaks as a tenant of a park or incubator, not as the park itself. */
function tenantOfCarrier(turn: Turn): boolean {
  const text = normalizeText(turn.understanding.text);
  if (turn.understanding.cues.landlordSide || givesRelief.test(text)) return false;
  if (movedIntoCarrier.test(text)) return true;
  return ownRenting.test(text) && !carrierItself.test(text);
}

/** Whether the owner is the park, incubator or maker space itself, telling of relief it gave its tenants (no trade of its own). */
function carrierGivingRelief(turn: Turn): boolean {
  const { facts } = turn.understanding.entities;
  if (facts.carrierType === undefined || facts.industry !== undefined) return false;
  const text = normalizeText(turn.understanding.text);
  return carrierItself.test(text) && givesRelief.test(text) && !movedIntoCarrier.test(text);
}

/** After a check-up's answer, the one measure of it named by its words when the classifier's dialog is not named. */
function checkupMeasureNamed(turn: Turn, intentDialog: Dialog | undefined): Dialog | undefined {
  const checkup = turn.current;
  if (checkup?.id !== 'checkup' || !hasAnswer(turn.session)) return undefined;
  const named = dialogsNamed(turn.ctx.dialogs, turn.understanding.text);
  const only = named.length === 1 ? named[0] : undefined;
  if (!only || only === intentDialog || only.rules.length === 0 || sideDialogs.has(only.id)) return undefined;
  return only.measures.every((m) => checkup.measures.includes(m)) ? only : undefined;
}

/** A trade named that no guarantee institution is (a fintech or unlisted firm might be one). */
function ownTrade(industry: string | undefined): boolean {
  return industry !== undefined && industry !== 'fintech' && industry !== 'other';
}

/** Intents of small talk: a message of a measure's facts read as one of them is still that measure's question. */
const smallTalk = new Set(['thanks', 'greeting', 'help']);

/** Facts every SME has: saying them names no measure ("我们是饭馆，一直营业" asks nothing yet). */
const profileFacts = new Set(['industry', 'enterpriseSize', 'registeredInXicheng', 'operatingStatus', 'layoffs', 'premisesUse']);

/** The facts of the message that are a measure's own case, not the profile every SME has (profileFacts). */
function caseFacts(turn: Turn): string[] {
  return Object.keys(turn.understanding.entities.facts).filter((fact) => !profileFacts.has(fact));
}

/**
 * "公司在丰台注册，租区属国企门面": no topic word, but the facts stated are a measure's own (who the landlord is):
 * the broadest computing dialog that asks every one of them, so the stated facts get their answer, never a refusal.
 */
function dialogOfFacts(turn: Turn): Dialog | undefined {
  // "caller: bakery, district SOE landlord, 22k/mo": the trade and size every SME has do not rule a dialog out.
  const own = caseFacts(turn);
  if (own.length === 0) return undefined;
  const fits = turn.ctx.dialogs.dialogs.filter((d) => d.id !== 'checkup' && d.rules.length > 0 && own.every((fact) => d.facts.includes(fact as never)));
  return fits.sort((a, b) => b.facts.length - a.facts.length)[0];
}

/**
 * "kindergarten, 民办, approved by 区教委, landlord is 区属国企, rent 4万/month. what can we get?": a kindergarten or
 * training school that tells its rent case, two of （三）'s own facts (the landlord, the commission's approval, the
 * delayed opening, the rent), asks for （三） in the check-up's words: its questions, not every measure's. A school
 * that tells no case ("帮一家民办幼儿园梳理一下能享受什么") gets the check-up. Not after an answer ("还能拿什么").
 */
function schoolRentCase(turn: Turn): Dialog | undefined {
  const { facts, money } = turn.understanding.entities;
  const school = turn.ctx.dialogs.byId.get('rent-school');
  if (!school || facts.industry === undefined || !schoolIndustries.has(facts.industry) || hasAnswer(turn.session)) return undefined;
  const told = caseFacts(turn).filter((fact) => school.facts.includes(fact as never)).length + (money.length > 0 ? 1 : 0);
  return told >= 2 ? school : undefined;
}

/** A word of reducing or waiving rent. */
const reducingWord = /减|免|少收|(?<![a-z])(?:forg[ai]ve\w*|waiv\w*|cut|reduc\w*|halved|lowered|rent[- ]free|rent breaks?|rent holidays?|knocked|took|shaved|off (?:their|the|his|her) rent)(?![a-z])/;

/**
 * "We own a small mall and forgave our shops' rent for March and April, what support can we get?": a landlord who
 * opens by telling of the rent they reduced asks for the landlord's subsidy, in the check-up's words or not. Not
 * after an answer ("还能拿什么" then asks what else there is), nor with another measure named.
 */
function landlordReducing(turn: Turn): Dialog | undefined {
  const { cues, text } = turn.understanding;
  if (!cues.landlordSide || cues.tenantSide || hasAnswer(turn.session)) return undefined;
  const lower = normalizeText(text);
  if (!rentSaid(lower) || !reducingWord.test(lower) || !dialogsNamed(turn.ctx.dialogs, text).every(isRentMeasure)) return undefined;
  return turn.ctx.dialogs.byId.get('rent-landlord');
}

/** The dialog of facts stated that the check-up never asks ("a cultural industry park", a carrier's kind), if any. */
function caseOutsideCheckup(turn: Turn): Dialog | undefined {
  const checkup = turn.ctx.dialogs.byId.get('checkup');
  // "我们在文化产业园里开了个咖啡馆": a trade of the owner's own is a tenant's, wherever the premises are.
  const stated = Object.keys(turn.understanding.entities.facts);
  if (!checkup || stated.includes('industry') || !stated.some((fact) => !checkup.facts.includes(fact as never))) return undefined;
  // "我们是入驻孵化器的科技小公司 都能享受哪些政策": the park's tenant asks for its own check-up.
  if (tenantOfCarrier(turn)) return undefined;
  // The classifier must hear that measure too: a fact read in passing does not make the case.
  const dialog = dialogOfFacts(turn);
  return dialog && turn.understanding.ranking.some((r) => r.score >= WEAK_READING && dialog.intents.includes(r.intent)) ? dialog : undefined;
}

/** The businesses （三） is for: （一） sends them there, and （三） is for them alone. */
export const schoolIndustries: ReadonlySet<string> = new Set(['kindergarten', 'educationTraining']);

/**
 * The rent dialog for the business named: "我们培训学校租区国企的房子，房租能免吗" is （三）'s question
 * whatever the classifier heard, and "修鞋配钥匙的小铺" asking about rent is （一）'s, not the schools'.
 */
function rentDialogForBusiness(turn: Turn, dialog: Dialog | undefined): Dialog | undefined {
  const industry = turn.understanding.entities.facts.industry ?? turn.session.facts.industry;
  // "园长想问下，我们园推迟开学了，房租怎么算": 园 heard as a park's, but a kindergarten is no park or incubator.
  if (dialog?.id === 'rent-carrier' && industry !== undefined && schoolIndustries.has(industry) && !('carrierType' in turn.understanding.entities.facts)) {
    return turn.ctx.dialogs.byId.get('rent-school') ?? dialog;
  }
  if (dialog?.id !== 'rent-tenant' && dialog?.id !== 'rent-school') return dialog;
  // "rent free march april?" or "开了家裁缝铺，房子是区属国企的" heard as the schools' question names no
  // school (by the school cue and by the dialog's own topic words): a shop's rent is （一）'s.
  if (industry === undefined) {
    // "少儿英语机构 经教委批准的": a fact only （三） asks (教委审批, 延期开学) says a school as well as its name.
    const tenant = turn.ctx.dialogs.byId.get('rent-tenant');
    const schoolFact = Object.keys(turn.understanding.entities.facts).some((fact) => dialog.facts.includes(fact as never) && !tenant?.facts.includes(fact as never));
    const namesSchool = dialog.id !== 'rent-school' || (turn.understanding.cues.school
      && (schoolFact || mentionsAny(normalizeText(turn.understanding.text), dialog.topicWords.map((w) => w.toLowerCase()))));
    return namesSchool ? dialog : tenant ?? dialog;
  }
  const wanted = schoolIndustries.has(industry) ? 'rent-school' : 'rent-tenant';
  return turn.ctx.dialogs.byId.get(wanted) ?? dialog;
}

/**
 * "我们店能有啥补贴": what there is, read weakly as one measure ("店" heard as a chain store's) with no measure named
 * by its words: that measure or the check-up, asked with both as the choices. Undefined otherwise.
 */
function broadGuess(turn: Turn): [string, string] | undefined {
  const { understanding, ctx } = turn;
  if (!understanding.cues.broadAsk || understanding.cues.checkup || understanding.confidence >= WEAK_READING) return undefined;
  const top = ctx.dialogs.byIntent.get(understanding.intent);
  if (!top || top.id === 'checkup' || top.rules.length === 0 || dialogNamed(ctx.dialogs, understanding.text)) return undefined;
  const checkup = ctx.dialogs.byId.get('checkup')?.intents[0];
  return checkup ? [understanding.intent, checkup] : undefined;
}

/**
 * The owner's business named by its trade: "我们设计公司", "咱家小饭馆", "我们是做装修的工作室"; not "我们店", "我们这家店"
 * (no trade in it, so a weak reading of one measure is still asked about).
 */
const tradeNamed = /(?:我们|咱们|俺们|[我咱俺](?!们))(?:是|是一家|是个|家|这家|这个)?(?:做|开|搞)?(?:小)?(?![这那自本的小])[\u4e00-\u9fff]{1,6}?(?:公司|工作室|事务所|店|馆|铺|厂|所|社)/;

/** Whether one of the intents weighed is the dialog whose answer was just given (no question pending). */
function afterAnswerOf(turn: Turn, intents: readonly string[]): boolean {
  const { current, session, awaiting } = turn;
  return current !== undefined && awaiting === null && hasAnswer(session) && intents.some((intent) => current.intents.includes(intent));
}

export const clarify: Handler = (turn) => {
  const { understanding, actions, ctx } = turn;
  const ambiguous = understanding.ambiguous ?? broadGuess(turn);
  if (!ambiguous || Object.keys(understanding.entities.facts).length > 0 || understanding.entities.money.length > 0) return false;
  const choices = ambiguous.filter((intent) => ctx.dialogs.byIntent.has(intent));
  // "besides the rent, what else can we get?" right after the rent's answer, weighed between that measure and the
  // check-up: the owner has that answer and asks for more.
  if (afterAnswerOf(turn, choices) && choices.some((intent) => ctx.dialogs.byIntent.get(intent)?.id === 'checkup')) return false;
  // Tenant or landlord, when the owner says which side they are on ("we let our tenant skip rent"): no need to ask.
  const { tenantSide, landlordSide } = understanding.cues;
  const sides = choices.map((intent) => ctx.dialogs.byIntent.get(intent)?.id ?? '');
  if (tenantSide !== landlordSide && sides.every((id) => sideDialogs.has(id))) return false;
  // "Which one do you mean?" needs two answers to choose from; with fewer, go with the best reading. The side
  // of a guarantee the owner speaks from ("guarantee company help us") settles it too (guarantee-side.ts).
  if (choices.length < 2 || outsideTheMeasures(turn) || settledByWords(turn) || guaranteeChoiceSettled(understanding, ctx.dialogs, choices)) return false;
  // "a photo studio renting from the district": （三） is for schools alone, so a message naming none is （一）'s.
  const rent = sides.every((id) => id === 'rent-tenant' || id === 'rent-school');
  if (rent && !understanding.cues.school) return false;
  // "我们设计公司有什么补贴能拿" weighed between the check-up (or another measure) and a measure heard from the name of the
  // business (公司 as a guarantee company's): what there is for a business named by its trade, with no measure named, is
  // the check-up.
  if (understanding.cues.broadAsk && tradeNamed.test(normalizeText(understanding.text))
    && !dialogNamed(ctx.dialogs, understanding.text)) return false;
  // "还有别的我能拿的吗 都帮我看看" read as the check-up, weighed against a measure with nothing to work out (（十四）
  // 其他困难): asking broadly what one can get is the check-up's question.
  const top = ctx.dialogs.byIntent.get(understanding.intent)?.id;
  if (understanding.cues.broadAsk && top === 'checkup' && sides.every((id) => id === 'checkup' || ctx.dialogs.byId.get(id)?.rules.length === 0)) return false;
  actions.push({ type: 'clarify', intents: ambiguous });
  return true;
};

/**
 * "can i apply now?", "下个月的房租能免吗": the engine has said first that the notice covered 2020, so the 2020
 * check is offered, not started unasked (issue 11 §7); a yes, or the facts of the owner's case, starts it with
 * what the question said kept. Figures of the owner's own case ("今年4月的房租能免吗…月租3万"), or a "still"
 * said of facts they tell ("二十来个人走了2个 还能享受房租减免吗"), ask for the 2020 answer: it is worked out.
 */
function offersCheck(turn: Turn, dialog: Dialog): boolean {
  const { understanding, session, actions } = turn;
  if (turn.awaiting !== null || dialog.rules.length === 0 || !actions.some((a) => a.type === 'periodNotice')) return false;
  const { entities, cues } = understanding;
  // "担保费还减半吗": a share the question asks about ("减半", "half") is no rate of the owner's.
  const rates = entities.percents.filter((p) => !/半|half/i.test(p.text));
  if (entities.money.length > 0 || rates.length > 0 || entities.revenuePair !== null) return false;
  if (cues.stillAsk && Object.keys(entities.facts).length >= 2) return false;
  // "那个免房租的政策现在还有吗 我五金店 房东区国企", "is the March-April 2020 waiver something I can still claim? landlord
  // is the district": a fact of the owner's case that this measure asks, with no later period named, asks whether
  // the 2020 measure applies to them: worked out after the note, not offered. ("2026年还能免房租吗 我们租的区国企的房",
  // "next month's rent?" ask about a later rent: offered.)
  if (!laterPeriod.test(normalizeText(understanding.text))
    && Object.keys(entities.facts).some((fact) => dialog.facts.includes(fact as FactName))) return false;
  return nextFact(dialog, session, outcomesFor(dialog, session.facts)) !== null;
}

/** A period after 2020 named: "2026年", "下个月", "今年", "next month", "this year", "a new lease". */
const laterPeriod = /20(?:2[1-9]|[3-9]\d)|下个?月|今年|明年|这个月|本月|这两年|最近|(?<![a-z])(?:next month|this year|next year|this month|new lease|these days|nowadays|recently|lately)(?![a-z])/;

export const startTopic: Handler = (turn) => {
  const { understanding, actions, session, current } = turn;
  const dialog = rentDialogForBusiness(turn, dialogFor(turn));
  if (!dialog) return false;
  const filled = factsFor(turn, dialog, null);
  sayHowRead(turn, filled);
  const { cues } = understanding;
  // Where the owner's company is registered ("公司是在朝阳注册的") is said of their own business, as its trade or size is.
  const ownBusiness = ['industry', 'enterpriseSize', 'premisesUse', 'registeredInXicheng'].some((fact) => fact in understanding.entities.facts);
  // An owner who has told the rent they pay ("月租2万", "门店自己付房租") is the tenant when a landlord comes up next.
  const paysRentKnown = session.facts.monthlyRent !== undefined || session.facts.rentMarch !== undefined || session.facts.paysRent === true;
  const sideUnknown = sideDialogs.has(dialog.id) && dialog.id !== current?.id && landlordAsSomeoneElse.test(understanding.text)
    && !cues.tenantSide && !cues.landlordSide && understanding.entities.money.length === 0 && !ownBusiness && !paysRentKnown
    && !speaksForItself.test(understanding.text.replace(askedBySomeone, '')) && !namesTrade.test(understanding.text);
  if (dialog.id !== current?.id) {
    const months = understanding.entities.months;
    session.focusMonth = months.length === 1 ? months[0] ?? null : null;
  }
  applyFacts(session, filled.facts, actions);
  if (sideUnknown) {
    session.awaiting = null;
    session.offer = { kind: 'side' };
    actions.push({ type: 'askSide', measures: dialog.measures });
    turn.intent = 'clarify_side';
    return true;
  }
  if (offersCheck(turn, dialog)) {
    const [measure] = dialog.measures.length === 1 ? dialog.measures : [];
    const contacts = measure === undefined ? [] : contactsForMeasure(turn.ctx.dialogs, measure, session.facts).slice(0, 2);
    session.offer = { kind: 'calculate', intent: dialog.intents[0] ?? '' };
    if (measure !== undefined) session.lastMeasure = measure;
    actions.push({ type: 'offerCheck', dialog: dialog.id, contacts });
    turn.intent = 'about_now';
    return true;
  }
  startDialog(session, dialog, actions);
  turn.intent = dialog.intents[0] ?? null;
  return true;
};
