import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../src/policy/facts.js';
import { landlordSubsidy } from '../../../src/policy/rules/landlord-subsidy.js';

describe('landlord-subsidy （一）: 30% of the rent a landlord reduced', () => {
  it.each([
    { name: '房东为中小微企业租户减免租金10万元，可获补贴3万元', rentReduction: '100000', amount: '30000.00' },
    { name: '减免4万元的房东，补贴1.2万元', rentReduction: '40000', amount: '12000.00' },
    { name: '减免3333.33元，30%为999.999元，到分四舍五入为1000元', rentReduction: '3333.33', amount: '1000.00' },
    { name: '减免0.05元，30%为0.015元，四舍五入（进）为0.02元', rentReduction: '0.05', amount: '0.02' },
  ])('$name', ({ rentReduction, amount }) => {
    expect(landlordSubsidy.evaluate({ rentReduction })).toMatchObject({ rule: 'landlord-subsidy', measure: 1, eligible: true, amount });
  });

  it('shows the arithmetic "减免金额 100,000 元 × 30% = 30,000 元"', () => {
    const { breakdown } = landlordSubsidy.evaluate({ rentReduction: '100000' });
    expect(breakdown.map((line) => line.zh)).toEqual(['减免金额 100,000 元 × 30% = 30,000 元']);
  });

  it('没有减免租金的房东，没有补贴', () => {
    const outcome = landlordSubsidy.evaluate({ rentReduction: '0' });
    expect(outcome).toMatchObject({ eligible: false, amount: null, breakdown: [] });
    expect(outcome.reasons[0]?.zh).toContain('30%');
  });

  it('不知道减免了多少的，先问减免金额', () => {
    expect(landlordSubsidy.evaluate({})).toMatchObject({ eligible: null, amount: null, missing: ['rentReduction'] });
  });

  it('lawful operation, SME tenants and recognition by the industry authority are for the department, never a failure', () => {
    const outcome = landlordSubsidy.evaluate({ rentReduction: '100000' });
    expect(outcome.eligible).toBe(true);
    const confirm = outcome.confirmBy.map((c) => c.zh).join('；');
    expect(confirm).toContain('合法经营');
    expect(confirm).toContain('经行业主管部门认定');
  });

  it.each([
    { name: '符合的', facts: { rentReduction: '1' } },
    { name: '不符合的', facts: { rentReduction: '0' } },
    { name: '信息不全的', facts: {} },
  ] satisfies Array<{ name: string; facts: Facts }>)('$name结果写明是2020年3、4月的房租，并先给区发展改革委中小企业服务中心', ({ facts }) => {
    const outcome = landlordSubsidy.evaluate(facts);
    expect(outcome.period.zh).toBe('2020年3月、4月的房租');
    expect(outcome.contacts[0]).toEqual({ unit: '区发展改革委', office: '中小企业服务中心', person: '赵鹏', phone: '83926742' });
  });
});
