import { describe, expect, it } from 'vitest';
import { loadDialogs } from '../../src/dialog/dialog-schema.js';
import { caseContacts, contactsForMeasure, namesOtherTopic, peopleNamed, resumeWorkContacts, romanisedName } from '../../src/dialog/topic-contacts.js';
import { loadNotice } from '../../src/policy/notice.js';

const dialogs = loadDialogs();
const everyone = [...new Set(loadNotice().measures.flatMap((m) => m.contacts.map((c) => c.person)))];

describe('looking a person up', () => {
  it('finds every person printed in the notice by the Chinese name', () => {
    for (const person of everyone) expect(peopleNamed(`请问${person}在哪个科室`).map((p) => p.contact.person), person).toEqual([person]);
  });

  it('finds every person by the pinyin, surname first or last, in any case', () => {
    for (const person of everyone) {
      const [surname = '', given = ''] = romanisedName(person).split(' ');
      expect(peopleNamed(`who is ${surname} ${given}?`).map((p) => p.contact.person), person).toEqual([person]);
      expect(peopleNamed(`number for ${given.toLowerCase()} ${surname.toUpperCase()}`).map((p) => p.contact.person), person).toEqual([person]);
    }
  });

  it('gives where the person sits and every measure that lists them', () => {
    const [yu] = peopleNamed('于伟川是哪个科室的');
    expect(yu?.contact).toMatchObject({ unit: '区国资委', office: '改革协同办', phone: '66112569' });
    expect(yu?.measures).toEqual([1, 2, 3, 4, 7]);
    expect(peopleNamed('Chai Weihong')[0]?.contact).toMatchObject({ office: '流通发展科', phone: '83509352' });
    expect(romanisedName('单毅')).toBe('Shan Yi');
  });

  it('finds nobody in a message that names nobody', () => {
    expect(peopleNamed('房租能免吗')).toEqual([]);
    expect(peopleNamed('what about wang')).toEqual([]);
  });
});

describe('（十二） contacts for the owner\'s field', () => {
  it('gives the housing and construction commission to a builder, then the lead task force and the SME centre', () => {
    const units = resumeWorkContacts('我们是施工单位，复工找谁', {}).map((c) => c.unit);
    expect(units).toEqual(['区住房城市建设委', '区人力社保局', '区发展改革委']);
    expect(contactsForMeasure(dialogs, 12, {}, 'a construction contractor reopening').map((c) => c.phone)).toEqual(['66015590', '66201219', '83926742']);
  });

  it('reads the field from the industry already told', () => {
    expect(contactsForMeasure(dialogs, 12, { industry: 'catering' }).map((c) => c.person)).toEqual(['丁宁', '武婷婷', '赵鹏']);
    expect(contactsForMeasure(dialogs, 12, { industry: 'techInnovation' }).map((c) => c.office)).toContain('科技创新科');
  });

  it('lists all nine units when the field is unknown', () => {
    expect(contactsForMeasure(dialogs, 12, {})).toHaveLength(9);
  });
});

describe('the other measures with several units: the unit of the owner\'s field first', () => {
  const phones = (measure: number, text: string, facts = {}): string[] => caseContacts(dialogs, measure, facts, text).map((c) => c.phone);

  it('（五） a kindergarten\'s loan → 区教委 first, every contact still given; a bank named in the question is no bank asking', () => {
    expect(phones(5, '民办幼儿园能对接银行贷款吗')).toEqual(['66201155-26042', '83926742', '66290675']);
    expect(phones(5, '', { industry: 'kindergarten' })[0]).toBe('66201155-26042');
    expect(phones(5, '小饭馆想找银行贷款')).toEqual(['83926742', '66201155-26042', '66290675']);
  });

  it('（七） a supplier of the district SOEs → 区国资委 first; government buyers → 区财政局, the measure\'s first', () => {
    expect(phones(7, '想卖给区里的国企')[0]).toBe('66112569');
    expect(phones(7, 'sell to state-owned companies')[0]).toBe('66112569');
    expect(phones(7, '政府采购目录怎么进')[0]).toBe('66218055');
  });

  it('（九） a bookstore → 区文化和旅游局 阅读推广中心 first; a supermarket → 区商务局', () => {
    expect(phones(9, '', { industry: 'bookstore' })[0]).toBe('63134703');
    expect(phones(9, 'do culture vouchers work at a bookshop')[0]).toBe('63134703');
    expect(phones(9, '超市能参加消费券吗')[0]).toBe('83509353');
  });

  it('（十二） a field of no （十二） unit ("国企") narrows nothing; new trades find their unit', () => {
    expect(caseContacts(dialogs, 12, {}, '国企复工找谁')).toHaveLength(9);
    expect(phones(12, '网吧复工需要什么条件')[0]).toBe('63134698');
    expect(phones(12, '药店复工要审批吗')[0]).toBe('18811262028');
  });

  it('a trade is no other topic; a word of another measure is', () => {
    expect(namesOtherTopic(dialogs, '我们是幼儿园', 5)).toBe(false);
    expect(namesOtherTopic(dialogs, '那房租呢', 12)).toBe(true);
  });
});

describe('whom to call about the dialog just answered', () => {
  it('after the landlord subsidy, the landlord rule\'s contacts (区财政局), not the tenant waiver\'s', () => {
    const phones = contactsForMeasure(dialogs, 1, { rentReduction: '200000' }, 'which dept + phone', 'rent-landlord').map((c) => c.phone);
    expect(phones).toContain('66218055');
    expect(contactsForMeasure(dialogs, 1, {}, 'which dept + phone', 'rent-tenant').map((c) => c.phone)).toContain('66112569');
  });

  it('a dialog of another measure in the session does not decide measure 1', () => {
    expect(contactsForMeasure(dialogs, 1, {}, '', 'guarantee-borrower')).toEqual(contactsForMeasure(dialogs, 1, {}));
  });
});
