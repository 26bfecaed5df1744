/**
 * The tenant's answers in the owner's own words (round 8): rent told per area, as a range or as a two-month
 * total in English, operating-status stories, staff named by trade, and the words that look like another
 * side or another fact. Variants of the families in conversations/dev/r8-fix-tenant8-*.yaml.
 */
import { describe, expect, it } from 'vitest';
import { loadDialogs, promptFor } from '../../src/dialog/dialog-schema.js';
import { factsFromMessage } from '../../src/dialog/fill-facts.js';
import { extractEntities } from '../../src/nlu/entities.js';
import { readAnswer } from '../../src/nlu/read-answer.js';
import { textCues } from '../../src/nlu/text-cues.js';
import type { FactName } from '../../src/policy/facts.js';

const dialogs = loadDialogs();
const tenant = dialogs.byId.get('rent-tenant');

function answer(awaiting: FactName, text: string, askApproximate = false) {
  return factsFromMessage(text, extractEntities(text), awaiting, tenant, {}, promptFor(dialogs, tenant, awaiting), { askApproximate });
}

describe('a monthly price per square metre and the area make the month\'s rent, said back', () => {
  it.each([
    ['每平米每月120 一共100平', '12000'],
    ['每平米每月200块 150平米', '30000'],
    ['一平米一个月150元，面积80平', '12000'],
    ['150 yuan per square metre per month, 80 square metres', '12000'],
    ['80 sqm at 200 rmb per sqm per month', '16000'],
  ])('%s → %s a month', (text, monthly) => {
    const filled = answer('monthlyRent', text);
    expect(filled.facts.monthlyRent).toBe(monthly);
    expect(filled.notes).toContainEqual(expect.objectContaining({ kind: 'areaRent', monthly }));
  });

  it.each(['每平米每天5块 100平', '8 yuan per sqm per day, 120 sqm', '每平米每月120'])('a price per day, or no area, is no rent yet: %s', (text) => {
    expect(answer('monthlyRent', text).facts.monthlyRent).toBeUndefined();
  });
});

describe('a range of rent answering the question is asked about once', () => {
  it.each(['一万五到两万之间吧', '15000-20000', '大概一万八到两万', 'somewhere between 15 and 20 thousand', '15k to 20k'])('%s', (text) => {
    const filled = answer('monthlyRent', text, true);
    expect(filled.facts.monthlyRent).toBeUndefined();
    expect(filled.unclear).toContainEqual(expect.objectContaining({ fact: 'monthlyRent', reason: 'approximate' }));
  });

  it.each([['一万五涨到了一万六', '16000'], ['3月到4月每月2万', '20000'], ['从两万调到一万八', '18000'], ['1.8万到12月都是这个价', '18000']])('a change or a span of months is no range: %s', (text, monthly) => {
    expect(answer('monthlyRent', text, true).facts.monthlyRent).toBe(monthly);
  });
});

it('two months\' rents joined by 到 are the two months, no range', () => {
  const { facts, unclear } = answer('monthlyRent', '3月1.8万到4月2万', true);
  expect([facts.rentMarch, facts.rentApril, unclear]).toEqual(['18000', '20000', []]);
});

describe('rent given per period or as a total, in the shapes owners type', () => {
  it.each([
    ['36k for March and April together', '18000'],
    ['40,000 for both months combined', '20000'],
    ['4万8一个季度', '16000'],
    ['3万6一个季度', '12000'],
    ['两个月一共三万六', '18000'],
    ['we pay 60k every three months', '20000'],
  ])('%s → %s a month', (text, monthly) => {
    expect(answer('monthlyRent', text).facts.monthlyRent).toBe(monthly);
  });
});

describe('operating-status stories', () => {
  it.each([
    ['一直开 修车的不能停', 'open'],
    ['药店不用关 一直开着', 'open'],
    ['只做外带 按要求不让堂食', 'open'],
    ['堂食停了 外带还做', 'open'],
    ['没人让关 是我自己怕传染关的', 'closedOther'],
    ['没人叫我们停 自己停的', 'closedOther'],
    ['社区让关的', 'closedPerRules'],
  ])('%s → %s', (text, status) => {
    expect(readAnswer('operatingStatus', text)).toBe(status);
  });
});

describe('staff counted by their trade', () => {
  it.each([['20个教练走了15个', 'many'], ['十个技师辞了一个', 'few'], ['走了两个理发师 店里十二个人', 'few']])('%s → %s', (text, level) => {
    expect(answer('layoffs', text).facts.layoffs).toBe(level);
  });
});

