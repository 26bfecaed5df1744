import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../src/policy/facts.js';
import { guarantorSubsidy } from '../../../src/policy/rules/guarantor-subsidy.js';

/** A district government guarantee institution. */
const institution: Facts = { districtInstitution: true, comprehensiveFeeRate: '1.5', guaranteedAmount: '100000000' };

describe('guarantor-subsidy （六）: 50% of the fee cut below a 2% rate, at most 5,000,000 yuan', () => {
  it.each([
    { name: '综合费率1.5%、担保1亿元的驻区机构，补贴（2%−1.5%）×1亿×50%=25万元', facts: {}, amount: '250000.00' },
    { name: '综合费率1.99%、担保100万元的，补贴50元', facts: { comprehensiveFeeRate: '1.99', guaranteedAmount: '1000000' }, amount: '50.00' },
    { name: '综合费率1%、担保10亿元的，补贴正好500万元（达到上限）', facts: { comprehensiveFeeRate: '1', guaranteedAmount: '1000000000' }, amount: '5000000.00' },
    { name: '综合费率0、担保499999999元的，补贴4999999.99元（低于上限）', facts: { comprehensiveFeeRate: '0', guaranteedAmount: '499999999' }, amount: '4999999.99' },
    { name: '综合费率0、担保5亿元的，补贴正好500万元', facts: { comprehensiveFeeRate: '0', guaranteedAmount: '500000000' }, amount: '5000000.00' },
    { name: '综合费率0、担保500000001元的，算得5000000.01元，封顶500万元', facts: { comprehensiveFeeRate: '0', guaranteedAmount: '500000001' }, amount: '5000000.00' },
    { name: '综合费率0.5%、担保20亿元的，算得1500万元，封顶500万元', facts: { comprehensiveFeeRate: '0.5', guaranteedAmount: '2000000000' }, amount: '5000000.00' },
    { name: '综合费率1.5%、担保333333.33元的，补贴833.333325元，到分为833.33元', facts: { guaranteedAmount: '333333.33' }, amount: '833.33' },
    { name: '综合费率1.999%、担保1000元的，补贴0.005元，四舍五入（进）为0.01元', facts: { comprehensiveFeeRate: '1.999', guaranteedAmount: '1000' }, amount: '0.01' },
  ] satisfies Array<{ name: string; facts: Facts; amount: string }>)('$name', ({ facts, amount }) => {
    expect(guarantorSubsidy.evaluate({ ...institution, ...facts })).toMatchObject({ rule: 'guarantor-subsidy', measure: 6, eligible: true, amount, reasons: [] });
  });

  it('shows the arithmetic "（2% − 1.5%）× 担保金额 100,000,000 元 × 50% = 250,000 元"', () => {
    expect(guarantorSubsidy.evaluate(institution).breakdown.map((line) => line.zh))
      .toEqual(['（2% − 1.5%）× 担保金额 100,000,000 元 × 50% = 250,000 元']);
  });

  it('exactly at the cap: one line, no cap line', () => {
    expect(guarantorSubsidy.evaluate({ ...institution, comprehensiveFeeRate: '0', guaranteedAmount: '500000000' }).breakdown).toHaveLength(1);
  });

  it('over the cap: the computed figure, then the cap line', () => {
    const { breakdown } = guarantorSubsidy.evaluate({ ...institution, comprehensiveFeeRate: '0', guaranteedAmount: '500000001' });
    expect(breakdown.map((line) => line.amount)).toEqual(['5000000.01', '5000000.00']);
    expect(breakdown[1]?.zh).toContain('上限 5,000,000 元');
  });

  it.each([
    { name: '综合费率正好2%的，没有补贴', facts: { comprehensiveFeeRate: '2' } },
    { name: '综合费率2.5%的，没有补贴', facts: { comprehensiveFeeRate: '2.5' } },
    { name: '不是驻区政府性融资担保机构的，没有补贴', facts: { districtInstitution: false } },
  ] satisfies Array<{ name: string; facts: Facts }>)('$name', ({ facts }) => {
    const outcome = guarantorSubsidy.evaluate({ ...institution, ...facts });
    expect(outcome).toMatchObject({ eligible: false, amount: null, breakdown: [], missing: [] });
    expect(outcome.reasons).toHaveLength(1);
    expect(outcome.reasons[0]?.zh).toContain('（六）');
  });

  it('asks in order: institution, rate, amount guaranteed', () => {
    expect(guarantorSubsidy.evaluate({})).toMatchObject({
      eligible: null, amount: null, missing: ['districtInstitution', 'comprehensiveFeeRate', 'guaranteedAmount'],
    });
  });

  it('successful loans and recognition are for the department, never a failure; the period is 2020', () => {
    const outcome = guarantorSubsidy.evaluate(institution);
    expect(outcome.eligible).toBe(true);
    expect(outcome.confirmBy.map((c) => c.zh).join()).toContain('经认定');
    expect(outcome.period.zh).toBe('2020年');
  });

  it('担保机构先找北京金融街服务局金融稳定处王帅 66022202', () => {
    expect(guarantorSubsidy.evaluate(institution).contacts[0]).toEqual({ unit: '北京金融街服务局', office: '金融稳定处', person: '王帅', phone: '66022202' });
  });
});
