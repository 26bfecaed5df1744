/**
 * Answers told as stories, by family (round 9): layoffs told by who there is and who left ("就我跟我媳妇 没裁", "少了一个
 * 老师，是她自己要走的"); a single shop asked whether it is a branch ("就一家"); a thumbs-up or a cross for yes or no;
 * a state landlord of another district or a middle landlord letting the SOE's premises on (not Xicheng's district
 * SOE); an answer the owner corrects inside itself ("总部付的……不对，门店自己付"); a value said to be someone else's
 * ("楼下那个门店是别人家的"); the measure of （四） named by its name, which says nothing of the store being a branch.
 */
import { expect, test } from 'vitest';
import type { FactName } from '../../src/policy/facts.js';
import { readAnswer } from '../../src/nlu/read-answer.js';
import { extractLayoffs } from '../../src/nlu/extract-layoffs.js';
import { extractYesNo } from '../../src/nlu/extract-yes-no.js';
import { extractEntities } from '../../src/nlu/entities.js';

test.each([
  ['就我跟我媳妇 没裁', 'none'],
  ['就我和我老婆俩人 没雇人', 'none'],
  ['少了一个老师，是她自己要走的', 'none'],
  ['那会儿生意是真不好 人手本来就少 也没裁', 'none'],
  ['保育员走了一个，是回家生孩子去了', 'none'],
  ['夫妻店 没雇人', 'none'],
  ['没裁几个', 'few'],
  ['裁了两个人', 'few'],
  // The staff named by their roles, all kept (round 10).
  ['老师保育员都留着 工资照发', 'none'],
  ['厨师和服务员都还在', 'none'],
  ['老师们全都留下了 工资发一半', 'none'],
  ['老师保安保洁阿姨都在', 'none'],
])('layoffs told as a story: %s → %s', (text, level) => {
  const extracted = extractLayoffs(text)?.level;
  expect(extracted ?? readAnswer('layoffs', text)).toBe(level);
});

test('someone who left of their own accord is no layoff, a count of people let go is', () => {
  expect(extractLayoffs('走了一个厨师 人家自己不干了')?.level).toBe('none');
  expect(extractLayoffs('走了一个厨师')?.level).toBe('few');
});

test.each([
  ['就一家', false],
  ['就这么一家 没分店', false],
  ['只开了这一个店', false],
  ['不连锁 就开了一家', false],
  ['分公司直营', true],
])('a single shop asked whether it is a branch: %s → %s', (text, value) => {
  expect(extractEntities(text).facts.chainBranch ?? readAnswer('chainBranch', text)).toBe(value);
});

test.each([
  ['👍', true], ['👌', true], ['✅', true], ['👍🏻', true], ['✔️', true],
  ['❌ 在朝阳', false], ['👎', false],
])('a sign as the answer: %s → %s', (text, yes) => {
  expect(extractYesNo(text).yesNo).toBe(yes);
});

test.each([
  { text: '海淀区的国企，不是西城区属的', kind: 'other' }, { text: '朝阳区属国企', kind: 'other' }, { text: '东城国资的', kind: 'other' },
  { text: 'a Haidian district state-owned company', kind: 'other' }, { text: '二房东 一个私人老板', kind: 'other' },
  { text: '不是海淀的国企，是西城区属的', kind: 'districtSoe' }, { text: '区属国企', kind: 'districtSoe' },
])('who the landlord is: $text → $kind', ({ text, kind }) => {
  expect(readAnswer('landlordType', text)).toBe(kind);
});

test.each([
  ['房东是朝阳区属国企', 'other'],
  ['我这个房东自己也是租的，他从区属国企那整栋包下来，再一间一间转租给我们', 'other'],
  ['房东是西城区的国企', 'districtSoe'],
  ['我们从区属国企租的，转租了一部分给别人', 'districtSoe'],
])('a district SOE named that is not the owner\'s landlord: %s → %s', (text, kind) => {
  expect(extractEntities(text).facts.landlordType).toBe(kind);
});

test.each<[FactName, string, string | boolean]>([
  ['paysRent', '总部付的……不对，去年起改成门店自己付了，3、4月是我们店自己付的', true],
  ['paysRent', '我们自己付 哦不 是总部统一付的', false],
  ['operatingStatus', '开着呢……不对不对，三月按要求停了', 'closedPerRules'],
  ['premisesUse', '门店 说错了 是办公', 'office'],
  ['premisesUse', '门店 错了 是办公', 'office'],
  ['paysRent', '总部付 啊不 我们自己付', true],
  ['paysRent', 'head office pays, no wait, the branch pays it itself since last year', true],
  ['premisesUse', '不对外的 办公', 'office'],
])('an answer corrected inside itself: %s %s → %s', (fact, text, value) => {
  expect(readAnswer(fact, text)).toBe(value);
});

test('a value said to be someone else\'s is not the owner\'s', () => {
  expect(extractEntities('等等，不对，我们二楼其实是办公室，楼下临街那个门店是别人家的').facts.premisesUse).toBe('office');
  expect(extractEntities('sorry, the shop downstairs is someone else\'s, ours is an office').facts.premisesUse).toBe('office');
});

test('（四） named by its name says nothing of the store being a branch; a branch said beside it does', () => {
  expect(extractEntities('我们饭馆能拿连锁直营那个房租补贴吗').facts.chainBranch).toBeUndefined();
  expect(extractEntities('我们是连锁餐饮的分店，能拿连锁直营门店的房租补贴吗').facts.chainBranch).toBe(true);
});
