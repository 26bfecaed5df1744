/**
 * Questions the notice answers in so many words get that answer first: "担保公司的补贴有上限吗" (yes, at
 * most 500万 per institution), "第十二项是什么" (the measure itself), "王燕的电话" (the person). The
 * answers are data (dialogs/_answers.yaml, units in src/policy/units.yaml); this module only decides
 * which one a message asks for. A message about the owner's own case (amounts, percentages, several facts
 * of their business) is left to the dialogs, which work it out.
 */
import { factKinds } from '../policy/facts.js';
import { findMeasure, loadNotice, measure as measureOf, type Contact } from '../policy/notice.js';
import { parseNumeral } from '../nlu/numeral.js';
import { findRule } from '../policy/rules/index.js';
import type { Entities, Understanding } from '../nlu/understanding.js';
import type { Action } from './actions.js';
import type { DirectAnswerEntry } from './answer-schema.js';
import { lookUpContacts } from './contact-lookup.js';
import type { DialogSet } from './dialog-schema.js';
import { dialogNamed, dialogsNamed } from './turn.js';
import { questionCue } from '../nlu/text-cues.js';
import type { Session } from './session.js';
import { contactsForMeasure, resumeWorkContacts } from './topic-contacts.js';
import { mentionsAny, normalizeText } from './word-cues.js';

const englishNumbers = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen'];
const englishOrdinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth'];
const zhNumeral = '[0-9一二三四五六七八九十两]{1,3}';
/** "第十二项", "第2条", "第三点", "第五个措施", "（十二）", "(12)": 第二个月 and 十四条措施 name no item. */
const zhItem = new RegExp(`第\\s*(${zhNumeral})\\s*(?:条|项|款|点|个(?=措施|政策|办法))|[（(]\\s*(${zhNumeral})\\s*[）)]`);
const enWord = `\\d{1,2}|${englishNumbers.join('|')}`;
/** "item 12", "measure twelve", "point #3", "the twelfth measure", "12th item". */
const enItem = new RegExp(`\\b(?:item|measure|article|clause|point|section|number|no\\.?)\\s*#?\\s*(${enWord})\\b|#\\s*(\\d{1,2})\\b|\\b(${englishOrdinals.join('|')}|\\d{1,2}(?:st|nd|rd|th))\\s+(?:item|measure|point|clause|article)\\b`);