describe('words that name neither the premises nor the other side', () => {
  it.each(['no idea who owns it, I pay the property office', '钱交给物业办公室'])('a property office is no office: %s', (text) => {
    expect(extractEntities(text).facts.premisesUse).toBeUndefined();
  });

  it.each(['房租一万 物业费另交两千', '钱是交给物业的'])('the property fee is no trade: %s', (text) => {
    expect(extractEntities(text).facts.industry).toBeUndefined();
  });

  it('a property company is still one', () => {
    expect(extractEntities('我们是物业公司').facts.industry).toBe('cityOperation');
  });

  it.each(['我租的门面房 3 4月房租给免吗', '房东是区属国企 咨询3、4月房租能否免除', 'Caller says the landlord is a district SOE, asking if the rent is waived'])('a tenant asking of the rent: %s', (text) => {
    const cues = textCues(text);
    expect(cues.tenantSide).toBe(true);
    expect(cues.landlordSide).toBe(false);
  });

  it.each(['我把房子租给一家饭馆 免了两个月', 'I cut their rent by 10,000'])('a landlord stays a landlord: %s', (text) => {
    expect(textCues(text).tenantSide).toBe(false);
  });
});

describe('layoffs denied beside the staff told', () => {
  it.each(['就我跟我媳妇 没裁', '就俩人 没裁', '店里三个人 一个都没辞'])('"%s" is no layoffs', (text) => {
    expect(readAnswer('layoffs', text)).toBe('none');
  });
  // Round 11 (tenant11): the staff told beside a rhetorical "who would I lay off?" is the staff, not those let go.
  it.each(['没有 就俩人哪能裁', '裁员？就俩伙计，哪敢裁啊', '哪舍得裁', "lay off who? I only have two helpers, couldn't afford to lose them"])('"%s" is no layoffs', (text) => {
    expect(readAnswer('layoffs', text)).toBe('none');
  });
  it('"走了两个 其他没裁" still names people let go: not read as none', () => {
    expect(readAnswer('layoffs', '走了两个 其他没裁')).not.toBe('none');
  });
});

describe('a yes/no restated with an English negation of the past', () => {
  it('"we hadn\'t done any training" is no training organised', () => {
    expect(readAnswer('organizesTraining', "we hadn't done any training")).toBe(false);
  });
});

describe('a builder whose sites stopped while its office stayed staffed', () => {
  it.each([
    ['开着呢 工地停了办公室有人值班', 'open'],
    ['工地都停了 办公室一直有人值班', 'open'],
    ['sites closed, office still staffed', 'open'],
  ])('stayed open: %s → %s', (text, status) => {
    expect(readAnswer('operatingStatus', text)).toBe(status);
  });

  it('the office closed too is no "open"', () => {
    expect(readAnswer('operatingStatus', '工地停了 办公室也关了')).not.toBe('open');
  });
});

describe('plain English from ordinary owners (round 10)', () => {
  it.each([
    ['open, working from home mostly', 'open'],
    ['we were open, staff worked from home', 'open'],
    ['still open, half the team at home', 'open'],
    ['kept working, wfh', 'open'],
    ['open the whole time, people working from home', 'open'],
    ['we worked from home, the office was closed because of the rules', 'closedPerRules'],
  ])('where the staff worked is not a closure: %s → %s', (text, status) => {
    expect(readAnswer('operatingStatus', text)).toBe(status);
  });

  it.each([
    ['distrct SOE', 'districtSoe'],
    ['my landlord is distict soe', 'districtSoe'],
    ['a district goverment company', 'districtSoe'],
    ['yes that company, it belongs to the district', 'districtSoe'],
    ['the building belongs to the xicheng district government', 'districtSoe'],
    ['owned by the district government', 'districtSoe'],
  ])('the landlord in plain or mistyped words: %s → %s', (text, landlord) => {
    expect(answer('landlordType', text).facts.landlordType).toBe(landlord);
  });

  it.each([
    ['yoga studio', 'business'],
    ['the studio, people come for yoga classes', 'business'],
    ['a dance studio', 'business'],
    ['a design studio, just desks', 'office'],
  ])('a studio customers come to is business premises: %s → %s', (text, use) => {
    expect(readAnswer('premisesUse', text)).toBe(use);
  });

  it.each([
    ['registred in xicheng', true],
    ['bussiness, its a cafe', 'business'],
  ])('other facts mistyped: %s', (text, value) => {
    const facts = answer(text.startsWith('reg') ? 'registeredInXicheng' : 'premisesUse', text).facts;
    expect(Object.values(facts)).toContain(value);
  });
});
