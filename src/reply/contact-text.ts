/**
 * A contact as one line. Chinese: "区国资委 改革协同办 于伟川 66112569", as printed. English: the unit and
 * office in English, the person in pinyin, the Chinese unit name in brackets so a caller can ask a
 * switchboard for it: "Xicheng SASAC (区国资委), Reform Coordination Office, Yu Weichuan, 66112569".
 */
import { loadEnglishNames } from '../policy/english-names.js';
import type { Contact } from '../policy/notice.js';
import type { Lang } from '../core/reply.js';

/** @example contactLine(contact) // "区人力社保局 职业能力建设科（稳岗培训补贴） 贾子辰 66201990" */
export function contactLine(contact: Contact, lang: Lang = 'zh'): string {
  if (lang === 'zh') {
    const topic = contact.topic ? `（${contact.topic}）` : '';
    return `${contact.unit} ${contact.office}${topic} ${contact.person} ${contact.phone}`;
  }
  const names = loadEnglishNames();
  const topic = contact.topic ? ` (${names.topics[contact.topic] ?? contact.topic})` : '';
  const unit = names.units[contact.unit];
  return [
    unit ? `${unit} (${contact.unit})` : contact.unit,
    `${names.offices[contact.office] ?? contact.office}${topic}`,
    names.people[contact.person] ?? contact.person,
    contact.phone,
  ].join(', ');
}
