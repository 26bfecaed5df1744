/**
 * Whom to call: for a topic (a measure, with what the owner told so far), for a unit the owner named
 * ("商务局电话多少"), or for a person ("于伟川是哪个科室的", "who is Chai Weihong"). Every contact comes
 * from the notice; the words owners use for units are data (src/policy/units.yaml).
 */
import { loadEnglishNames } from '../policy/english-names.js';
import type { Facts } from '../policy/facts.js';
import { withAbbreviations } from '../nlu/english-abbreviations.js';
import type { Understanding } from '../nlu/understanding.js';
import { loadNotice, measure as measureOf, type Contact } from '../policy/notice.js';
import { findRule } from '../policy/rules/index.js';
import { canonicalUnit, loadUnits } from '../policy/units.js';
import type { DialogSet } from './dialog-schema.js';
import type { Session } from './session.js';
import { dialogNamed } from './turn.js';
import { normalizeText, wordListMatcher, wordListsMatcher } from './word-cues.js';

/** （十二） 复工复产: its nine units each look after one part of the economy. */
const resumeWorkMeasure = 12;

/**
 * The most relevant contacts for measure N: its rule's choice when a dialog computes it (a district-SOE
 * tenant → 区国资委 first; the dialog named, else the one `current` in the session, else the measure's first),
 * else the contacts for the owner's case (caseContacts).
 * @example contactsForMeasure(dialogs, 12, {}, '我们是建筑公司') // [区住房城市建设委 安全监督站 苏彦鹏 …, 区发展改革委 …]
 */
export function contactsForMeasure(dialogs: DialogSet, measureId: number, facts: Facts, text = '', current: string | null = null): Contact[] {
  if (!dialogs.dialogs.some((d) => d.measures[0] === measureId && d.rules.length > 0)) return caseContacts(dialogs, measureId, facts, text);
  // "房东补贴找谁": the landlord's dialog of （一） (its rule names whom a landlord calls), not the tenant's.
  // "which dept + phone?" after the landlord's result: the dialog under way or last answered, when it is that measure's.
  const named = text === '' ? undefined : dialogNamed(dialogs, text);
  const inSession = current === null ? undefined : dialogs.byId.get(current);
  const dialog = named?.measures[0] === measureId && named.rules.length > 0 ? named
    : inSession?.measures[0] === measureId && inSession.rules.length > 0 ? inSession
      : dialogs.dialogs.find((d) => d.measures[0] === measureId && d.rules.length > 0);
  const rule = dialog?.rules[0] ? findRule(dialog.rules[0]) : undefined;
  if (rule) return rule.evaluate(facts).contacts;
  return caseContacts(dialogs, measureId, facts, text);
}

/**
 * The contacts of a measure with nothing to compute, for the owner's case (their industry fact or the words
 * of the message): for （十二） the units of the owner's field and the SME service centre (住建委 for a
 * builder); for the others every contact, the unit of the owner's field first (a kindergarten's loan → 区教委,
 * a bookstore's vouchers → 区文化和旅游局); the measure's list when no field is named; （十四） prints none, so
 * the general SME line. The measure's own topic words say what is asked, not who asks ("银行贷款" is no bank).
 * @example caseContacts(dialogs, 9, { industry: 'bookstore' })[0]?.phone // '63134703'
 */
export function caseContacts(dialogs: DialogSet, measureId: number, facts: Facts, text = ''): Contact[] {
  const contacts = measureOf(measureId).contacts;
  if (contacts.length === 0) return [loadNotice().generalContact];
  if (measureId === resumeWorkMeasure) {
    const byField = resumeWorkContacts(text, facts);
    return byField.length > 0 ? byField : contacts;
  }
  if (contacts.length === 1) return contacts;
  const units = fieldUnits(withoutTopicWords(dialogs, measureId, text), facts);
  const first = contacts.filter((c) => units.includes(canonicalUnit(c.unit)));
  return first.length === 0 ? contacts : [...first, ...contacts.filter((c) => !first.includes(c))];
}

/** The text with the topic words of the measure's dialogs blanked out: "我是银行客户经理" about （五） → "我是  客户经理". */
function withoutTopicWords(dialogs: DialogSet, measureId: number, text: string): string {
  let lower = text.toLowerCase();
  for (const { measure, words } of topicWordsOf(dialogs)) {
    if (measure === measureId) for (const word of words) lower = lower.replaceAll(word, ' ');
  }
  return lower;
}

/**
 * （十二）'s contacts for the owner's field, then the lead unit's task force and the SME service centre every field
 * shares; none when the
 * field is unknown. @example resumeWorkContacts('装修公司复工找谁', {})[0]?.unit // '区住房城市建设委'
 */
