import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../src/policy/facts.js';
import { jobSubsidy } from '../../../src/policy/rules/job-subsidy.js';

/** A small restaurant whose Feb–Apr revenue fell 80% and that trains its staff. */
const restaurant: Facts = { enterpriseSize: 'small', industry: 'catering', revenueDropPercent: '80', organizesTraining: true };

const training = { unit: '区人力社保局', office: '职业能力建设科', person: '贾子辰', phone: '66201990', topic: '稳岗培训补贴' };
const temporaryPosts = { unit: '区人力社保局', office: '劳动服务管理中心', person: '李剑', phone: '66206171', topic: '临时性岗位补贴' };

describe('job-subsidy （十三）: revenue down 80% (inclusive) in Feb–Apr, staff trained', () => {
  it.each([
    { name: '2-4月营收同比下降80%（含）的餐饮小微企业，组织培训的，可获稳岗培训和临时性岗位补贴', facts: {}, eligible: true },
    { name: '下降79.99%的，差一点也不符合', facts: { revenueDropPercent: '79.99' }, eligible: false },
    { name: '下降100%的，符合', facts: { revenueDropPercent: '100' }, eligible: true },
    { name: '去年同期100万、今年20万（降80%）的，符合', facts: { revenueDropPercent: undefined, revenueBefore: '1000000', revenueAfter: '200000' }, eligible: true },
    { name: '去年同期100万、今年20.01万（降79.99%）的，不符合', facts: { revenueDropPercent: undefined, revenueBefore: '1000000', revenueAfter: '200100' }, eligible: false },
    { name: '所说降幅与前后营收一致时照常判断：100万→15万即降85%', facts: { revenueDropPercent: '85', revenueBefore: '1000000', revenueAfter: '150000' }, eligible: true },
    { name: '营收反而增长的，不符合', facts: { revenueDropPercent: undefined, revenueBefore: '1000000', revenueAfter: '1200000' }, eligible: false },
    { name: '中型企业可以', facts: { enterpriseSize: 'medium' }, eligible: true },
    { name: '微型企业可以', facts: { enterpriseSize: 'micro' }, eligible: true },
    { name: '大型企业不在范围内', facts: { enterpriseSize: 'large' }, eligible: false },
    { name: '没有按要求组织员工培训的，不符合', facts: { organizesTraining: false }, eligible: false },
    { name: '科技创新企业属于重点行业', facts: { industry: 'techInnovation' }, eligible: true },
    { name: '城市运行保障企业属于重点行业', facts: { industry: 'cityOperation' }, eligible: true },
    { name: '生活性服务业属于重点行业', facts: { industry: 'lifeService' }, eligible: true },
    { name: '便利店、美容美发、家政都算生活性服务业', facts: { industry: 'housekeeping' }, eligible: true },
  ] satisfies Array<{ name: string; facts: Facts; eligible: boolean }>)('$name', ({ facts, eligible }) => {
    const outcome = jobSubsidy.evaluate({ ...restaurant, ...facts });
    expect(outcome).toMatchObject({ rule: 'job-subsidy', measure: 13, eligible, amount: null });
    expect(outcome.reasons).toHaveLength(eligible ? 0 : 1);
    if (!eligible) expect(outcome.reasons[0]?.zh).toContain('（十三）');
  });

  it.each([
    { name: '所说降幅（90%）与前后营收（100万→50万，降50%）不一致时不下结论，要问哪个准确', facts: { revenueDropPercent: '90', revenueBefore: '1000000', revenueAfter: '500000' }, says: '不一致' },
    { name: '2019年同期营收为0时算不出降幅，不算通过，要问降幅', facts: { revenueDropPercent: undefined, revenueBefore: '0', revenueAfter: '0' }, says: null },
  ] satisfies Array<{ name: string; facts: Facts; says: string | null }>)('$name', ({ facts, says }) => {
    const outcome = jobSubsidy.evaluate({ ...restaurant, ...facts });
    expect(outcome).toMatchObject({ eligible: null, missing: ['revenueDropPercent'], reasons: [] });
    if (says) expect(outcome.confirmBy.map((c) => c.zh).join()).toContain(says);
  });

  it('the notice sets no amount: amount null, and the note says where to ask for each subsidy', () => {
    const outcome = jobSubsidy.evaluate(restaurant);
    expect(outcome.amount).toBeNull();
    expect(outcome.breakdown).toEqual([]);
    expect(outcome.amountNote?.zh).toContain('职业能力建设科');
    expect(outcome.amountNote?.zh).toContain('劳动服务管理中心');
  });

  it('shows the drop computed from the two revenues', () => {
    const outcome = jobSubsidy.evaluate({ ...restaurant, revenueDropPercent: undefined, revenueBefore: '1000000', revenueAfter: '200000' });
    expect(outcome.met.map((c) => c.zh)).toContain('2-4月收入同比下降 80%（≥ 80%）');
  });

  it.each([
    { name: '金融科技企业：行业列举带"等"，是否属于重点行业由部门确认，不直接说不行', industry: 'fintech' },
    { name: '其他行业：由部门确认是否属于重点行业', industry: 'other' },
  ] satisfies Array<{ name: string; industry: Facts['industry'] }>)('$name', ({ industry }) => {
    const outcome = jobSubsidy.evaluate({ ...restaurant, industry });
    expect(outcome.eligible).toBe(true);
    expect(outcome.reasons).toEqual([]);
    expect(outcome.confirmBy.map((c) => c.zh).join()).toContain('重点行业');
  });

  it('个体工商户：条款只写中小微企业，不直接说不行，由区人力社保局确认', () => {
    const outcome = jobSubsidy.evaluate({ ...restaurant, enterpriseSize: 'individual' });
    expect(outcome.eligible).toBe(true);
    expect(outcome.confirmBy.map((c) => c.zh).join()).toContain('个体工商户');
    expect(jobSubsidy.evaluate(restaurant).confirmBy.map((c) => c.zh).join()).not.toContain('个体工商户');
  });

  it('a listed key industry needs no confirmation of the industry', () => {
    expect(jobSubsidy.evaluate(restaurant).confirmBy.map((c) => c.zh).join()).not.toContain('重点行业');
  });

  it('asks in order: size, industry, revenue drop, training', () => {
    const outcome = jobSubsidy.evaluate({});
    expect(outcome).toMatchObject({ eligible: null, amount: null, missing: ['enterpriseSize', 'industry', 'revenueDropPercent', 'organizesTraining'] });
    expect(outcome.amountNote).not.toBeNull();
    expect(jobSubsidy.evaluate({ industry: 'catering', revenueBefore: '0', revenueAfter: '0' }).missing)
      .toEqual(['enterpriseSize', 'revenueDropPercent', 'organizesTraining']);
  });

  it.each([
    { name: '符合的', facts: restaurant },
    { name: '不符合的', facts: { ...restaurant, revenueDropPercent: '50' } },
    { name: '信息不全的', facts: {} },
  ] satisfies Array<{ name: string; facts: Facts }>)('$name结果写明按2020年2-4月营收判断', ({ facts }) => {
    expect(jobSubsidy.evaluate(facts).period.zh).toBe('2020年（以2-4月营业收入同比降幅为准）');
  });

  it('contacts: 区人力社保局 职业能力建设科 66201990 (training) then 劳动服务管理中心 66206171 (temporary posts)', () => {
    const { contacts } = jobSubsidy.evaluate({});
    expect(contacts.slice(0, 2)).toEqual([training, temporaryPosts]);
  });

  it.each([
    { name: '餐饮企业另给区商务局社区商业科', industry: 'catering', third: { unit: '区商务局', phone: '83509365' } },
    { name: '科技企业另给区科技和信息化局科技创新中心', industry: 'techInnovation', third: { unit: '区科技和信息化局', phone: '83976210' } },
  ] satisfies Array<{ name: string; industry: Facts['industry']; third: { unit: string; phone: string } }>)('$name', ({ industry, third }) => {
    const { contacts } = jobSubsidy.evaluate({ ...restaurant, industry });
    expect(contacts.slice(0, 2)).toEqual([training, temporaryPosts]);
    expect(contacts[2]).toMatchObject(third);
  });
});
