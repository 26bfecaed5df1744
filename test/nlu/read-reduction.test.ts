import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { extractEntities } from '../../src/nlu/entities.js';
import { readReduction } from '../../src/nlu/read-reduction.js';

const total = (text: string): string | undefined => readReduction(text, extractEntities(text))?.value;

describe('the total rent a landlord reduced, in the words landlords use', () => {
  test.each([
    // Rent before and after with the months between; rents listed one per tenant, added up once (round 10).
    ['原来一个月三万五 那两个月只收了两万', '30000'],
    ['平时一个月两万 疫情那俩月只收了一万二', '16000'],
    ['原来月租3万 三四月份只收了1.5万', '30000'],
    ['normally 25k a month, for March and April we only charged 15k', '20000'],
    ['三家月租分别是1万、1.5万、2万，都免了两个月', '90000'],
    ['两家月租分别是8000和1.2万 都免了两个月', '40000'],
    ['two tenants paying 9k and 11k a month respectively, both months waived', '40000'],
    // A total said as one.
    ['两个月共计减免4.8万元', '48000'],
    ['每月8000，两个月一共16000', '16000'],
    ['8000 a month, 16000 altogether', '16000'],
    ['减了两万', '20000'],
    // An amount per month, times the months.
    ['每月减6000减了俩月', '12000'],
    ['每个月5万 免了俩月', '100000'],
    ['俩月 每月八千', '16000'],
    ['免了两个月 一个月1.5万', '30000'],
    ['减了两个月的租金，每个月1万2', '24000'],
    ['both months at 8k each', '16000'],
    ['6,000 off each month for two months', '12000'],
    ['三四月每月减1万', '20000'],
    // An amount for each month named, added up.
    ['3月减了1万 4月减了8000', '18000'],
    ['march we cut 10k, april 5k', '15000'],
    // Per tenant, times the tenants (and the months).
    ['三个租户每家减了5000', '15000'],
    ['疫情给四个小租户每家减了一万', '40000'],
    // Months listed then counted; the rent halved or given a rent holiday, said without a percentage (round 10).
    ['3、4两个月的房租全免，每月租金15万元', '300000'],
    ['we halved it for March and April, it\'s normally 18,000 a month', '18000'],
    ['cut their rent in half for both months, rent is 30k', '30000'],
    ['a two-month rent holiday, rent is 12k a month', '24000'],
    ['给两个小微企业每家免了8000', '16000'],
    // A total, then how it was made: the parts restate it (tenants × each × months).
    ['24,000 in total (three tenants, 4k off each, two months)', '24000'],
    ['30k altogether - 3 tenants, 5k off each, for two months', '30000'],
    // Learner English drops the plural.
    ['we reduce 2 month rent for 3 shop, every shop 1 wan per month', '60000'],
    ['4 tenant, each one 5000 off', '20000'],
    ['3000 discount each month for two months', '6000'],
    ['一共减了2.4万，三家租户每家每月减4000，减了两个月', '24000'],
    ['each of our 4 tenants got 10k off', '40000'],
    ['给5家商户每家每月减2000，减了两个月', '20000'],
    // A share of the rent stated.
    ['月租3万，打了五折，减了两个月', '30000'],
    ['租金每月2万，减半收取两个月', '20000'],
    ['减了20%，月租5万，两个月', '20000'],
    ['30% off a 50,000 monthly rent, two months', '30000'],
    ['half of 20k for March and April', '20000'],
    ['三四月全免了，月租两万', '40000'],
    ['rent is 15k a month, waived in full for march and april', '30000'],
    ['月租2万，打八折，两个月', '8000'],
    // A share for each month named, of the one rent.
    ['月租是四万，三月份全免了，四月份减了一半', '60000'],
    ['3月免了，4月减半，租金每月2万', '30000'],
    ['rent is 30k a month. march was fully waived and april was half', '45000'],
    ['rent 20k a month, march free, april no reduction', '20000'],
    // A rate ("一个月18万") beside the span ("免了三个月").
    ['一个月18万左右 免了三个月', '540000'],
    ['18万一个月，减了俩月', '360000'],
    // The speaker counted before the tenants ("一家物业公司").
    ['我们是一家物业公司，给三家租户各减了一个月房租，每家一万二', '36000'],
    // An amount waived (with a hedge) is the reduction, not the rent, whatever months it spans.
    ['we waived approx 480k rent for the companies in our space feb to april', '480000'],
    ['we waived about 60k of rent for march and april', '60000'],
    // The rent before and after: the difference each month.
    ['租金从2万降到1.5万 降了两个月', '10000'],
    ['原来月租3万，现在2万，三四月', '20000'],
    ['we cut it from 20k to 15k a month for March and April', '10000'],
    ['rent was 20k, now 15k, for two months', '10000'],
    // Each tenant's rent listed, one share for all.
    ['一家月租1万，一家月租2万，都免了两个月', '60000'],
    ['rent 10k for one and 12k for the other, both waived for two months', '44000'],
    // A total for each month ("每月合计") is each month's.
    ['每月合计减免12万 减了三个月', '360000'],
    ['每个月一共减了3万，减了两个月', '60000'],
    // The months named are the span when the only count is a rate's 一个月.
    ['全楼一个月租金十二万，三月四月都减一半', '120000'],
    // Some of the tenants counted: "3 of our 12 tenants".
    ['Waived 3 of our 12 tenants for March and April, 8k a month each', '48000'],
    ['3家加起来减了4w5', '45000'],
    // Each tenant's reduction listed, added up; a group counted ("剩下三家每家") is its amount times its tenants.
    ['A家减了两万，B家一万五，剩下三家每家八千', '59000'],
    ['the noodle shop got 12k off, the florist 9k, the print shop 6k', '27000'],
    ['一家减了1万，另一家减了6000', '16000'],
    ['大的那家减了3万 小的两家各减了5千', '40000'],
    ['three tenants: 10k, 8k and 5k', '23000'],
    ['A家每月减5000，B家每月减3000，减了两个月', '16000'],
    ['each of the 4 shops got 3k a month off for both months, plus 10k for the restaurant', '34000'],
    ['caller says three shops: 5,000, 5,000 and 8,000 off', '18000'],
    ['两家，一家减了1万，一家减了1万', '20000'],
    // One reduction said twice (by the month, then in all) is no list.
    ['每月减8000，减了两个月，16000', '16000'],
    ['8k a month, 16k for both months', '16000'],
    // Units let one by one (desks, rooms) counted like tenants, at the price of one.
    ['40 desks at 2,000 a month, waived March and April', '160000'],
    ['40个工位，每个工位每月2000，三四月都免了', '160000'],
    ['12 rooms @ 3k a month, both months free', '72000'],
    ['工位30个 每个1500元一个月 免了两个月', '90000'],
    // Part of a month; months of rent waived said as the span ("减了半个月", "a month and a half").
    ['月租2万，给减了半个月', '10000'],
    ['月租4万，免了一个半月', '60000'],
    ['half a month, the rent is 20k', '10000'],
    ['rent 30k a month, we waived a month and a half', '45000'],
    // One rent by the month, a share for each month named.
    ['两万五一个月 3月全免 4月收了一半', '37500'],
    // A total for each tenant counted ("每户一共").
    ['6户小微企业每户一共减了1万', '60000'],
    // An amount "each per month"; a rent's own total is the rent; one month waived among the months named.
    ['all 15 companies, 8,000 each per month, for March and April', '240000'],
    ['3 months rent reduced by 30%. monthly rent total 100k', '90000'],
    ['租给了三个商户 3月4月每家都免了一个月房租 每家月租1万', '30000'],
    // Units counted with a share for each month named: each unit's shares, times the units (r9).
    ['120个工位 每个每月600 3月全免 4月减半', '108000'],
    ['120 desks at 600 a month each, March free, April half', '108000'],
    ['10家商户 每家月租8000 三月全免 四月减半', '120000'],
    ['20 units at 5k a month, march waived, april half off', '150000'],
    // A count of tenants, desks or rooms is no amount of money, whatever English noun counts it (r9).
    ['30 tenants, 2,000 off each a month, two months', '120000'],
    ['15 startups at 3000 a month, waived both months', '90000'],
    // An amount "off each per month" with the months further on (r9).
    ['six tenants, 3,000 off each per month, for two months', '36000'],
    ['4 shops, 2,500 off each per month for March and April', '20000'],
    // "one and a half months" is a span, not half of the rent (r9).
    ['12,000 a month, one and a half months', '18000'],
    ['rent 20k, we waived one and a half months', '30000'],
    ['1.5 months free at 8000 a month', '12000'],
    // The tenants' rents added up ("月租加起来") are a rent a share is taken of, by the month (r9).
    ['租户月租加起来十万 疫情两个月都减了三成', '60000'],
    ['几家租户房租加起来一个月8万 减了一半 两个月', '80000'],
    // A share right after a word of reducing is the rent's, though the subsidy is asked next ("减了三成 补贴咋算").
    ['写字楼出租的 租户月租加起来十万 疫情两个月都减了三成 补贴咋算', '60000'],
    ['月租5万 三四月减了两成 补贴多少', '20000'],
    ['rent 40k a month, cut by 25% for march and april, subsidy?', '20000'],
    // A listed tenant's own span: one month waived is not times the months the other got (r9).
    ['一家每月减5000减了俩月 另一家免了一个月 一万', '20000'],
    ['one got 5k off a month for two months, the other got one month free, 10k', '20000'],
    ['A家每月减3000减了两个月，B家免了一个月，8000', '14000'],
    // A total each month with words between ("每个月免的租金合计15万") is each month's (r9).
    ['每个月免的租金合计15万 三月四月两个月', '300000'],
    ['每月减免的房租合计6万，减了两个月', '120000'],
    // The subsidy's own rate quoted is no share of the rent.
    ['两个月共减免租金三十六万 补贴是不是百分之三十', '360000'],
    ['we waived 100k, is the subsidy 30%?', '100000'],
  ])('%s → %s', (text, expected) => {
    expect(total(text)).toBe(expected);
  });

  test('3、4月 named with one amount is that amount for both months, not twice it', () => {
    expect(total('3、4月减了2万')).toBe('20000');
  });

  test('a rent and a total beside it: the total, not the rents added up', () => {
    expect(total('月租2万 全免 两个月 4万')).toBe('40000');
  });

  test('the rent before and after is said back as their difference', () => {
    expect(readReduction('租金从2万降到1.5万 降了两个月', extractEntities('租金从2万降到1.5万 降了两个月'))?.how)
      .toEqual({ base: '5000', baseOf: { op: '-', values: ['20000', '15000'] }, months: 2 });
  });

  test('a "每家" that counts no tenants is for each of the tenants counted earlier', () => {
    const text = '每家每个月减五千，减了三月和四月';
    expect(readReduction(text, extractEntities(text), undefined, undefined, { tenants: 3 })?.value).toBe('30000');
    expect(readReduction(text, extractEntities(text))?.value).toBe('10000');
    expect(readReduction('一共减了3万', extractEntities('一共减了3万'), undefined, undefined, { tenants: 3 })?.value).toBe('30000');
  });

  test('a rent said after the owner said it was waived in full is the reduction, for the months said before', () => {
    const text = 'total rent is 200k a month across the building';
    expect(readReduction(text, extractEntities(text), undefined, undefined, { months: 2, waivedInFull: true })?.value).toBe('400000');
    expect(readReduction(text, extractEntities(text))?.value).toBeUndefined();
  });

  test('the rent alone, with no word of how much was reduced, is no reduction', () => {
    expect(total('月租2万')).toBeUndefined();
    expect(total('没减')).toBeUndefined();
  });

  test('the arithmetic is returned for the reply to say back', () => {
    expect(readReduction('每月减6000减了俩月', extractEntities('每月减6000减了俩月'))?.how).toEqual({ base: '6000', months: 2 });
    expect(readReduction('3月减了1万 4月减了8000', extractEntities('3月减了1万 4月减了8000'))?.how).toEqual({ sum: ['10000', '8000'] });
    expect(readReduction('减了两万', extractEntities('减了两万'))?.how).toBeNull();
  });

  test('any text: never throws; a total is a non-negative decimal', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (text) => {
      const value = total(text);
      return value === undefined || /^\d+(\.\d+)?$/.test(value);
    }));
  });
});

