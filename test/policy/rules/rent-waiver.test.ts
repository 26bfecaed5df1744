import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../src/policy/facts.js';
import { rentWaiver } from '../../../src/policy/rules/rent-waiver.js';

/** A tenant meeting every condition of （一）: the cases below change one fact at a time. */
const restaurant: Facts = {
  landlordType: 'districtSoe', premisesUse: 'business', registeredInXicheng: true, enterpriseSize: 'small',
  operatingStatus: 'open', layoffs: 'none', monthlyRent: '20000',
};

describe('rent-waiver （一）: amounts', () => {
  it.each([
    { name: '月租金2万元的区属国企承租餐馆，3、4月共免4万元', facts: {}, amount: '40000.00' },
    { name: '租区属国企房产办公、月租2万元的，3、4月租金减半，共减2万元', facts: { premisesUse: 'office' }, amount: '20000.00' },
    { name: '3月租金1.8万、4月2.2万的经营用房，两个月共免4万元', facts: { monthlyRent: undefined, rentMarch: '18000', rentApril: '22000' }, amount: '40000.00' },
    { name: '3、4月租金各自给出时，以实际两个月租金为准，不用月租金', facts: { rentMarch: '18000', rentApril: '22000' }, amount: '40000.00' },
    { name: '只给了3月租金、没给4月的，按月租金计算', facts: { rentMarch: '18000' }, amount: '40000.00' },
    { name: '月租3333.33元的办公用房，减免50%共3333.33元', facts: { premisesUse: 'office', monthlyRent: '3333.33' }, amount: '3333.33' },
    { name: '3、4月租金各1000.005元的办公用房，合计后四舍五入为1000.01元（不逐月取整）', facts: { premisesUse: 'office', rentMarch: '1000.005', rentApril: '1000.005' }, amount: '1000.01' },
    { name: '3、4月租金各3333.335元的经营用房，共免6666.67元', facts: { rentMarch: '3333.335', rentApril: '3333.335' }, amount: '6666.67' },
    { name: '月租0.005元的经营用房，两个月合计0.01元（逐月取整会得0.02元）', facts: { monthlyRent: '0.005' }, amount: '0.01' },
    { name: '月租为0的，减免0元', facts: { monthlyRent: '0' }, amount: '0.00' },
  ] satisfies Array<{ name: string; facts: Facts; amount: string }>)('$name', ({ facts, amount }) => {
    const outcome = rentWaiver.evaluate({ ...restaurant, ...facts });
    expect(outcome).toMatchObject({ rule: 'rent-waiver', measure: 1, eligible: true, amount, reasons: [], missing: [] });
  });

  it('shows the arithmetic: "20,000 元 × 2 个月 = 40,000 元", then March and April each', () => {
    const { breakdown } = rentWaiver.evaluate(restaurant);
    expect(breakdown.map((line) => line.zh)).toEqual([
      '20,000 元 × 2 个月 = 40,000 元',
      '其中3月：20,000 元',
      '其中4月：20,000 元',
    ]);
    expect(breakdown[0]?.en).toBe('20,000 yuan × 2 months = 40,000 yuan');
    expect(breakdown.find((line) => line.month === 4)).toMatchObject({ amount: '20000.00', zh: '其中4月：20,000 元' });
  });

  it('office premises: the 50% is shown on the total and on the April line', () => {
    const { breakdown } = rentWaiver.evaluate({ ...restaurant, premisesUse: 'office' });
    expect(breakdown[0]?.zh).toBe('20,000 元 × 2 个月 × 50% = 20,000 元');
    expect(breakdown.find((line) => line.month === 4)).toMatchObject({ amount: '10000.00', zh: '其中4月：20,000 元 × 50% = 10,000 元' });
  });

  it('different March and April rent: each month is named in the total line', () => {
    const { breakdown } = rentWaiver.evaluate({ ...restaurant, rentMarch: '18000', rentApril: '22000' });
    expect(breakdown[0]?.zh).toContain('3月 18,000 元 + 4月 22,000 元');
    expect(breakdown[0]?.zh).toMatch(/= 40,000 元$/);
    expect(breakdown.find((line) => line.month === 4)?.amount).toBe('22000.00');
  });
});

