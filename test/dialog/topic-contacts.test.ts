import { describe, expect, it } from 'vitest';
import { loadDialogs } from '../../src/dialog/dialog-schema.js';
import { contactsForMeasure, peopleNamed, resumeWorkContacts, romanisedName } from '../../src/dialog/topic-contacts.js';
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
  it('gives the housing and construction commission to a builder, then the SME centre', () => {
    const units = resumeWorkContacts('我们是施工单位，复工找谁', {}).map((c) => c.unit);
    expect(units).toEqual(['区住房城市建设委', '区发展改革委']);
    expect(contactsForMeasure(dialogs, 12, {}, 'a construction contractor reopening').map((c) => c.phone)).toEqual(['66015590', '83926742']);
  });

  it('reads the field from the industry already told', () => {
    expect(contactsForMeasure(dialogs, 12, { industry: 'catering' }).map((c) => c.person)).toEqual(['丁宁', '赵鹏']);
    expect(contactsForMeasure(dialogs, 12, { industry: 'techInnovation' }).map((c) => c.office)).toContain('科技创新科');
  });

  it('lists all nine units when the field is unknown', () => {
    expect(contactsForMeasure(dialogs, 12, {})).toHaveLength(9);
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