describe('a unit said once after a list of rents is every one of them', () => {
  test.each([
    ['one pays 8k, the other 10k a month, both months free', '36000'],
    ['two tenants, 5k and 6k a month, both months free', '22000'],
    ['两家租户每月各交1.2万 3 4月都没收', '48000'],
  ])('%s → %s', (text, value) => {
    expect(readReduction(text, extractEntities(text), undefined, undefined, { waivedInFull: true })?.value).toBe(value);
  });
  test('a 每月 before the last amount is that one\'s alone', () => {
    expect(total('A家减了两万，B家每月减5000，减了两个月')).toBe('30000');
  });
});

describe('rents listed and waived for months: their sum times the months, no tenant counted twice', () => {
  test.each([
    ['waived 2 months, rents 4k, 5k, 6k', '30000'],
    ['landlord. tenants = 3 small firms. waived 2 months. rents 4k, 5k, 6k.', '30000'],
    ['三家租户 租金分别是4000、5000、6000 免了两个月', '30000'],
    ['两家租金各是8000和1万，都免了两个月', '36000'],
  ])('%s → %s', (text, value) => {
    expect(total(text)).toBe(value);
  });
});

describe('rents told tenant by tenant beside a waiver said once: each tenant\'s rent, added up, times the months', () => {
  test.each([
    // Months named after the last rent are the waiver's span, not that rent's own (round 11).
    ['our two tenants pay 9k and 11k a month and we waived march and april for both', '40000'],
    ['两家租户 一家月租9000 一家11000 三四月都免了', '40000'],
    ['两个租户每月交9千和1万1 3月4月都没收', '40000'],
    // As many amounts as tenants counted, with no word of rent at them.
    ['三家分别4000 5000 6000 免了两个月', '30000'],
    ['三家分别4000 5000 6000 减半两个月', '15000'],
    // The next tenant named between two rents.
    ['noodle shop pays 10k, barber 6k a month, both got march and april free', '32000'],
    ['药店月租一万 面馆八千 3月4月都免了', '36000'],
    // Other words of a waiver.
    ['our tenants pay 6k and 4k monthly; we let them off march and april', '20000'],
    ['one pays 8k, the other 10k a month, we gave both march and april free', '36000'],
    // Each amount after a word of one tenant.
    ['一家8000一家1万 每月 免了俩月', '36000'],
  ])('%s → %s', (text, value) => {
    expect(total(text)).toBe(value);
  });
  test('months named before the rents make them the months\' own rents, added up once', () => {
    expect(total('3月4月租金分别是2万、1.8万，都免了')).toBe('38000');
    expect(total('3、4月租金分别2万和1.8万 减半')).toBe('19000');
  });
  test('the monthly rents added up ("月租金加起来") are a rent, times the months; "3、4月租金共计" is the total', () => {
    expect(total('月租金加起来5万 三四月全免了')).toBe('100000');
    expect(total('给入驻企业减免了3、4月租金共计120万')).toBe('1200000');
  });
  test('"N months at X" is by the month; "30% back?" is the subsidy\'s rate, not a share of the rent', () => {
    expect(total('we waived 2 months at 12k. 30% back?')).toBe('24000');
  });
});