describe('rent-waiver （一）: conditions', () => {
  it.each([
    { name: '中型企业可以享受', facts: { enterpriseSize: 'medium' }, eligible: true },
    { name: '小型企业可以享受', facts: { enterpriseSize: 'small' }, eligible: true },
    { name: '微型企业可以享受', facts: { enterpriseSize: 'micro' }, eligible: true },
    { name: '个体工商户可以享受', facts: { enterpriseSize: 'individual' }, eligible: true },
    { name: '大型企业不在范围内', facts: { enterpriseSize: 'large' }, eligible: false },
    { name: '未在西城区注册纳税的，不能享受', facts: { registeredInXicheng: false }, eligible: false },
    { name: '按政府要求坚持营业的，可以享受', facts: { operatingStatus: 'open' }, eligible: true },
    { name: '依照防疫规定关闭停业的，可以享受', facts: { operatingStatus: 'closedPerRules' }, eligible: true },
    { name: '因其他原因停业的，不能享受', facts: { operatingStatus: 'closedOther' }, eligible: false },
    { name: '不裁员的，可以享受', facts: { layoffs: 'none' }, eligible: true },
    { name: '少裁员的，可以享受', facts: { layoffs: 'few' }, eligible: true },
    { name: '大量裁员的，不能享受', facts: { layoffs: 'many' }, eligible: false },
  ] satisfies Array<{ name: string; facts: Facts; eligible: boolean }>)('$name', ({ facts, eligible }) => {
    const outcome = rentWaiver.evaluate({ ...restaurant, ...facts });
    expect(outcome.eligible).toBe(eligible);
    expect(outcome.reasons).toHaveLength(eligible ? 0 : 1);
    expect(outcome.amount).toBe(eligible ? '40000.00' : null);
    if (!eligible) expect(outcome.reasons[0]?.zh).toMatch(/（一）/);
  });

  it.each([
    { name: '租民营企业房产的，不保证免租，但房东可获减免额30%补贴', landlordType: 'private' },
    { name: '租中央企业房产的，不保证免租，由双方协商，房东可获减免额30%补贴', landlordType: 'centralSoe' },
    { name: '租其他房东房产的，不保证免租，由双方协商，房东可获减免额30%补贴', landlordType: 'other' },
  ] satisfies Array<{ name: string; landlordType: Facts['landlordType'] }>)('$name', ({ landlordType }) => {
    const outcome = rentWaiver.evaluate({ ...restaurant, landlordType });
    expect(outcome).toMatchObject({ eligible: false, amount: null, breakdown: [], missing: [] });
    const reason = outcome.reasons[0]?.zh ?? '';
    expect(reason).toContain('鼓励');
    expect(reason).toContain('协商');
    expect(reason).toContain('30%');
    expect(outcome.alternatives.map((a) => a.why.zh).join()).toContain('30%');
    expect(outcome.contacts[0]).toMatchObject({ unit: '区发展改革委', office: '中小企业服务中心' });
  });

  it('a large enterprise renting from a private landlord gets both reasons, clause by clause', () => {
    const outcome = rentWaiver.evaluate({ ...restaurant, landlordType: 'private', enterpriseSize: 'large' });
    expect(outcome.reasons).toHaveLength(2);
  });

  it('a chain branch store or a school is pointed to （四） or （三）', () => {
    expect(rentWaiver.evaluate({ ...restaurant, chainBranch: true }).alternatives.map((a) => a.measure)).toContain(4);
    expect(rentWaiver.evaluate({ ...restaurant, industry: 'kindergarten' }).alternatives.map((a) => a.measure)).toContain(3);
  });
});

describe('rent-waiver （一）: missing facts, department conditions, period, contacts', () => {
  it('with no facts: depends, and asks for every fact in asking order', () => {
    const outcome = rentWaiver.evaluate({});
    expect(outcome).toMatchObject({ eligible: null, amount: null });
    expect(outcome.missing).toEqual(['landlordType', 'premisesUse', 'registeredInXicheng', 'enterpriseSize', 'operatingStatus', 'layoffs', 'monthlyRent']);
  });

  it('with the landlord and rent known: asks only for the rest, in order', () => {
    const outcome = rentWaiver.evaluate({ landlordType: 'districtSoe', monthlyRent: '20000', layoffs: 'few' });
    expect(outcome.eligible).toBeNull();
    expect(outcome.missing).toEqual(['premisesUse', 'registeredInXicheng', 'enterpriseSize', 'operatingStatus']);
  });

  it('all conditions met but no rent given: eligible, the amount waits for monthlyRent', () => {
    const outcome = rentWaiver.evaluate({ ...restaurant, monthlyRent: undefined });
    expect(outcome).toMatchObject({ eligible: true, amount: null, missing: ['monthlyRent'] });
  });

  it('a failed condition decides: nothing more is asked', () => {
    expect(rentWaiver.evaluate({ landlordType: 'private' })).toMatchObject({ eligible: false, missing: [] });
  });

  it('lists what only the department judges (strategic positioning, relocation scope, lawful, hardship) without failing', () => {
    const outcome = rentWaiver.evaluate(restaurant);
    expect(outcome.eligible).toBe(true);
    expect(outcome.confirmBy.map((c) => c.zh)).toEqual(['符合首都城市战略定位', '不在疏解整治范围内', '合法规范经营', '受疫情影响经营困难']);
  });

  it.each([
    { name: '符合条件的', facts: restaurant },
    { name: '不符合条件的', facts: { ...restaurant, landlordType: 'private' } },
    { name: '信息不全的', facts: {} },
  ] satisfies Array<{ name: string; facts: Facts }>)('$name结果也写明适用期间是2020年3、4月', ({ facts }) => {
    expect(rentWaiver.evaluate(facts).period).toEqual({ zh: '2020年3月、4月的房租', en: 'rent for March and April 2020' });
  });

  it('区属国企的租户先找区国资委改革协同办于伟川 66112569', () => {
    expect(rentWaiver.evaluate(restaurant).contacts[0]).toEqual({ unit: '区国资委', office: '改革协同办', person: '于伟川', phone: '66112569' });
  });
});
