/** A contact as one line: "区国资委 改革协同办 于伟川 66112569" (the same in both languages: names and phones are as printed). */
import type { Contact } from '../policy/notice.js';

/** @example contactLine(contact) // "区人力社保局 职业能力建设科（稳岗培训补贴） 贾子辰 66201990" */
export function contactLine(contact: Contact): string {
  const topic = contact.topic ? `（${contact.topic}）` : '';
  return `${contact.unit} ${contact.office}${topic} ${contact.person} ${contact.phone}`;
}