const docNumber = /[〔[(（]\s*2020\s*[〕\])）]\s*(?:no\.?|number|#)?\s*6\s*号?/gi;

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
 * The entry whose cue groups the text matches, all of them, in Chinese or in English, among those open while
 * `awaiting` is asked; with `inContext`, the measure under discussion, an entry of that measure whose first
 * group names it needs only the others.
 */
export function answerCued(answers: readonly DirectAnswerEntry[], text: string, context: { awaiting?: string | null; inContext?: number | null } = {}): DirectAnswerEntry | null {
  const { awaiting = null, inContext = null } = context;
  const normalized = normalizeText(text);
  const matches = (groups: string[][]) => groups.every((group) => mentionsAny(normalized, group));
  const cued = (entry: DirectAnswerEntry, groups: string[][]) => matches(groups)
    || (entry.topicFirst === true && entry.measure === inContext && groups.length > 1 && matches(groups.slice(1)));
  const open = (entry: DirectAnswerEntry) => (entry.asked === undefined || (awaiting !== null && entry.asked.includes(awaiting)))
    && (entry.followUpOnly !== true || inContext !== null);
  return answers.find((entry) => open(entry) && (cued(entry, entry.cues.zh) || cued(entry, entry.cues.en))) ?? null;
}

/** Whether the message answers the question pending: then it is an answer, not a new question. */
function answersPending(session: Session, entities: Entities, text: string): boolean {
  const fact = session.awaiting;
  if (!fact) return false;
  if (fact in entities.facts) return true;
  switch (factKinds[fact]) {
    case 'money': return entities.money.length > 0;
    case 'percent': return entities.percents.length > 0 || entities.revenuePair !== null;
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

/**
 * A statement ("哦我们其实是个体工商户") corrects or tells a fact: only a question gets an answer from
 * _answers.yaml. An item number alone ("第十二项") asks about that item.
 */
function isQuestion(text: string): boolean {
  return questionCue.test(text) || choiceQuestion.test(text);
}

/**
 * Amounts, rates or two facts of the owner's business: their own case, for a dialog to work out. A rate
 * in a choice ("是五成还是全免") is what the owner asks about, not theirs; `rates: false` counts no rate at all.
 */
function isOwnCase(understanding: Understanding, about: readonly string[] = [], options: { rates?: boolean } = {}): boolean {
  const { entities, text, cues } = understanding;
  const rates = choiceQuestion.test(text) || options.rates === false ? [] : entities.percents.filter((p) => !shareWords.test(p.text));
  // The facts the answer is about ("办公" for the office share, 个体 for sole traders) are what is asked, not the case;
  // one fact more is the owner's own when they speak of themselves or ask to work it out ("我们办公用，能减多少").
  // The kind of business says who asks ("我就一个理发摊"), not a case to work out.
  const ownFacts = Object.keys(entities.facts).filter((fact) => !about.includes(fact) && fact !== 'industry').length;
  const personal = cues.calculate || firstPerson.test(text);
  // "房东是国资的", "the landlord is a state firm": the owner describing their own landlord speaks of their own rent.
  return landlordDescribed.test(text) || entities.money.length > 0 || rates.length > 0 || entities.revenuePair !== null || ownFacts >= 2 || (ownFacts >= 1 && personal);
}

/** A landlord described: 房东是…, "our landlord is…" (not "房东能拿补贴吗", which asks about landlords in general). */
const landlordDescribed = /房东(?:是|为|属于|就是)|(?:our|my|the) landlord (?:is|was|'s)\b/i;

/** The owner speaking of their own business: 我, 我们, 咱们, 本店, "we", "our", "my". */
const firstPerson = /我|咱|本店|(?<![a-z])(?:i|we|our|my|us|me|i'm|we're)(?![a-z])/i;

/**
 * Words that ask whom to call whatever the intent: a phone, a contact, a department, "找谁". Stricter than the
 * whomToCall cue: "subsidy for landlords who cut rent" has a "who" and asks no one's number.
 */
const contactWords = /电话|号码|联系|找谁|问谁|找哪|哪个部门|哪个单位|哪个科|科室|热线|手机|谁负责|谁管|归谁管|(?<![a-z])(?:phone|telephone|number|contact|hotline|whom|who (?:do|does|should|can|could|would|shall) (?:[a-z]+ ){1,2}?(?:call|ask|contact|talk|speak|see|go|phone|ring|write)|who to (?:call|ask|contact|phone)|who handles|who deals with|who is in charge|who's in charge|which (?:office|department|bureau|unit|section|agency))(?![a-z])/i;

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
  if (!entry.contacts) return [];
  if (measure === null) return [loadNotice().generalContact];
  const current = session.dialog ? dialogs.byId.get(session.dialog) : undefined;
  const rule = current?.measures.length === 1 && current.measures[0] === measure && current.rules[0] ? findRule(current.rules[0]) : undefined;
  const all = rule ? rule.evaluate(session.facts).contacts : contactsForMeasure(dialogs, measure, {});
  const ofUnit = entry.contacts === 'all' ? all : measureOf(measure).contacts.filter((c) => c.unit === entry.contacts);
  return ofUnit.length > 0 ? ofUnit : all;
}

/** The intents whose dialogs compute measure N: both sides of （一） (tenant and landlord). */
function calculatorsOf(dialogs: DialogSet, measure: number): string[] {
  return dialogs.dialogs.filter((d) => d.measures.length === 1 && d.measures[0] === measure && d.rules.length > 0).flatMap((d) => d.intents.slice(0, 1));
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
  const asksByWords = computes && understanding.cues.whomToCall && contactWords.test(text) && session.awaiting === null
    && !isOwnCase(understanding, [], { rates: false });
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
  // "what am I eligible for? beauty salon, sole trader" asks for the check-up, not whether sole traders count.
  const cued = isQuestion(text) && !understanding.cues.checkup
    ? answerCued(dialogs.answers, text, { awaiting: session.awaiting, inContext: measureInContext(understanding, session, dialogs) }) : null;
  // "个体户贷款的担保费也能减半吗" names （六）'s topic: the answer about sole traders under （一） is not its answer.
  const entry = cued && !namesOtherMeasure(dialogs, text, cued.measure) ? cued : null;
  if (!aboutPending && isOwnCase(understanding, entry?.about)) return null;

  const item = itemNamed(text);
  if (item !== null) {
    const contacts = contactsForMeasure(dialogs, item, session.facts, text);
    return { type: 'measureAnswer', measure: item, contacts, calculate: midDialog ? [] : calculatorsOf(dialogs, item) };
  }
  if (entry) {
    const measure = entry.measure ?? sessionMeasure(session, dialogs) ?? intentMeasure(understanding, dialogs);
    const calculate = entry.calculate && !midDialog ? entry.calculate : null;
    return { type: 'directAnswer', id: entry.id, measure, contacts: answerContacts(entry, measure, dialogs, session), calculate };
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
  // "我们是装修公司，复工找谁办": （十二） answered with the units of the owner's field.
  const aboutResumeWork = understanding.intent === 'resume_work' || dialogNamed(dialogs, text)?.intents.includes('resume_work') === true;
  if (aboutResumeWork && !midDialog) {
    const contacts = resumeWorkContacts(text, session.facts);
    if (contacts.length > 0) return { type: 'measureAnswer', measure: 12, contacts, calculate: [] };
  }
  return null;
}