export function resumeWorkContacts(text: string, facts: Facts): Contact[] {
  const units = fieldUnits(text, facts);
  if (units.length === 0) return [];
  const contacts = measureOf(resumeWorkMeasure).contacts;
  const general = loadNotice().generalContact;
  const ofField = contacts.filter((c) => units.includes(canonicalUnit(c.unit)));
  // A field of another measure's unit only ("国企" names 区国资委, no unit of （十二）) narrows nothing.
  if (ofField.length === 0) return [];
  // The first unit listed, 区人力社保局 疫情防控专班, leads the resumption of work for every field; the SME service
  // centre is every field's too.
  const shared = contacts.filter((c, i) => (i === 0 || c.phone === general.phone) && !ofField.includes(c));
  return [...ofField, ...shared];
}

/** The units whose field the owner's industry or words name, in the order of units.yaml. */
export function fieldUnits(text: string, facts: Facts): string[] {
  const normalized = normalizeText(text);
  return fieldMatchersOf(loadUnits())
    .filter(({ industries, named }) => (facts.industry !== undefined && industries.includes(facts.industry)) || named(normalized))
    .map(({ unit }) => unit);
}

interface FieldMatcher { unit: string; industries: readonly string[]; named: (normalized: string) => boolean }
/** The units with a field, each with a matcher for its field words, built once per units table (not per message). */
const fieldMatchers = new WeakMap<object, FieldMatcher[]>();

function fieldMatchersOf(units: ReturnType<typeof loadUnits>): FieldMatcher[] {
  let matchers = fieldMatchers.get(units);
  if (!matchers) {
    matchers = Object.entries(units).flatMap(([unit, entry]) => entry.fields === undefined ? []
      : [{ unit, industries: entry.fields.industries, named: wordListMatcher([...entry.fields.zh, ...entry.fields.en]) }]);
    fieldMatchers.set(units, matchers);
  }
  return matchers;
}

/**
 * The measure a contact question is about, from the dialogs' topic words: the longest word found wins,
 * so "担保机构" picks the institution's dialog over "担保".
 * @example topicOf(dialogs, '房租的事找哪个部门') // 1
 */
export function topicOf(dialogs: DialogSet, text: string): number | null {
  const lower = text.toLowerCase();
  let best: { length: number; measure: number } | null = null;
  for (const { measure, words } of topicWordsOf(dialogs)) {
    for (const word of words) {
      if (lower.includes(word) && (!best || word.length > best.length)) best = { length: word.length, measure };
    }
  }
  return best?.measure ?? null;
}

/**
 * Whether the text names a measure other than this one by a topic word that is no trade: after （五） "我们是幼儿园"
 * names only a trade (幼儿园 is a field of 区教委, though a word of （三） too), "那房租呢" names （一）.
 * @example namesOtherTopic(dialogs, '我们是幼儿园', 5) // false
 */
export function namesOtherTopic(dialogs: DialogSet, text: string, measureId: number): boolean {
  const lower = text.toLowerCase();
  return topicWordsOf(dialogs).some(({ measure, words }) => measure !== measureId
    && words.some((word) => lower.includes(word) && !isFieldWord(word)));
}

/** Whether a topic word is also a trade some unit looks after ("书店", "幼儿园"): remembered per word. */
const fieldWord = new Map<string, boolean>();

function isFieldWord(word: string): boolean {
  let known = fieldWord.get(word);
  if (known === undefined) {
    known = fieldUnits(word, {}).length > 0;
    fieldWord.set(word, known);
  }
  return known;
}

/** Each dialog with a measure, its topic words in lower case: made once per dialog set, not per look-up. */
const topicWords = new WeakMap<DialogSet, Array<{ measure: number; words: string[] }>>();

function topicWordsOf(dialogs: DialogSet): Array<{ measure: number; words: string[] }> {
  let found = topicWords.get(dialogs);
  if (!found) {
    found = dialogs.dialogs.flatMap((dialog) => {
      const measure = dialog.measures[0];
      return measure === undefined ? [] : [{ measure, words: dialog.topicWords.map((word) => word.toLowerCase()) }];
    });
    topicWords.set(dialogs, found);
  }
  return found;
}

/**
 * The measure a question is about: a topic word of the text, else the best-ranked intent of a one-measure
 * dialog, else the dialog under way. @example measureAskedAbout(session, dialogs, understand('担保找谁')) // 6
 */
export function measureAskedAbout(session: Session, dialogs: DialogSet, understanding: Understanding): number | null {
  const named = topicOf(dialogs, understanding.text);
  if (named !== null) return named;
  const fromRanking = understanding.ranking.find((r) => r.score >= 0.1 && dialogs.byIntent.get(r.intent)?.measures.length === 1);
  const dialog = (fromRanking && dialogs.byIntent.get(fromRanking.intent)) ?? (session.dialog ? dialogs.byId.get(session.dialog) : undefined);
  return dialog?.measures[0] ?? null;
}

/** The units of units.yaml in order, with one matcher for all their names, built once per units table. */
const unitMatchers = new WeakMap<object, { units: string[]; named: (normalized: string) => boolean[] }>();

