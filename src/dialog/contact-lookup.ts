/**
 * Contact look-ups as the owner asks them: by person ("于伟川是哪个科室的", "who is Chai Weihong"), by unit
 * ("财政局电话"), by topic ("担保的事找谁"), for a mobile number ("市场监管局有手机号吗", which the notice
 * does not print apart from each contact's one phone), and the follow-up that names only another unit
 * right after a look-up ("那人社局呢", "and the labour bureau?"). Pure: the session is read, not changed.
 */
import { loadNotice, measure as measureOf, type Contact } from '../policy/notice.js';
import { canonicalUnit, loadUnitsData } from '../policy/units.js';
import type { Understanding } from '../nlu/understanding.js';
import { phoneTrade } from '../nlu/text-cues.js';
import type { Action } from './actions.js';
import type { DialogSet } from './dialog-schema.js';
import type { LastLookup, Session } from './session.js';
import { contactsForMeasure, contactsOfUnits, measureAskedAbout, officesNamed, peopleNamed, topicOf, unitsNamed } from './topic-contacts.js';
import { normalizeText, wordListMatcher } from './word-cues.js';

export type ContactsAction = Extract<Action, { type: 'contacts' }>;

/**
 * Words that ask whom to call whatever the intent: a phone, a contact, a department, "找谁". Stricter than the
 * whomToCall cue: "subsidy for landlords who cut rent" has a "who" and asks no one's number.
 */
