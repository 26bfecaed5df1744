/**
 * Questions the notice answers in so many words get that answer first: "担保公司的补贴有上限吗" (yes, at
 * most 500万 per institution), "第十二项是什么" (the measure itself), "王燕的电话" (the person). The
 * answers are data (dialogs/_answers.yaml, units in src/policy/units.yaml); this module only decides
 * which one a message asks for. A message about the owner's own case (amounts, percentages, several facts
 * of their business) is left to the dialogs, which work it out.
 */
import { factKinds, feeRateFacts } from '../policy/facts.js';
import { isHalfWord } from '../nlu/extract-percent.js';
import { findMeasure, loadNotice, measure as measureOf, type Contact } from '../policy/notice.js';
import { loadEntitySynonyms } from '../nlu/entity-synonyms.js';
import { parseNumeral } from '../nlu/numeral.js';
import { findRule } from '../policy/rules/index.js';
import type { Entities, PercentMention, Understanding } from '../nlu/understanding.js';
import type { Action } from './actions.js';
import type { DirectAnswerEntry } from './answer-schema.js';
import { contactWords, lookUpContacts } from './contact-lookup.js';
import { dialogsOfMeasure, type DialogSet } from './dialog-schema.js';
import { dialogNamed, dialogsNamed } from './turn.js';
import { questionCue } from '../nlu/text-cues.js';
import type { Session } from './session.js';
import { contactsForMeasure, resumeWorkContacts, unitsNamed } from './topic-contacts.js';
import { normalizeText, wordListMatcher } from './word-cues.js';

const englishNumbers = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen'];
const englishOrdinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth'];
const zhNumeral = '[0-9一二三四五六七八九十两]{1,3}';
/** "第十二项", "第2条", "第三点", "第五个措施", "（十二）", "(12)": 第二个月 and 十四条措施 name no item. */
const zhItem = new RegExp(`第\\s*(${zhNumeral})\\s*(?:条|项|款|点|个(?=措施|政策|办法))|[（(]\\s*(${zhNumeral})\\s*[）)]`);
const enWord = `\\d{1,2}|${englishNumbers.join('|')}`;
/** "item 12", "measure twelve", "point #3", "the twelfth measure", "12th item". */
const enItem = new RegExp(`\\b(?:item|measure|article|clause|point|section|number|no\\.?)\\s*#?\\s*(${enWord})\\b|#\\s*(\\d{1,2})\\b|\\b(${englishOrdinals.join('|')}|\\d{1,2}(?:st|nd|rd|th))\\s+(?:item|measure|point|clause|article)\\b`);

/**
 * The notice's own number: "西政办发〔2020〕6号", "[2020] No. 6", and said without the year: "notice No. 6", "document
 * number 6", "Circular #6", "6号文", "六号文件".
 */