// The months named as what was reduced, beside an amount by the month: months × amount (r11 loose11).
describe('the months named as the rent reduced', () => {
  test.each([
    ['给租户减了3月4月两个月房租 每月3万', '60000'],
    ['给租户减了3月4月房租 每月3万', '60000'],
    ['免了租户三、四月的租金 一个月两万五', '50000'],
    ['减了租户3月到4月的房租 月租1万8', '36000'],
    ['we cut the tenant march and april rent, 30k a month', '60000'],
    // A share said after the months is that share, not the whole rent.
    ['减了3月4月房租的一半 每月3万', '30000'],
    ['cut our tenants march and april rent by half, rent 30k a month', '30000'],
  ])('%s → %s', (text, value) => {
    expect(total(text)).toBe(value);
  });
});

// A third off is the exact third (round 12): 33.33% of 30,000 × 2 would be 19,998, and the landlord's 30% 5,999.40.
describe('a share said as a fraction that never ends is taken exactly', () => {
  test.each([
    ['月租3万 减了三分之一 减了两个月', '20000'],
    ['we knocked a third off the rent for both months, rent is 30,000 a month', '20000'],
    ['rent 30k a month, cut by one third for two months', '20000'],
    ['月租3万 减了1/3 减了两个月', '20000'],
    // A quarter ends as a percentage: taken as 25%.
    ['月租2万 减了四分之一 减了两个月', '10000'],
  ])('%s → %s', (text, value) => {
    expect(total(text)).toBe(value);
  });
  test('an amount that does not divide by three keeps the exact third until the end', () => {
    const value = total('月租2万5 减了三分之一 减了两个月');
    expect(Number(value)).toBeCloseTo(50000 / 3, 8);
  });
});
