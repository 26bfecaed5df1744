import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../src/policy/facts.js';
import { carrierSubsidy } from '../../../src/policy/rules/carrier-subsidy.js';

describe('carrier-subsidy （二）: parks extending rent relief to April, subsidised like landlords (30%)', () => {
  it.each([
    { name: '特色园把减免延长到4月、减免20万元的，补贴6万元', carrierType: 'featurePark', unit: '西城园管委会', phone: '82205558' },
    { name: '科技企业孵化器减免20万元，补贴6万元', carrierType: 'incubator', unit: '区科学技术和信息化局', phone: '83976217' },
    { name: '众创空间减免20万元，补贴6万元', carrierType: 'makerSpace', unit: '区科学技术和信息化局', phone: '83976217' },
    { name: '创业基地减免20万元，补贴6万元', carrierType: 'startupBase', unit: '区科学技术和信息化局', phone: '83976217' },
    { name: '文化产业园减免20万元，补贴6万元，先找区文化和旅游局', carrierType: 'culturalPark', unit: '区文化和旅游局', phone: '58562997' },
  ] satisfies Array<{ name: string; carrierType: Facts['carrierType']; unit: string; phone: string }>)('$name', ({ carrierType, unit, phone }) => {
    const outcome = carrierSubsidy.evaluate({ carrierType, rentReduction: '200000' });
    expect(outcome).toMatchObject({ rule: 'carrier-subsidy', measure: 2, eligible: true, amount: '60000.00', missing: [] });
    expect(outcome.breakdown[0]?.zh).toBe('减免金额 200,000 元 × 30% = 60,000 元');
    expect(outcome.contacts[0]).toMatchObject({ unit, phone });
    expect(outcome.contacts.map((c) => c.unit)).toContain('区发展改革委');
  });

  it('减免1234.56元的孵化器，30%为370.368元，补贴370.37元', () => {
    expect(carrierSubsidy.evaluate({ carrierType: 'incubator', rentReduction: '1234.56' }).amount).toBe('370.37');
  });

  it('没有减免的载体，没有补贴', () => {
    expect(carrierSubsidy.evaluate({ carrierType: 'incubator', rentReduction: '0' })).toMatchObject({ eligible: false, amount: null });
  });

  it('先问载体类型，再问减免金额', () => {
    expect(carrierSubsidy.evaluate({})).toMatchObject({ eligible: null, amount: null, missing: ['carrierType', 'rentReduction'] });
    expect(carrierSubsidy.evaluate({ rentReduction: '1000' })).toMatchObject({ eligible: null, missing: ['carrierType'] });
  });

  it('extending to April and the subsidy method are for the department to confirm, never a failure', () => {
    const outcome = carrierSubsidy.evaluate({ carrierType: 'makerSpace', rentReduction: '1000' });
    expect(outcome.eligible).toBe(true);
    expect(outcome.confirmBy.map((c) => c.zh).join()).toContain('延长至4月');
    expect(outcome.period.zh).toBe('2020年3月、4月的房租');
  });
});
