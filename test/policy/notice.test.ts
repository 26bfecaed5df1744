import { describe, expect, it } from 'vitest';
import { loadNotice, parseNotice } from '../../src/policy/notice.js';
import { measureSection, normalisedNoticeText } from '../support/notice-text.js';

const notice = loadNotice();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the knowledge base against the published notice', () => {
  it('has the notice number, issuer and date as printed', () => {
    expect(normalisedNoticeText).toContain(notice.docNumber.replace(/\s+/g, ''));
    expect(normalisedNoticeText).toContain(notice.issuer);
    expect(notice.date).toBe('2020-05-11');
    expect(normalisedNoticeText).toContain('2020年5月11日');
    expect(normalisedNoticeText).toContain(notice.title.replace('北京市西城区人民政府办公室', ''));
  });

  it('has all 14 measures, numbered 1–14, with chapter headings as printed', () => {
    expect(notice.measures.map((m) => m.id)).toEqual([...Array(14).keys()].map((i) => i + 1));
    for (const chapter of notice.chapters) expect(normalisedNoticeText).toContain(chapter.heading.zh);
  });

  it.each(notice.measures.map((m) => [m.id, m] as const))('measure %i quotes its clause verbatim', (id, measure) => {
    expect(measureSection(id).startsWith(measure.clause)).toBe(true);
  });

  it.each(notice.measures.map((m) => [m.id, m] as const))('measure %i lists its responsible units as printed', (id, measure) => {
    const printed = /（责任单位：([^）]*)）|\(责任单位：([^)]*)\)/.exec(measureSection(id));
    const units = (printed?.[1] ?? printed?.[2] ?? '').split('、');
    expect(measure.units).toEqual(units);
  });

  it.each(notice.measures.map((m) => [m.id, m] as const))(
    'measure %i: every contact is printed under it, unit, office, person and phone together',
    (id, measure) => {
      const section = measureSection(id);
      for (const contact of measure.contacts) {
        const block = new RegExp(
          `${escape(contact.unit)}联系(科室|处室)：[^联]*${escape(contact.office)}[^：]*联系人：[^联]*${escape(contact.person)}[^：]*联系电话：[\\d、-]*${escape(contact.phone)}`,
        );
        expect(section, `${contact.unit} ${contact.person} ${contact.phone}`).toMatch(block);
      }
    },
  );

  it.each(notice.measures.map((m) => [m.id, m] as const))('measure %i: no printed phone is left out', (id, measure) => {
    // Joined lines run a phone into the next list number ("…55" + "2.区…"): a phone ends before "<digit>.".
    const phoneList = /联系电话：([\d、-]+?)(?=\d\.[^\d]|[^\d、-]|$)/g;
    const printedPhones = [...measureSection(id).matchAll(phoneList)].flatMap((match) => (match[1] ?? '').split('、'));
    expect(new Set(measure.contacts.map((c) => c.phone))).toEqual(new Set(printedPhones));
  });

  it('keeps the extension of 66201155-26042 and the two mobiles', () => {
    const phones = notice.measures.flatMap((m) => m.contacts.map((c) => c.phone));
    expect(phones).toContain('66201155-26042');
    expect(phones).toContain('18811262060');
    expect(phones).toContain('18811262028');
  });

  it('says measure 14 prints no contact and points to the SME service line', () => {
    const fourteen = notice.measures[13];
    expect(fourteen?.contacts).toEqual([]);
    expect(fourteen?.contactNote?.zh).toContain('中小企业服务中心');
    expect(notice.generalContact).toMatchObject({ unit: '区发展改革委', office: '中小企业服务中心', phone: '83926742' });
    expect(measureSection(2)).toContain('中小企业服务中心联系人：赵鹏联系电话：83926742');
  });

  it('rejects a malformed notice naming the bad field', () => {
    expect(() => parseNotice('docNumber: x\n')).toThrow(/notice\.yaml: /);
  });
});
