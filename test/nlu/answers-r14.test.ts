/**
 * Families of round 14 (the r14 dev writers), read without the classifier: "在" answers where the business is registered;
 * "有的" is a yes; "一个没走", "都留着呢" are no layoffs; schools that are a shop's customers are no school; a call the owner
 * made asks for nobody; "no actually head office pays" asserts what follows its "no"; "nothing reduced, 0" is a reduction
 * of 0; the measure's own name ("连锁直营门店的房租补贴") is no fact of the store; a letting told in a story is a landlord's.
 */
import { expect, test } from 'vitest';
import type { FactName } from '../../src/policy/facts.js';
import { readAnswer } from '../../src/nlu/read-answer.js';
import { extractEntities } from '../../src/nlu/entities.js';
import { textCues } from '../../src/nlu/text-cues.js';
import { extractYesNo } from '../../src/nlu/extract-yes-no.js';

test.each<[string, boolean | null]>([
  ['有的', true],
  ['有的 网上的课', true],
  ['有的人走了', null],
])('"%s" as a yes or no → %s', (text, yesNo) => {
  expect(extractYesNo(text).yesNo).toBe(yesNo);
});

test.each<[FactName, string, unknown]>([
  ['registeredInXicheng', '在', true],
  ['registeredInXicheng', '在的', true],
  ['registeredInXicheng', '是在', true],
  ['registeredInXicheng', '不在', false],
  ['layoffs', '一个没走', 'none'],
  ['layoffs', '谁也没走', 'none'],
  ['layoffs', '就俩伙计 都留着呢', 'none'],
  ['layoffs', '都留下了一半', 'many'],
  ['layoffs', '一个都没走 但是辞了一个', 'few'],
  ['layoffs', "nobody, it's me and my sister", 'none'],
  ['layoffs', '人都让回家了 十二个裁了九个', 'many'],
  ['layoffs', '二十个人走了两个', 'few'],
  ['layoffs', '裁了 二十来个人走了十三四个 没法子', 'many'],
  ['layoffs', '裁了三四个', 'few'],
  ['layoffs', 'yeah we had to let go like 9 out of 12, couldnt pay them', 'many'],
  ['layoffs', 'only two', 'few'],
  ['layoffs', '教练走了一大半 裁了十几个', 'many'],
  ['layoffs', 'kept my one helper', 'none'],
  ['chainBranch', 'fen gongsi zhiying', true],
  ['chainBranch', 'not zhiying, jiameng', false],
  ['paysRent', 'no actually head office pays the rent for all the branches', false],
])('asked %s, "%s" → %s', (fact, text, value) => {
  expect(readAnswer(fact, text)).toBe(value);
});

test.each<[string, Partial<Record<FactName, unknown>>, FactName[]]>([
  ['降了九成 学校都没开学', { openingDelayed: true }, ['industry']],
  ['我们学校没开学', { industry: 'educationTraining' }, []],
  ['我们是一家美发连锁的门店，想问那个连锁直营门店的房租补贴', { industry: 'beautySalon' }, ['chainBranch']],
  ['我们是直营门店 连锁直营门店的房租补贴能拿吗', { chainBranch: true }, []],
  ['no actually head office pays the rent for all the branches', { paysRent: false }, []],
  ['Note: the company bought the shop unit years ago.', { landlordType: 'ownPremises' }, []],
  ['租金从我们门店自己的账上走', {}, ['landlordType']],
  ['ok and this policy still open now? we can apply this year?', {}, ['operatingStatus']],
  ["We're a small coding class for kids, renting from a district SOE.", { industry: 'educationTraining', landlordType: 'districtSoe' }, []],
  ['our bakery rents from a district SOE, we closed Feb-March per the rules, registered here, micro.', { registeredInXicheng: true, operatingStatus: 'closedPerRules' }, []],
  ['registered here but pay tax in chaoyang', {}, ['registeredInXicheng']],
  ['we stayed open the whole time', { operatingStatus: 'open' }, []],
])('"%s" holds %o and none of %o', (text, facts, absent) => {
  const found = extractEntities(text).facts;
  expect(found).toMatchObject(facts);
  for (const fact of absent) expect(found[fact]).toBeUndefined();
});

test.each<[string, boolean]>([
  ['nothing reduced, 0, only pay later', true],
  ['we did not reduce, just deferred', true],
  ['一分没减 只是缓交', true],
  ['零售店', false],
  ['其实最后没减成 就是延期收了 没少收', true],
  ['nothing, we cut 5000', false],
])('asked the reduction, "%s" says none: %s', (text, zero) => {
  expect(extractEntities(text).zeroAmount).toBe(zero);
});

test.each<[string, Partial<ReturnType<typeof textCues>>]>([
  ['刚打电话问了物业 房东是一个央企下面的公司', { humanAsked: false, whomToCall: false }],
  ['I just got off the phone with the landlord', { whomToCall: false }],
  ['我想打电话问问', { humanAsked: true, whomToCall: true }],
  ['开着的 学校不开学也没啥活', { school: false }],
  ['我们学校没开学 房租能免吗', { school: true }],
  ["I'm just a private person renting my flat to a small design studio", { landlordSide: true }],
  ['we knocked 5k off their rent', { landlordSide: true }],
  ['我是个人房东，给租我房子的小饭馆免了两个月房租', { landlordSide: true }],
  ['we are danbao jigou, government guarantee in xicheng', { guarantorSide: true }],
  ['I am individual landlord, I own one shop and rent to a hair salon', { landlordSide: true }],
  ['thanks. does that mean both March and April are fully free?', { askPeriod: true }],
  ["so that's only march and april? not may?", { askPeriod: true }],
])('"%s" → %o', (text, cues) => {
  expect(textCues(text)).toMatchObject(cues);
});

test('"so mar+apr is 210k": the amount is for March and April together', async () => {
  const { extractMoney } = await import('../../src/nlu/extract-money.js');
  expect(extractMoney('so mar+apr is 210k').map((m) => m.months)).toEqual([[3, 4]]);
});

test('the notice\'s own cap quoted ("单家最高500万那个", "capped at 5 million") is no figure of the owner\'s', () => {
  expect(extractEntities('担保机构补贴 单家最高500万那个 我们量比较大').money).toEqual([]);
  expect(extractEntities('is it capped at 5 million? we guaranteed 1.2 billion').money.map((m) => m.value)).toEqual(['1200000000']);
});