function matchersOf(units: ReturnType<typeof loadUnits>): { units: string[]; named: (normalized: string) => boolean[] } {
  let matchers = unitMatchers.get(units);
  if (!matchers) {
    const entries = Object.entries(units);
    matchers = {
      units: entries.map(([unit]) => unit),
      // "mkt regulation bureau": the English names in their operators' short forms too.
      named: wordListsMatcher(entries.map(([unit, entry]) => [unit, ...(entry.sameAs ?? []), ...entry.aliases.zh, ...withAbbreviations(entry.aliases.en)])),
    };
    unitMatchers.set(units, matchers);
  }
  return matchers;
}

/** The units named in the text, in the order of units.yaml. @example unitsNamed('商务局电话') // ['区商务局'] */
export function unitsNamed(text: string): string[] {
  const normalized = normalizeText(text);
  const { units, named } = matchersOf(loadUnits());
  const found = named(normalized);
  return units.filter((_, i) => found[i]);
}

/**
 * The people whose office the text names, in Chinese or English ("经济建设二科电话多少", "Safety Office").
 * @example officesNamed('经济建设二科电话多少')[0]?.contact.person // '王燕'
 */
export function officesNamed(text: string): Person[] {
  const found = peopleMatchers().offices(normalizeText(text));
  return allPeople()
    .filter((_, i) => found[i])
    .map(({ contact, measures }) => ({ contact, measures }));
}

/** Every office of these units printed anywhere in the notice, once each. */
export function contactsOfUnits(units: readonly string[]): Contact[] {
  const seen = new Set<string>();
  const found: Contact[] = [];
  for (const m of loadNotice().measures) {
    for (const contact of m.contacts) {
      const key = `${contact.office}|${contact.person}|${contact.phone}`;
      if (units.includes(canonicalUnit(contact.unit)) && !seen.has(key)) {
        seen.add(key);
        found.push(contact);
      }
    }
  }
  return found;
}

/** A person printed in the notice: where they sit, and the measures that list them. */
export interface Person {
  contact: Contact;
  measures: number[];
}

/**
 * "柴卫红" → ["chai weihong", "weihong chai", "chai wei hong"]: the ways an English message writes the name,
 * from the pinyin in src/policy/english-names.yaml (tested to cover every person the notice prints).
 */
function romanised(person: string): string[] {
  // Text is matched with punctuation as spaces, so "Zhi'e" is looked for as "zhi e" and "zhie".
  const [surname = '', ...given] = romanisedName(person).toLowerCase().replace(/[^a-z]+/g, ' ').trim().split(' ');
  const joined = given.join('');
  const spaced = given.join(' ');
  // "Weihong" may also be typed "Wei Hong": split the given name where its second syllable starts.
  const syllables = joined.match(/[^aeiou]*[aeiou]+(?:ng|n(?![aeiou])|r(?![aeiou]))?/g) ?? [joined];
  return [...new Set([`${surname} ${joined}`, `${joined} ${surname}`, `${surname} ${spaced}`, `${spaced} ${surname}`, [surname, ...syllables].join(' ')])];
}

/** A name as English text writes it, surname first: 柴卫红 → "Chai Weihong". */
export function romanisedName(person: string): string {
  return loadEnglishNames().people[person] ?? person;
}

/** A person with the words of their name and of their office (in Chinese or English). */
type KnownPerson = Person & { names: string[]; nameWords: string[]; officeWords: string[] };

let people: KnownPerson[] | undefined;

/** Every person in the notice once, with their first printed office and every measure that lists them. */
function allPeople(): KnownPerson[] {
  if (people) return people;
  const byName = new Map<string, Person & { names: string[] }>();
  for (const m of loadNotice().measures) {
    for (const contact of m.contacts) {
      const known = byName.get(contact.person);
      if (known) {
        if (!known.measures.includes(m.id)) known.measures.push(m.id);
      } else byName.set(contact.person, { contact, measures: [m.id], names: romanised(contact.person) });
    }
  }
  const englishOffices = loadEnglishNames().offices;
  people = [...byName.values()].map((person) => {
    const { office } = person.contact;
    const english = englishOffices[office];
    return { ...person, nameWords: [person.contact.person, ...person.names], officeWords: [office, ...(english ? [english.toLowerCase()] : [])] };
  });
  return people;
}

let peopleWords: { names: (normalized: string) => boolean[]; offices: (normalized: string) => boolean[] } | undefined;

/** One matcher for every person's name and one for every office, in allPeople's order, built once with the list. */
function peopleMatchers(): NonNullable<typeof peopleWords> {
  peopleWords ??= { names: wordListsMatcher(allPeople().map((p) => p.nameWords)), offices: wordListsMatcher(allPeople().map((p) => p.officeWords)) };
  return peopleWords;
}

/**
 * The people of the notice named in the text, by their Chinese name or its pinyin in either order.
 * @example peopleNamed('who is Chai Weihong')[0]?.contact.office // '流通发展科'
 */
export function peopleNamed(text: string): Person[] {
  // "Chai, Weihong" and "chai-weihong" are the same name: punctuation between the parts is a space.
  const found = peopleMatchers().names(normalizeText(text).replace(/[^a-z\p{Script=Han}]+/gu, ' '));
  return allPeople()
    .filter((_, i) => found[i])
    .map(({ contact, measures }) => ({ contact, measures }));
}