export const contactWords = /电话|号码|联系|找谁|问谁|找哪|哪个部门|哪个单位|哪个科|科室|热线|手机|谁负责|谁管|归谁管|哪位|(?<![a-z])(?:phone|telephone|number|contact|hotline|whom|who (?:do|does|should|can|could|would|shall) (?:[a-z]+ ){1,2}?(?:call|ask|contact|talk|speak|see|go|phone|ring|write)|who to (?:call|ask|contact|phone)|who (?:[a-z]+ ){0,5}?(?:handles|deals with|is in charge|is responsible|looks after|takes care of)|who's in charge|which (?:person|people|office|department|bureau|unit|section|agency))(?![a-z])/i;

/** A follow-up is short: "那人社局呢", "and the labour bureau?", "what about finance street". */
const followUpMaxChars = 14;
const followUpMaxWords = 7;
/** How a follow-up opens or ends: "那…呢", "还有…", "and …?", "what about …". */
const followUpMarker = /^(那|那么|还有|再问下?|另外)|呢[?？。]?$|^(and|what about|how about|also|then)\b/i;

/** "same office?", "是同一个人吗", "也找他吗": asking whether the contact just given also handles this. */
const sameContact = /(?<![a-z])(?:same (?:office|person|people|number|department|bureau|section|contact|one|guy|lady)|someone else|somebody else|a different (?:office|person|number))(?![a-z])|同一个|一样吗|也找|也是找|还是找|还找|找同一/i;

/** "这个号再发一遍", "再说一下", "once more", "repeat that": the last answer asked for again. */
const repeatAsked = /再(?:发|说|报|给|念|讲|写|打)|重复|(?<![a-z])(?:again|once more|repeat)(?![a-z])/i;

/** "ok", "好的", "嗯" before the follow-up's own opening word. */
const leadIn = /^(?:ok(?:ay)?|好的?|嗯|行|thanks|thank you|谢谢|great|cool|got it|perfect|明白了?|知道了)[\s,，.。!！]*/i;

/** The words asking for a mobile number (units.yaml), matched by one matcher built per units table, not per message. */
const mobileMatchers = new WeakMap<object, (normalized: string) => boolean>();

function mobileWordsMatcher(): (normalized: string) => boolean {
  const { mobileWords } = loadUnitsData();
  let matcher = mobileMatchers.get(mobileWords);
  if (!matcher) mobileMatchers.set(mobileWords, (matcher = wordListMatcher([...mobileWords.zh, ...mobileWords.en])));
  return matcher;
}

function isShort(text: string): boolean {
  const trimmed = text.trim();
  return /[a-z]/i.test(trimmed) ? trimmed.split(/\s+/).length <= followUpMaxWords : trimmed.length <= followUpMaxChars;
}

/** Two Chinese characters at each place of a word: "稳岗培训补贴" → 稳岗, 岗培, 培训, 训补, 补贴. */
function pairsOf(word: string): string[] {
  const pairs: string[] = [];
  for (let at = 0; at + 2 <= word.length; at += 1) pairs.push(word.slice(at, at + 2));
  return pairs;
}

/**
 * The contacts with the one whose topic the text names first: "培训" names 稳岗培训补贴's contact, not 临时性岗位补贴's (a
 * pair of characters one topic has and the others lack). Unchanged when no topic or every topic is named.
 */
function byTopicNamed(contacts: readonly Contact[], normalized: string): Contact[] {
  const named = topicNamedContacts(contacts, normalized);
  return named.length === 0 || named.length === contacts.length ? [...contacts] : [...named, ...contacts.filter((c) => !named.includes(c))];
}

/** The contacts whose own topic the text names by a pair of characters the other topics lack. */
function topicNamedContacts(contacts: readonly Contact[], normalized: string): Contact[] {
  const topics = contacts.map((c) => pairsOf(c.topic ?? ''));
  return contacts.filter((_, i) => (topics[i] ?? []).some((pair) => normalized.includes(pair) && topics.every((other, j) => j === i || !other.includes(pair))));
}

/**
 * The look-up the message asks for, with what to remember of it; null when it asks none.
 * @example lookUpContacts(understand('王燕的电话'), session, dialogs)?.action.people?.[0]?.contact.office // '经济建设二科'
 */
export interface LookUp {
  action: ContactsAction;
  lookup: LastLookup;
  /** Only the intent asked for contacts (no person, mobile or follow-up): a more specific answer may win. */
  byIntentOnly: boolean;
}

export interface LookUpOptions {
  /**
   * The message asks whom to call in so many words ("担保机构补贴找哪个部门", "phone for the guarantee subsidy")
   * and is no case of the owner's to work out: a contact question whatever intent the classifier heard.
   */
  asksByWords?: boolean;
}

export function lookUpContacts(understanding: Understanding, session: Session, dialogs: DialogSet, options: LookUpOptions = {}): LookUp | null {
  const text = understanding.text;
  const normalized = normalizeText(text);
  const previous = session.lastLookup ?? null;
  // "经济建设二科电话多少": an office named is as specific as a person.
  const named = peopleNamed(text);
  const people = named.length > 0 ? named : officesNamed(text);
  const units = unitsNamed(text);
  // "手机维修铺子": phones as the owner's trade ask for no mobile number.
  const asksMobile = mobileWordsMatcher()(normalized.replace(phoneTrade, ' '));
  // "我想打给发改委", "I need the SASAC phone": a unit named in a message read as nothing else asks for it.
  const asksContact = understanding.intent === 'contact_lookup' || options.asksByWords === true
    || (units.length > 0 && understanding.intent === 'out_of_scope' && !session.awaiting);
  // A bare unit continues a look-up; a topic does so only as "那担保的呢", else it is a new question.
  const marked = followUpMarker.test(text.trim().replace(leadIn, ''));
  // "ok and human resources bureau, for the temporary post subsidy?": marked as a follow-up, a unit named is one
  // however much more it says.
  // "what about the training subsidy, same person?", "那稳岗培训补贴的电话呢": marked, a topic named with words of
  // whom to call (or "the same one?") continues the look-up for that measure however long it is.
  const topicNamed = marked && topicOf(dialogs, text) !== null;
  // "临时那个岗位的呢" right after （十三）'s contacts: one part of the measure looked up, named by its own words.
  const partNamed = marked && previous?.measure != null && isShort(text)
    && topicNamedContacts(measureOf(previous.measure).contacts, normalized).length > 0;
  const followUp = previous !== null && (isShort(text) || (marked && units.length > 0))
    && (units.length > 0 || topicNamed || partNamed)
    || (previous !== null && topicNamed && (contactWords.test(text) || sameContact.test(text)));

  if (people.length > 0) {
    const contacts = people.map((p) => p.contact);
    // "那他有手机号吗" next is about the person's unit.
    const theirUnits = [...new Set(contacts.map((c) => canonicalUnit(c.unit)))];
    // The people's own measures are the reply's (render.ts), however many they are contacts of.
    return { action: { type: 'contacts', contacts, units: [], measure: null, people }, lookup: { kind: 'contacts', units: theirUnits, measure: null }, byIntentOnly: false };
  }
  // "sorry can you send the number again", "电话再发一下", "what was that number?" right after a look-up: the same
  // look-up once more, whatever the classifier heard (it names no unit, topic or person of its own).
  if (previous !== null && !followUp && !asksMobile && units.length === 0 && (contactWords.test(text) || repeatAsked.test(text)) && topicOf(dialogs, text) === null) {
    const { measure, units: before } = previous;
    const ofMeasure = measure === null ? [] : before.length > 0 ? measureOf(measure).contacts.filter((c) => before.includes(canonicalUnit(c.unit)))
      : contactsForMeasure(dialogs, measure, session.facts, '', session.dialog);
    const contacts = ofMeasure.length > 0 ? ofMeasure : before.length > 0 ? contactsOfUnits(before) : [loadNotice().generalContact];
    return { action: { type: 'contacts', contacts, units: previous.units, measure: previous.measure, mobile: previous.kind === 'mobile' }, lookup: previous, byIntentOnly: false };
  }
  const kind = asksMobile || (followUp && previous?.kind === 'mobile') ? 'mobile' : 'contacts';
  const byIntentOnly = !asksMobile && !followUp;
  if (!asksMobile && !asksContact && !followUp) return null;
  // "有手机号吗" right after a look-up is about the units just given.
  const about = units.length > 0 ? units : kind === 'mobile' && topicOf(dialogs, text) === null ? previous?.units ?? [] : [];
  if (about.length > 0) {
    // "幼儿园房租减免 教委那边谁负责": the unit's people for the measure named, when that measure lists them.
    // "那人社局那边呢 电话多少" right after （十二）'s answer: a unit asked as a follow-up is asked of the measure in
    // context, its people for that measure first (all of the unit's when the measure lists none of them).
    const inContext = previous?.measure ?? (session.awaiting === null ? session.lastMeasure ?? null : null);
    const topic = topicOf(dialogs, text) ?? (marked || isShort(text) ? inContext : null);
    const ofTopic = topic === null ? [] : measureOf(topic).contacts.filter((c) => about.includes(canonicalUnit(c.unit)));
    const measure = ofTopic.length > 0 ? topic : null;
    const contacts = ofTopic.length > 0 ? ofTopic : contactsOfUnits(about);
    return { action: { type: 'contacts', contacts, units: about, measure, mobile: kind === 'mobile' }, lookup: { kind, units: about, measure }, byIntentOnly };
  }
  // Asked by its words under another intent ("民办幼儿园想贷款 银行对接找谁" is （五）'s): that intent's measure.
  const heard = understanding.intent === 'contact_lookup' || !options.asksByWords ? undefined : dialogs.byIntent.get(understanding.intent);
  // "那培训那个补贴呢 打哪个电话" right after （十三）'s contacts: a follow-up naming no topic the words find is about the
  // measure just looked up, its contact for the part named ("培训") first.
  const measure = (heard?.measures.length === 1 ? heard.measures[0] : undefined)
    ?? measureAskedAbout(session, dialogs, understanding) ?? (kind === 'mobile' || marked ? previous?.measure ?? null : null)
    // "有手机号吗" right after a measure's answer ("装修公司复工找谁"): that measure's contacts, not the general line.
    ?? (kind === 'mobile' && session.awaiting === null ? session.lastMeasure ?? null : null);
  // "我开书店的 消费券找谁": the trade said with the question is the owner's case too.
  const facts = { ...session.facts, ...understanding.entities.facts };
  const contacts = measure ? byTopicNamed(contactsForMeasure(dialogs, measure, facts, text, session.dialog), normalized) : [loadNotice().generalContact];
  return { action: { type: 'contacts', contacts, units: [], measure, mobile: kind === 'mobile' }, lookup: { kind, units: [], measure }, byIntentOnly };
}
