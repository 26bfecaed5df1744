/**
 * Whom to call: for a topic (a measure, with what the owner told so far), or for a unit the owner named
 * ("商务局电话多少"). Every contact comes from the notice.
 */
import type { Facts } from '../policy/facts.js';
import { loadNotice, measure as measureOf, type Contact } from '../policy/notice.js';
import { findRule } from '../policy/rules/index.js';
import type { DialogSet } from './dialog-schema.js';

/**
 * The most relevant contacts for measure N: its rule's choice when a dialog computes it (a district-SOE
 * tenant → 区国资委 first), else the measure's list; （十四） prints none, so the general SME line.
 */
export function contactsForMeasure(dialogs: DialogSet, measureId: number, facts: Facts): Contact[] {
  const dialog = dialogs.dialogs.find((d) => d.measures[0] === measureId && d.rules.length > 0);
  const rule = dialog?.rules[0] ? findRule(dialog.rules[0]) : undefined;
  if (rule) return rule.evaluate(facts).contacts;
  const contacts = measureOf(measureId).contacts;
  return contacts.length > 0 ? contacts : [loadNotice().generalContact];
}

/**
 * The measure a contact question is about, from the dialogs' topic words: the longest word found wins,
 * so "担保机构" picks the institution's dialog over "担保".
 * @example topicOf(dialogs, '房租的事找哪个部门') // 1
 */
export function topicOf(dialogs: DialogSet, text: string): number | null {
  const lower = text.toLowerCase();
  let best: { length: number; measure: number } | null = null;
  for (const dialog of dialogs.dialogs) {
    for (const word of dialog.topicWords) {
      const measure = dialog.measures[0];
      if (measure !== undefined && lower.includes(word.toLowerCase()) && (!best || word.length > best.length)) best = { length: word.length, measure };
    }
  }
  return best?.measure ?? null;
}

/** Words owners use for each unit, longest first when matched. */
const unitAliases: Record<string, string[]> = {
  区财政局: ['财政局', '财政', 'finance bureau'],
  区发展改革委: ['发展改革委', '发改委', '中小企业服务中心', 'development and reform', 'sme service', 'ndrc'],
  区国资委: ['国资委', 'sasac', 'state assets'],
  区教委: ['教委', '教育委员会', 'education commission'],
  区科学技术和信息化局: ['科学技术和信息化局', '科技和信息化局', '科信局', '科技局', 'science and technology', 'technology bureau'],
  区商务局: ['商务局', 'commerce bureau', 'commerce'],
  区文化和旅游局: ['文化和旅游局', '文旅局', '文化局', 'culture and tourism'],
  区市场监督管理局: ['市场监督管理局', '市场监管局', '市监局', '工商局', 'market regulation'],
  西城园管委会: ['西城园管委会', '西城园', '管委会', 'zhongguancun', 'xicheng park'],
  北京金融街服务局: ['金融街服务局', '金融街', 'financial street'],
  区人力社保局: ['人力社保局', '人社局', '人力资源', '社保局', 'human resources', 'social security'],
  区住房城市建设委: ['住房城市建设委', '住建委', '住建', 'housing and construction'],
};

/** Units with the same office printed under two names ("区科技和信息化局" in （八）, （十二）, （十三）). */
const sameUnit: Record<string, string> = { 区科技和信息化局: '区科学技术和信息化局' };

/** The units named in the text, in the order of the notice. @example unitsNamed('商务局电话') // ['区商务局'] */
export function unitsNamed(text: string): string[] {
  const lower = text.toLowerCase();
  return Object.entries(unitAliases)
    .filter(([unit, aliases]) => lower.includes(unit) || aliases.some((alias) => lower.includes(alias)))
    .map(([unit]) => unit);
}

/** Every office of these units printed anywhere in the notice, once each. */
export function contactsOfUnits(units: readonly string[]): Contact[] {
  const seen = new Set<string>();
  const found: Contact[] = [];
  for (const m of loadNotice().measures) {
    for (const contact of m.contacts) {
      const unit = sameUnit[contact.unit] ?? contact.unit;
      const key = `${contact.office}|${contact.person}|${contact.phone}`;
      if (units.includes(unit) && !seen.has(key)) {
        seen.add(key);
        found.push(contact);
      }
    }
  }
  return found;
}
