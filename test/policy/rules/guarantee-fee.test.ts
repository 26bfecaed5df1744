import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../src/policy/facts.js';
import { guaranteeFee } from '../../../src/policy/rules/guarantee-fee.js';

/** A small firm guaranteed by a district government institution. */
const borrower: Facts = { enterpriseSize: 'small', districtInstitution: true, guaranteedAmount: '1000000', originalFeeRate: '2' };

describe('guarantee-fee （六）: small and micro borrowers pay half the guarantee fee in 2020', () => {
  it.each([
    { name: '担保100万元、原费率2%的小型企业，担保费减半，少交1万元', facts: {}, amount: '10000.00' },
    { name: '微型企业同样减半', facts: { enterpriseSize: 'micro' }, amount: '10000.00' },
    { name: '担保50万元、原费率1.5%的，少交3750元', facts: { guaranteedAmount: '500000', originalFeeRate: '1.5' }, amount: '3750.00' },
    { name: '担保333333.33元、费率1.5%的，少交2499.999975元，到分为2500元', facts: { guaranteedAmount: '333333.33', originalFeeRate: '1.5' }, amount: '2500.00' },
    { name: '担保12345.67元、费率1.23%的，少交75.9258705元，到分为75.93元', facts: { guaranteedAmount: '12345.67', originalFeeRate: '1.23' }, amount: '75.93' },
    { name: '担保1000元、费率0.001%的，少交0.005元，四舍五入（进）为0.01元', facts: { guaranteedAmount: '1000', originalFeeRate: '0.001' }, amount: '0.01' },
  ] satisfies Array<{ name: string; facts: Facts; amount: string }>)('$name', ({ facts, amount }) => {
    expect(guaranteeFee.evaluate({ ...borrower, ...facts })).toMatchObject({ rule: 'guarantee-fee', measure: 6, eligible: true, amount, reasons: [] });
  });

  it('shows the arithmetic on the original fee', () => {
    expect(guaranteeFee.evaluate(borrower).breakdown.map((line) => line.zh)).toEqual(['担保金额 1,000,000 元 × 原费率 2% ÷ 2 = 少交 10,000 元']);
  });

  it.each([
    { name: '中型企业不在担保费减半范围内（只对小微企业）', facts: { enterpriseSize: 'medium' } },
    { name: '大型企业不在担保费减半范围内', facts: { enterpriseSize: 'large' } },
    { name: '不是驻区政府性融资担保机构担保的，不减半', facts: { districtInstitution: false } },
  ] satisfies Array<{ name: string; facts: Facts }>)('$name', ({ facts }) => {
    const outcome = guaranteeFee.evaluate({ ...borrower, ...facts });
    expect(outcome).toMatchObject({ eligible: false, amount: null, breakdown: [], missing: [] });
    expect(outcome.reasons[0]?.zh).toContain('（六）');
  });

  it('个体工商户：按小微企业计算，是否适用由担保机构确认', () => {
    const outcome = guaranteeFee.evaluate({ ...borrower, enterpriseSize: 'individual' });
    expect(outcome).toMatchObject({ eligible: true, amount: '10000.00' });
    expect(outcome.confirmBy.map((c) => c.zh).join()).toContain('个体工商户');
  });

  it('asks in order: size, institution, amount guaranteed, original rate', () => {
    expect(guaranteeFee.evaluate({})).toMatchObject({
      eligible: null, amount: null, missing: ['enterpriseSize', 'districtInstitution', 'guaranteedAmount', 'originalFeeRate'],
    });
    expect(guaranteeFee.evaluate({ enterpriseSize: 'micro', districtInstitution: true, originalFeeRate: '2' }))
      .toMatchObject({ eligible: true, amount: null, missing: ['guaranteedAmount'] });
  });

  it('mentions the aim of a total rate below 1% and the year 2020, without failing', () => {
    const outcome = guaranteeFee.evaluate(borrower);
    expect(outcome.eligible).toBe(true);
    expect(outcome.confirmBy.map((c) => c.zh).join()).toContain('1%以下');
    expect(outcome.period).toEqual({ zh: '2020年', en: 'the year 2020' });
  });

  it('contacts: the SME service centre first, then 北京金融街服务局 金融稳定处', () => {
    expect(guaranteeFee.evaluate(borrower).contacts).toEqual([
      { unit: '区发展改革委', office: '中小企业服务中心', person: '赵鹏', phone: '83926742' },
      { unit: '北京金融街服务局', office: '金融稳定处', person: '王帅', phone: '66022202' },
    ]);
  });
});
