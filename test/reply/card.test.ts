import { describe, expect, it } from 'vitest';
import { answerCard } from '../../src/reply/card.js';
import { rentWaiver } from '../../src/policy/rules/rent-waiver.js';
import { jobSubsidy } from '../../src/policy/rules/job-subsidy.js';

describe('the operator answer card', () => {
  const outcome = rentWaiver.evaluate({
    landlordType: 'districtSoe', premisesUse: 'office', registeredInXicheng: true, enterpriseSize: 'micro',
    operatingStatus: 'closedPerRules', layoffs: 'few', monthlyRent: '15000',
  });
  const card = answerCard([outcome]);

  it('has every section a hotline ticket needs, in order', () => {
    const sections = ['结论：', '适用措施（条款原文摘录）：', '计算过程：', '金额：', '需部门确认的条件：', '联系部门与电话：', '政策依据：'];
    const positions = sections.map((label) => card.indexOf(label));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('shows the office-use arithmetic, the amount, the clause and the district SOE contact', () => {
    expect(card).toContain('15,000 元 × 2 个月 × 50% = 15,000 元');
    expect(card).toContain('金额：15,000 元（15000.00）');
    expect(card).toContain('承租用于办公用房的，2020年3月和4月给予租金50%的减免');
    expect(card).toContain('区国资委 改革协同办 于伟川 66112569');
    expect(card).toContain('西政办发〔2020〕6号，北京市西城区人民政府办公室，2020年5月11日');
  });

  it('says where to ask when the notice sets no amount', () => {
    const job = jobSubsidy.evaluate({ enterpriseSize: 'small', industry: 'catering', revenueDropPercent: '85', organizesTraining: true });
    const jobCard = answerCard([job]);
    expect(jobCard).toContain('通知未规定补贴金额');
    expect(jobCard).toContain('66201990');
    expect(jobCard).toContain('66206171');
  });
});
