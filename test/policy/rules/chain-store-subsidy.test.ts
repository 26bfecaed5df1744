import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../src/policy/facts.js';
import { chainStoreSubsidy } from '../../../src/policy/rules/chain-store-subsidy.js';

/** A branch restaurant meeting every condition of （四）. */
const branch: Facts = {
  industry: 'catering', chainBranch: true, registeredInXicheng: true, paysRent: true, operatingStatus: 'open',
  layoffs: 'none', monthlyRent: '10000',
};

describe('chain-store-subsidy （四）: 30% of March and April rent for branch chain stores', () => {
  it.each([
    { name: '月租金1万元的餐饮连锁直营门店，补贴3、4月房租的30%即6000元', facts: {}, amount: '6000.00' },
    { name: '便利店连锁直营门店同样补贴6000元', facts: { industry: 'convenienceStore' }, amount: '6000.00' },
    { name: '美容美发连锁直营门店同样补贴6000元', facts: { industry: 'beautySalon' }, amount: '6000.00' },
    { name: '家政连锁直营门店同样补贴6000元', facts: { industry: 'housekeeping' }, amount: '6000.00' },
    { name: '3月实付1.2万、4月8000元的，按实际房租总额2万元补贴6000元', facts: { rentMarch: '12000', rentApril: '8000' }, amount: '6000.00' },
    { name: '月租3333.33元的，两个月6666.66元×30%=1999.998元，到分为2000元', facts: { monthlyRent: '3333.33' }, amount: '2000.00' },
    { name: '3、4月各0.01元的，合计0.006元四舍五入为0.01元（逐月取整会得0）', facts: { rentMarch: '0.01', rentApril: '0.01' }, amount: '0.01' },
    { name: '依照防疫规定关闭停业的门店也可以', facts: { operatingStatus: 'closedPerRules' }, amount: '6000.00' },
    { name: '少裁员的门店也可以', facts: { layoffs: 'few' }, amount: '6000.00' },
  ] satisfies Array<{ name: string; facts: Facts; amount: string }>)('$name', ({ facts, amount }) => {
    expect(chainStoreSubsidy.evaluate({ ...branch, ...facts })).toMatchObject({ rule: 'chain-store-subsidy', measure: 4, eligible: true, amount, reasons: [] });
  });

  it('shows "10,000 元 × 2 个月 × 30% = 6,000 元" and the April line', () => {
    const { breakdown } = chainStoreSubsidy.evaluate(branch);
    expect(breakdown[0]?.zh).toBe('10,000 元 × 2 个月 × 30% = 6,000 元');
    expect(breakdown.find((line) => line.month === 4)).toMatchObject({ zh: '其中4月：10,000 元 × 30% = 3,000 元', amount: '3000.00' });
  });

  it.each([
    { name: '科技企业的门店不在4类行业内', facts: { industry: 'techInnovation' } },
    { name: '培训机构的门店不在4类行业内', facts: { industry: 'educationTraining' } },
    { name: '不是分公司形式的连锁直营门店的，不能享受，独立门店看（一）', facts: { chainBranch: false }, alternative: 1 },
    { name: '未在本区注册纳税的，不能享受', facts: { registeredInXicheng: false } },
    { name: '房租由总公司承担、门店不承担的，不能享受', facts: { paysRent: false } },
    { name: '因其他原因停业的，不能享受', facts: { operatingStatus: 'closedOther' } },
    { name: '大量裁员的，不能享受', facts: { layoffs: 'many' } },
  ] satisfies Array<{ name: string; facts: Facts; alternative?: number }>)('$name', ({ facts, alternative }) => {
    const outcome = chainStoreSubsidy.evaluate({ ...branch, ...facts });
    expect(outcome).toMatchObject({ eligible: false, amount: null, breakdown: [], missing: [] });
    expect(outcome.reasons).toHaveLength(1);
    if (alternative) expect(outcome.alternatives.map((a) => a.measure)).toContain(alternative);
  });

  it('asks in order: industry, branch, registration, who pays rent, operating status, layoffs, rent', () => {
    expect(chainStoreSubsidy.evaluate({})).toMatchObject({
      eligible: null,
      amount: null,
      missing: ['industry', 'chainBranch', 'registeredInXicheng', 'paysRent', 'operatingStatus', 'layoffs', 'monthlyRent'],
    });
  });

  it('severe impact, SME conditions and recognition by the industry authority are for the department, never a failure', () => {
    const outcome = chainStoreSubsidy.evaluate(branch);
    expect(outcome.eligible).toBe(true);
    expect(outcome.confirmBy.map((c) => c.zh).join()).toContain('经行业主管部门认定');
    expect(outcome.period.zh).toBe('2020年3月、4月的房租');
  });

  it('连锁门店找区商务局：流通发展科柴卫红 83509352、社区商业科丁宁 83509369', () => {
    expect(chainStoreSubsidy.evaluate(branch).contacts).toEqual([
      { unit: '区商务局', office: '流通发展科', person: '柴卫红', phone: '83509352' },
      { unit: '区商务局', office: '社区商业科', person: '丁宁', phone: '83509369' },
    ]);
  });
});

describe('a branch renting from a district SOE, its size and use never asked', () => {
  it('（四） requires the SME conditions and a 门店 is business premises: （一） waived the rent in full, so nothing is left for （四）', () => {
    const outcome = chainStoreSubsidy.evaluate({ ...branch, industry: 'housekeeping', landlordType: 'districtSoe', monthlyRent: '12000' });
    expect(outcome).toMatchObject({ eligible: false, amount: null });
    expect(outcome.reasons.map((r) => r.zh).join()).toContain('实际支付0元');
  });

  it('an office the branch said it uses is waived by half, so （四） pays 30% of the half paid', () => {
    expect(chainStoreSubsidy.evaluate({ ...branch, landlordType: 'districtSoe', premisesUse: 'office' })).toMatchObject({ eligible: true, amount: '3000.00' });
  });
});
