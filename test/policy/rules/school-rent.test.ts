import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../src/policy/facts.js';
import { schoolRent } from '../../../src/policy/rules/school-rent.js';

/** A kindergarten meeting every condition of （三）. */
const kindergarten: Facts = {
  industry: 'kindergarten', approvedByEducationCommission: true, landlordType: 'districtSoe', openingDelayed: true,
  layoffs: 'none', monthlyRent: '30000',
};

describe('school-rent （三）: private kindergartens and training schools in district state-owned premises', () => {
  it.each([
    { name: '经教委审批的民办幼儿园租区属国企房产、延期开学不裁员，月租3万元，3、4月共免6万元', facts: {}, amount: '60000.00' },
    { name: '经教委审批的民办培训机构同样全免两个月房租', facts: { industry: 'educationTraining' }, amount: '60000.00' },
    { name: '少裁员的幼儿园也可以享受', facts: { layoffs: 'few' }, amount: '60000.00' },
    { name: '3月2.5万、4月3.5万的，共免6万元', facts: { rentMarch: '25000', rentApril: '35000' }, amount: '60000.00' },
    { name: '月租12345.675元的，两个月24691.35元', facts: { monthlyRent: '12345.675' }, amount: '24691.35' },
  ] satisfies Array<{ name: string; facts: Facts; amount: string }>)('$name', ({ facts, amount }) => {
    expect(schoolRent.evaluate({ ...kindergarten, ...facts })).toMatchObject({ rule: 'school-rent', measure: 3, eligible: true, amount, reasons: [] });
  });

  it('shows "30,000 元 × 2 个月 = 60,000 元" and the April line', () => {
    const { breakdown } = schoolRent.evaluate(kindergarten);
    expect(breakdown[0]?.zh).toBe('30,000 元 × 2 个月 = 60,000 元');
    expect(breakdown.find((line) => line.month === 4)).toMatchObject({ zh: '其中4月：30,000 元', amount: '30000.00' });
  });

  it.each([
    { name: '餐馆不属于（三），指向（一）', facts: { industry: 'catering' }, alternative: 1 },
    { name: '未经市、区教委审批认定的，不能享受', facts: { approvedByEducationCommission: false } },
    { name: '租民营企业房产办学的，不能享受，房东可获减免额30%补贴', facts: { landlordType: 'private' }, alternative: 1 },
    { name: '租中央企业房产办学的，不能享受', facts: { landlordType: 'centralSoe' }, alternative: 1 },
    { name: '没有依照防疫规定延期开学的，不能享受', facts: { openingDelayed: false } },
    { name: '大量裁员的，不能享受', facts: { layoffs: 'many' } },
  ] satisfies Array<{ name: string; facts: Facts; alternative?: number }>)('$name', ({ facts, alternative }) => {
    const outcome = schoolRent.evaluate({ ...kindergarten, ...facts });
    expect(outcome).toMatchObject({ eligible: false, amount: null, missing: [] });
    expect(outcome.reasons).toHaveLength(1);
    expect(outcome.reasons[0]?.zh).toContain('（三）');
    if (alternative) expect(outcome.alternatives.map((a) => a.measure)).toContain(alternative);
  });

  it('asks for the facts in order: industry, approval, landlord, delayed opening, layoffs, rent', () => {
    const outcome = schoolRent.evaluate({});
    expect(outcome).toMatchObject({ eligible: null, amount: null });
    expect(outcome.missing).toEqual(['industry', 'approvedByEducationCommission', 'landlordType', 'openingDelayed', 'layoffs', 'monthlyRent']);
    expect(schoolRent.evaluate({ industry: 'kindergarten', openingDelayed: true }).missing)
      .toEqual(['approvedByEducationCommission', 'landlordType', 'layoffs', 'monthlyRent']);
  });

  it('the other SME conditions are listed for the department, never a failure', () => {
    const outcome = schoolRent.evaluate(kindergarten);
    expect(outcome.eligible).toBe(true);
    expect(outcome.confirmBy.length).toBeGreaterThan(0);
    expect(outcome.period.zh).toBe('2020年3月、4月的房租');
  });

  it('学校先找区教委民办教育科 66201155-26042（分机照印），再找区国资委', () => {
    const { contacts } = schoolRent.evaluate(kindergarten);
    expect(contacts[0]).toEqual({ unit: '区教委', office: '民办教育科', person: '王竞艳', phone: '66201155-26042' });
    expect(contacts[1]).toMatchObject({ unit: '区国资委', phone: '66112569' });
  });
});