const docNumber = /[〔[(（]\s*2020\s*[〕\])）]\s*(?:no\.?|number|#)?\s*6\s*号?|(?<![a-z])(?:notice|document|doc|circular|policy|paper|file|announcement)\s*(?:no\.?|number|#)\s*(?:6|six)(?![\d.])|(?:6|六)\s*号\s*(?:文件?|通知|红头文件)/gi;

/** The item number the text names (1–14), or null. @example itemNamed('第十二项是什么') // 12 */
export function itemNamed(text: string): number | null {
  // "Xi Zheng Ban Fa [2020] No. 6", "西政办发〔2020〕6号": the notice's own number names no item.
  const normalized = normalizeText(text).replace(docNumber, ' ');
  const zh = zhItem.exec(normalized);
  const zhRun = zh?.[1] ?? zh?.[2];
  const en = zhRun === undefined ? enItem.exec(normalized) : null;
  const enRun = en?.[1] ?? en?.[2] ?? en?.[3];
  let value: number | null = null;
  if (zhRun !== undefined) value = parseNumeral(zhRun)?.toNumber() ?? null;
  else if (enRun !== undefined) {
    const word = englishNumbers.indexOf(enRun) + 1 || englishOrdinals.indexOf(enRun) + 1;
    value = word > 0 ? word : Number.parseInt(enRun, 10);
  }
  return value !== null && findMeasure(value) ? value : null;
}

/**
 * One matcher per cue group of _answers.yaml, made the first time the group is tried: a turn tries the
 * entries' groups two or three times, and each word's kind (Chinese or English) is then decided once, not
 * on every message.
 */
const groupMatchers = new WeakMap<readonly string[], (normalized: string) => boolean>();

function groupMatcher(group: readonly string[]): (normalized: string) => boolean {
  let matcher = groupMatchers.get(group);
  if (!matcher) groupMatchers.set(group, (matcher = wordListMatcher(group)));
  return matcher;
}

/**
 * The entry whose cue groups the text matches, all of them, in Chinese or in English, among those open while
 * `awaiting` is asked; with `inContext`, the measure under discussion, an entry of that measure whose first
 * group names it needs only the others (topicFirst; topicWhileAsked: only while one of its facts is asked).
 */
export function answerCued(answers: readonly DirectAnswerEntry[], text: string, context: { awaiting?: string | null; inContext?: number | null } = {}): DirectAnswerEntry | null {
  const { awaiting = null, inContext = null } = context;
  // "under document No. 6" asks about no documents: the notice's own number is blanked first.
  const normalized = normalizeText(text).replace(docNumber, ' ');
  const asked = askedSentences(normalized);
  // One group at least is named in the sentence that asks: "公司在朝阳注册的，当年图那边办手续快。…房租也能免吗" tells of 手续
  // in its story and asks about the rent, not about materials.
  const matches = (groups: string[][]) => groups.every((group) => groupMatcher(group)(normalized))
    && (asked === null || groups.some((group) => groupMatcher(group)(asked)));
  const cued = (entry: DirectAnswerEntry, groups: string[][]) => matches(groups)
    || ((entry.topicFirst === true || (awaiting !== null && entry.topicWhileAsked?.includes(awaiting) === true))
      && entry.measure === inContext && groups.length > 1 && matches(groups.slice(1)));
  const open = (entry: DirectAnswerEntry) => (entry.asked === undefined || (awaiting !== null && entry.asked.includes(awaiting)))
    && (entry.followUpOnly !== true || inContext !== null);
  return answers.find((entry) => open(entry) && (cued(entry, entry.cues.zh) || cued(entry, entry.cues.en)) && namesAbout(entry, normalized)
    && (entry.notCues === undefined || cuedWithout(entry, normalized))) ?? null;
}

/**
 * Whether the entry's cues are still met with its `notCues` phrases blanked: "our supplier went bust and we can't get
 * materials" says nothing of the documents to bring.
 */
function cuedWithout(entry: DirectAnswerEntry, normalized: string): boolean {
  const phrases = [...(entry.notCues?.zh ?? []), ...(entry.notCues?.en ?? [])];
  const words = phrases.reduce((text, phrase) => (text.includes(phrase) ? text.split(phrase).join(' ') : text), normalized);
  return words === normalized || [entry.cues.zh, entry.cues.en].some((groups) => groups.every((group) => groupMatcher(group)(words)));
}

/**
 * An entry about a fact is not cued by words that hold the fact's word without naming it: "rents from the
 * sub-district office" says nothing of office premises. Its cues must still be met with those words blanked out.
 */
function namesAbout(entry: DirectAnswerEntry, normalized: string): boolean {
  if (!entry.about) return true;
  const words = withoutNotFact(normalized, entry.about);
  return words === normalized || [entry.cues.zh, entry.cues.en].some((groups) => groups.every((group) => groupMatcher(group)(words)));
}

let notFactWords: Map<string, string[]> | undefined;

/**
 * The text with the phrases that hold a word of these facts without naming a value (intents/entities.yaml
 * `notFact`: "sub-district office", "head office", "房东是个体户") blanked out.
 * @example withoutNotFact('rents from the sub-district office', ['premisesUse']) // 'rents from the  '
 */
function withoutNotFact(normalized: string, facts: readonly string[]): string {
  notFactWords ??= notFactPhrases();
  let words = normalized;
  for (const fact of facts) {
    for (const phrase of notFactWords.get(fact) ?? []) if (words.includes(phrase)) words = words.split(phrase).join(' ');
  }
  return words;
}

/** The `notFact` phrases of each fact, longest first (so "sub-district office" goes before "district office"). */
function notFactPhrases(): Map<string, string[]> {
  const byFact = new Map<string, string[]>();
  for (const { fact, value, phrase } of loadEntitySynonyms().phrases) {
    if (value === null) byFact.set(fact, [...(byFact.get(fact) ?? []), phrase]);
  }
  for (const list of byFact.values()) list.sort((a, b) => b.length - a.length);
  return byFact;
}

const sentenceEnd = /[。！!？?；;\n]+/;

/**
 * The sentences of a message that ask (a question word or mark, a choice), when it also has sentences that only tell;
 * null when it is one sentence, or every sentence asks, or none does.
 */
function askedSentences(normalized: string): string | null {
  const sentences = normalized.split(sentenceEnd).filter((sentence) => sentence.trim() !== '');
  if (sentences.length < 2) return null;
  const asking = sentences.filter(isQuestion);
  return asking.length === 0 || asking.length === sentences.length ? null : asking.join('。');
}

/** Whether the message answers the question pending: then it is an answer, not a new question. */
function answersPending(session: Session, entities: Entities, text: string): boolean {
  const fact = session.awaiting;
  if (!fact) return false;
  if (fact in entities.facts) return true;
  switch (factKinds[fact]) {
    case 'money': return entities.money.length > 0;
    // "再担保费也减半吗" while the fee rate is asked: 减半 is what the measure does, no rate of the owner's.
    case 'percent': return entities.percents.some((m) => !(feeRateFacts.has(fact) && isHalfWord(m))) || entities.revenuePair !== null;
    // A long reply is no question for its length: only a question word, mark or choice makes it one.
    case 'boolean': return entities.yesNo !== null && !isQuestion(text);
    default: return !isQuestion(text);
  }
}

/** "减半", "一半", "half": a share the question asks about, not a rate of the owner's ("1.5%", "八成"). */
const shareWords = /半|half/i;

/** How an owner opens a question beside the one asked: "顺便问一下", "另外", "by the way". */
const digression = /^(顺便|另外|还想问|再问|插一句|对了)|^(by the way|btw|also|one more thing|side question)\b/i;

/** Questions without a question word: "是免一半还是全免", "再担保费减不减" (A-not-A), "full or half". */
const choiceQuestion = /还是|有无|(\p{Script=Han})[不没]\1|\bor\b|\bwhether\b/iu;
/** A choice between two answers ("是免一半还是全免", "50% or free"), not a yes-or-no ("房租免不免"). */
const alternatives = /还是|\bor\b/i;

/**
 * "房东是国资的", "门面是区国企的", "we rent from…": the owner's own landlord or premises spoken of, though
 * the kind may not be read ("国资的") or be what is asked ("个体户能享受区国企房租减免吗" names the measure).
 */
const premisesStated = /房东|业主|门面|铺面|门脸|店面|租的|租了|(?<![a-z])(?:landlord|rent(?:s|ing|ed)? (?:[a-z]+ )?from|(?:our|my) (?:[a-z]+ )?(?:premises|building|place|space|site|shop|store|office) (?:belongs?|is owned|are owned|is rented|are rented))(?![a-z])/i;

/**
 * A statement ("哦我们其实是个体工商户") corrects or tells a fact: only a question gets an answer from
 * _answers.yaml. An item number alone ("第十二项") asks about that item.
 */
function isQuestion(text: string): boolean {
  return questionCue.test(text) || choiceQuestion.test(text);
}

/**
 * What of the owner's own case a message states: figures (amounts, rates, a revenue pair), which only a dialog
 * works out, and the number of other facts of their business. A rate in a choice ("是五成还是全免") is what the
 * owner asks about, not theirs; `rates: false` counts no rate at all. The facts the answer is `about` ("办公"
 * for the office share, 个体 for sole traders) are what is asked, and the kind of business says who asks
 * ("我就一个理发摊"): neither is counted.
 */
function ownCase(understanding: Understanding, about: readonly string[] = [], options: { rates?: boolean; measure?: number | null } = {}): { figures: boolean; facts: number } {
  const { entities, text } = understanding;
  const rates = choiceQuestion.test(text) || options.rates === false ? []
    : entities.percents.filter((p) => !shareWords.test(p.text) && !namesSubsidyOf(options.measure ?? null, understanding, p));
  const counted = Object.keys(entities.facts).filter((fact) => !about.includes(fact) && fact !== 'industry');
  // "I'm a landlord, who do I call about the landlord subsidy?": the landlord named is the speaker, no premises of theirs.
  const speakerIsLandlord = understanding.cues.landlordSide && !understanding.cues.tenantSide;
  const facts = counted.length + (!counted.includes('landlordType') && !speakerIsLandlord && premisesStated.test(text) ? 1 : 0);
  return { figures: entities.money.length > 0 || rates.length > 0 || entities.revenuePair !== null, facts };
}

/** Right after a rate, the subsidy it is the rate of: "the 30% subsidy", "30%的补贴", "30%那个补助". */
const subsidyAfterRate = /^\s*(?:的|那个|的那个)?\s*(?:补贴|补助|(?<![a-z])subsid)/i;

/** The rates each measure's clause prints ("30" for （四）), read once per measure. */
const clauseRates = new Map<number, Set<string>>();

function ratesOfClause(measure: number): Set<string> {
  let rates = clauseRates.get(measure);
  if (!rates) clauseRates.set(measure, (rates = new Set([...measureOf(measure).clause.matchAll(/(\d+(?:\.\d+)?)%/g)].map((m) => m[1] ?? ''))));
  return rates;
}

/**
 * "does the 30% subsidy apply to franchisees too?": a rate the answer's clause prints, said as the subsidy's, names
 * the measure; it is no figure of the owner's.
 */
function namesSubsidyOf(measure: number | null, understanding: Understanding, percent: PercentMention): boolean {
  if (measure === null || !ratesOfClause(measure).has(percent.value)) return false;
  return subsidyAfterRate.test(understanding.text.slice(percent.end, percent.end + 12));
}

/**
 * Whether the stated facts make the message the owner's case: two, or one more when they speak of themselves,
 * ask to work it out or ask how much they get ("我们办公用，能减多少", "装修公司 写字楼是区属国企的 3月4月房租减多少啊"),
 * or the entry's own count (`caseFacts`). A rule asked with no fact of theirs ("办公用房减多少") is no case.
 */
function factsMakeCase(understanding: Understanding, facts: number, caseFacts?: number): boolean {
  if (caseFacts !== undefined) return facts >= caseFacts;
  const { calculate, askAmount } = understanding.cues;
  return facts >= 2 || (facts >= 1 && (calculate || askAmount || firstPerson.test(understanding.text)));
}

/** Amounts, rates or facts enough of the owner's business: their own case, for a dialog to work out. */
function isOwnCase(understanding: Understanding, about: readonly string[] = [], options: { rates?: boolean } = {}): boolean {
  const { figures, facts } = ownCase(understanding, about, options);
  return figures || factsMakeCase(understanding, facts);
}

/**
 * The owner speaking of their own business: 我, 我们, 咱们, 本店, "we", "our", "my"; or an operator telling of the
 * caller's ("来电人称他们…", "caller says her firm…", "the client's shop"), not relaying a general question
 * ("来电人问：连锁店补贴是不是只给分公司"); or introducing themselves by their trade: "Translation office here, …".
 */
export const firstPerson = /我|咱|本店|来电(?:人|者)?(?:称|说|表示)(?:她|他|自己)|(?<![a-z])(?:i|we|our|my|us|me|i'm|we're|caller's|client's|customer's)(?![a-z])|(?<![a-z])(?:caller|client|customer)\s+(?:says|said|tells us)\s+(?:she|he|they|her|his|their)(?![a-z])|^[^,.:;!?]{2,60}?\s+here\s*[,.:;!—–-]/i;

/** The owner speaks of their own business: of themselves, or by its trade ("奶茶加盟店 能拿吗"). */
function saysOwnBusiness(understanding: Understanding): boolean {
  return firstPerson.test(understanding.text) || understanding.entities.facts.industry !== undefined;
}

/**
 * "我们是出租写字楼的公司…能补多少" names an office, but a landlord speaks: an answer for tenants (its dialog the
 * tenants' side of the lease) is not theirs, unless they say they rent.
 */
function forOtherSide(entry: DirectAnswerEntry, understanding: Understanding, dialogs: DialogSet): boolean {
  if (dialogs.byIntent.get(entry.calculate ?? '')?.id !== 'rent-tenant' || understanding.cues.tenantSide) return false;
  return understanding.cues.landlordSide || dialogs.byIntent.get(understanding.intent)?.id === 'rent-landlord';
}

/** The one measure the session is about, if any (the dialog in progress or last answered, else the measure last answered). */
function sessionMeasure(session: Session, dialogs: DialogSet): number | null {
  const dialog = session.dialog ? dialogs.byId.get(session.dialog) : undefined;
  if (dialog) return dialog.measures.length === 1 ? dialog.measures[0] ?? null : null;
  return session.lastMeasure ?? null;
}

/** The measure a follow-up naming no topic of its own is about: the session's, unless the words name another. */
function measureInContext(understanding: Understanding, session: Session, dialogs: DialogSet): number | null {
  const measure = sessionMeasure(session, dialogs);
  const named = dialogNamed(dialogs, understanding.text);
  return measure !== null && (!named || named.measures.includes(measure)) ? measure : null;
}

/** The one measure the message's topic words name ("办免租得带哪些资料" → （一）), else its intent's; null if none. */
function intentMeasure(understanding: Understanding, dialogs: DialogSet): number | null {
  const dialog = dialogNamed(dialogs, understanding.text) ?? dialogs.byIntent.get(understanding.intent);
  return dialog?.measures.length === 1 ? dialog.measures[0] ?? null : null;
}

/** Whether the text names only other measures' topics than the answer's own measure (null: any measure). */
function namesOtherMeasure(dialogs: DialogSet, text: string, measure: number | null): boolean {
  if (measure === null) return false;
  const named = dialogsNamed(dialogs, text);
  return named.length > 0 && !named.some((dialog) => dialog.measures.includes(measure));
}

/**
 * Whom an answer sends the owner to; about the dialog in progress or last answered, its own rule's contacts
 * (a landlord asking when the subsidy is paid gets the landlord subsidy's office, not the tenants').
 */
function answerContacts(entry: DirectAnswerEntry, measure: number | null, dialogs: DialogSet, session: Session): Contact[] {
  // An answer with no unit of its own still says whom to call: the measure's first two contacts (an operator copies the
  // answer whole, and an owner's next question is who handles it).
  if (!entry.contacts) return measure === null ? [] : contactsForMeasure(dialogs, measure, session.facts).slice(0, 2);
  if (measure === null) return [loadNotice().generalContact];
  const current = session.dialog ? dialogs.byId.get(session.dialog) : undefined;
  const rule = current?.measures.length === 1 && current.measures[0] === measure && current.rules[0] ? findRule(current.rules[0]) : undefined;
  const all = rule ? rule.evaluate(session.facts).contacts : contactsForMeasure(dialogs, measure, {});
  const ofUnit = entry.contacts === 'all' ? all : measureOf(measure).contacts.filter((c) => c.unit === entry.contacts);
  return ofUnit.length > 0 ? ofUnit : all;
}

/** A question about what an item says ("第三条是什么", "what does item 3 say?"), not about the owner's case. */
const asksWhatItSays = /是什么|啥意思|什么意思|讲的是|说的是|内容|具体|指的|(?<![a-z])(?:what (?:is|does|'s)|what's|mean|means|say|says|about)(?![a-z])/i;

/**
 * The owner asks for their own figure beside the question ("有上限吧？我们量比较大，想先算算", "…? run the numbers for
 * us"): the answer, then the calculation at once, with no offer to take up. Not "怎么算" (how it is worked out).
 */
const asksToWorkItOut = /(?:想|要|先|帮|给|麻烦|请)[^,，。.？?!！怎咋]{0,4}?(?:算算|算一算|算一下|算下|计算一下|核算一下|测算一下)|(?<![a-z])(?:work (?:it|that|ours|mine) out for (?:us|me)|run the numbers|calculate (?:it|ours|mine|that) for (?:us|me)|(?:want|like|need) to (?:calculate|work out|figure out) (?:ours|mine|our|my|how much (?:we|i)))(?![a-z])/i;

/** An amount asked for: "能省多少", "how much lower". */
const ownAmountAsked = /多少|(?<![a-z])how much(?![a-z])/i;

/** The intents whose dialogs compute measure N: both sides of （一） (tenant and landlord). */
function calculatorsOf(dialogs: DialogSet, measure: number): string[] {
  return dialogsOfMeasure(dialogs, measure).filter((d) => d.rules.length > 0).flatMap((d) => d.intents.slice(0, 1));
}

/**
 * The direct answer to the message, or null when it asks for something a dialog works out. Mid-dialog
 * only a question is answered (the engine then asks the pending question again), and no calculation is
 * offered: one is already under way. Records the look-up in the session (the engine's working copy) so
 * a follow-up ("那人社局呢") can continue it.
 * @example directAnswer(understand('再担保费也减半吗'), session, dialogs) // { type: 'directAnswer', id: 'reguarantee-halved', measure: 6, ... }
 */
export function directAnswer(understanding: Understanding, session: Session, dialogs: DialogSet): Action | null {
  const { text, entities } = understanding;
  const previous = session.lastLookup ?? null;
  session.lastLookup = null;
  // "担保机构补贴找哪个部门" may read as the institution's question: its words ask whom to call.
  // Only a computing dialog's question would start a questionnaire: an information measure's answer gives its contacts.
  const computes = (dialogs.byIntent.get(understanding.intent)?.rules.length ?? 0) > 0;
  // A rate in it names the measure ("who should a landlord call about the 30% subsidy"); an amount is a case.
  // A unit named with those words ("我们是美发连锁的分公司 商务局那边谁管") asks for it, whatever facts come with it.
  const asksByWords = computes && understanding.cues.whomToCall && contactWords.test(text) && session.awaiting === null
    && (!isOwnCase(understanding, [], { rates: false }) || (unitsNamed(text).length > 0 && !ownCase(understanding).figures));
  const lookedUp = lookUpContacts(understanding, { ...session, lastLookup: previous }, dialogs, { asksByWords });
  // A person's name never answers the question pending, nor does an aside ("顺便问一下…") or a choice
  // ("办公用房是免一半还是全免", though it names 办公); anything else that does is an answer.
  const aside = digression.test(text) || choiceQuestion.test(text);
  // "小微是怎么算的", "what counts as micro? we have 9 people": a question about the very question asked
  // is answered, and the question asked again, though its words name a value or its figures are the owner's.
  const aboutPending = session.awaiting !== null && isQuestion(text)
    && answerCued(dialogs.answers, text, { awaiting: session.awaiting })?.about?.includes(session.awaiting) === true;
  if (answersPending(session, entities, text) && !lookedUp?.action.people && !aside && !aboutPending) return null;
  const midDialog = session.awaiting !== null;
  // "办理需要带什么" may be read as a contact question; the answer about materials says more.
  const answered = midDialog && !isQuestion(text) ? null : answerOf(understanding, session, dialogs, aboutPending);
  if (lookedUp && !(lookedUp.byIntentOnly && answered) && (!midDialog || entities.money.length === 0)) {
    session.lastLookup = lookedUp.lookup;
    return lookedUp.action;
  }
  return answered;
}

/** The answer of an item number, an _answers.yaml entry, or （十二） for the owner's field; null if none. */
function answerOf(understanding: Understanding, session: Session, dialogs: DialogSet, aboutPending = false): Action | null {
  const { text } = understanding;
  const midDialog = session.awaiting !== null;
  // "what am I eligible for? beauty salon, sole trader" asks for the check-up, not whether sole traders count; so does
  // "帮辖区一家民办幼儿园梳理一下…能享受什么": what there is for a business, not whether its kind is covered.
  const cued = isQuestion(text) && !understanding.cues.checkup && !understanding.cues.broadAsk
    ? answerCued(dialogs.answers, text, { awaiting: session.awaiting, inContext: measureInContext(understanding, session, dialogs) }) : null;
  // "个体户贷款的担保费也能减半吗" names （六）'s topic: the answer about sole traders under （一） is not its answer.
  const entry = cued && !namesOtherMeasure(dialogs, text, cued.measure) && !forOtherSide(cued, understanding, dialogs)
    && !(cued.generalOnly === true && saysOwnBusiness(understanding)) ? cued : null;
  // An entry's question with facts of the owner's case beside it ("美甲店 个体户 房租能减吗 房东是国资的") is
  // answered, then its dialog starts with them; figures are worked out by the dialog alone. Facts say only who
  // asks when the answer is the same for every case ("有上限吗？我们是驻区担保公司") or the question is a choice
  // between two answers ("our office is rented from a district SOE: 50% or free?").
  let starts: string | undefined;
  if (entry && !aboutPending) {
    const stated = ownCase(understanding, entry.about, { measure: entry.measure });
    if (stated.figures) return null;
    const factsCount = entry.anyCase === true || alternatives.test(text) ? 0 : stated.facts;
    if (factsMakeCase(understanding, factsCount, entry.caseFacts) || asksToWorkItOut.test(text)) {
      if (midDialog || !entry.calculate) return null;
      starts = entry.calculate;
    }
  } else if (!aboutPending && isOwnCase(understanding)) return null;

  const item = itemNamed(text);
  // "围棋培训学校 想问问（三）那个房租": the owner names their trade and asks about the item for their own case,
  // not what the item says: the item's calculation starts (the topic handler), not its text.
  // "how much lower is our guarantee fee under item 6?", "第六条我们能省多少": an amount of their own asked for, too.
  const asksOwnAmount = understanding.cues.calculate || (firstPerson.test(text) && ownAmountAsked.test(text));
  const ownCaseOfItem = item !== null && !midDialog && (understanding.entities.facts.industry !== undefined || asksOwnAmount)
    && !asksWhatItSays.test(text) && calculatorsOf(dialogs, item).includes(understanding.intent);
  if (item !== null && !ownCaseOfItem) {
    const contacts = contactsForMeasure(dialogs, item, session.facts, text);
    return { type: 'measureAnswer', measure: item, contacts, calculate: midDialog ? [] : calculatorsOf(dialogs, item) };
  }
  if (entry) {
    const measure = entry.measure ?? sessionMeasure(session, dialogs) ?? intentMeasure(understanding, dialogs);
    const calculate = entry.calculate && !midDialog && !starts ? entry.calculate : null;
    const contacts = answerContacts(entry, measure, dialogs, session);
    return { type: 'directAnswer', id: entry.id, measure, contacts, calculate, ...(starts ? { starts } : {}) };
  }
  // "哪些企业能申请连锁门店补贴", "这个房租减免政策还有效吗": about the measure itself, not the owner's case. Its
  // clause says whom it is for and what it gave (the engine has said the measures covered 2020); then the offer.
  const { conditions, stillValid } = understanding.cues;
  // "稳岗补贴这个政策过期了没有" asks, though no question word says so: whether it still holds is a question.
  if ((stillValid || (conditions && isQuestion(text))) && !midDialog) {
    const measure = intentMeasure(understanding, dialogs);
    if (measure !== null) {
      return { type: 'measureAnswer', measure, contacts: contactsForMeasure(dialogs, measure, session.facts, text), calculate: calculatorsOf(dialogs, measure) };
    }
  }
  // "我们是装修公司，复工找谁办": （十二） answered with the units of the owner's field. A message naming another
  // measure by its words ("开装修公司的 稳岗补贴有我们的份吗") asks about that one: its field is only context.
  const named = dialogNamed(dialogs, text);
  const aboutResumeWork = named ? named.intents.includes('resume_work') : understanding.intent === 'resume_work';
  if (aboutResumeWork && !midDialog) {
    const contacts = resumeWorkContacts(text, session.facts);
    if (contacts.length > 0) return { type: 'measureAnswer', measure: 12, contacts, calculate: [] };
  }
  return null;
}
