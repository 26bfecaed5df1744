/**
 * Answers of the Chinese families of round 10 (fix-zh10), read without the classifier: a rhetorical "who didn't?" is a
 * yes ("那会儿谁不是延期开学"); who pays the rent said with the rent first ("房租自己交") in any message; a reduction total
 * followed by how one part differs ("有一家多减了五千") is that total; the 一 of 一直 / 一样 counts nobody laid off; 今年 and
 * 去年 told as a story still ask about today, and only figures make them a revenue comparison.
 */
import { expect, test } from 'vitest';
import type { FactName } from '../../src/policy/facts.js';
import { readAnswer } from '../../src/nlu/read-answer.js';
import { extractEntities } from '../../src/nlu/entities.js';
import { readReduction } from '../../src/nlu/read-reduction.js';
import { rhetoricalCue, textCues } from '../../src/nlu/text-cues.js';

test.each<[string, FactName, boolean]>([
  ['这个跟房租有啥关系？那会儿谁不是延期开学', 'openingDelayed', true],
  ['那时候哪家幼儿园不是延期开园的', 'openingDelayed', true],
  ['问这个干嘛？那会儿谁家不是推迟开课', 'openingDelayed', true],
  ['哪个培训机构不是教委批的', 'approvedByEducationCommission', true],
  ['那能不推迟吗，上面不让开', 'openingDelayed', true],
  ['没有延期，照常开学', 'openingDelayed', false],
  ['谁说我们延期了，没有', 'openingDelayed', false],
])('a rhetorical "who didn\'t?" answers yes: %s (%s) → %s', (text, fact, value) => {
  expect(readAnswer(fact, text)).toBe(value);
});

test.each([
  ['那会儿谁不是延期开学', true],
  ['哪家园不是推迟开园的', true],
])('the extractors hear the rhetorical yes too: %s', (text, value) => {
  expect(extractEntities(text).facts.openingDelayed).toBe(value);
});

test.each<[string, boolean | undefined]>([
  ['我们是连锁餐饮的分公司直营店 西城注册 房租自己交 连锁补贴怎么算', true],
  ['房租门店自己出，连锁补贴能拿吗', true],
  ['家政公司分公司 房租自个儿掏', true],
  ['连锁餐饮直营门店 房租是总部统一交的', false],
  ['the rent is paid by head office, we are a branch', false],
  // Letting premises is no paying.
  ['房子自己出租给别人', undefined],
])('who pays the rent, said with the rent first: %s → %s', (text, value) => {
  expect(extractEntities(text).facts.paysRent).toBe(value);
});

const reduction = (text: string): string | undefined => readReduction(text, extractEntities(text))?.value;

test.each([
  ['十二万五，有一家多减了五千', '125000'],
  ['一共九万，其中一家多免了一万', '90000'],
  ['125k - one of them got 5k more', '125000'],
  ['60k in all, the cafe got an extra 10k', '60000'],
  // Each tenant's own amount is still a part of a list.
  ['A家减了两万，B家减了一万五', '35000'],
])('a total, then how one part differs: %s → %s', (text, value) => {
  expect(reduction(text)).toBe(value);
});

test.each([
  ['没裁员 一直营业', 'none'],
  ['没裁员 一样发工资', 'none'],
  ['裁了一个人', 'few'],
])('the 一 of a word counts nobody laid off: %s → %s', (text, level) => {
  expect(extractEntities(text).facts.layoffs).toBe(level);
});

test.each([
  ['哪有人可裁 就我们两口子', 'none'],
  ['裁啥人啊，店里就仨人，都在', 'none'],
])('nobody to lay off, said as a question for effect: %s → %s', (text, level) => {
  expect(extractEntities(text).facts.layoffs ?? readAnswer('layoffs', text)).toBe(level);
  expect(textCues(text).question && !rhetoricalCue.test(text)).toBe(false);
});

test.each([
  ['这个免房租的政策现在还能申请吗，我们今年也困难，去年不知道有这个', true],
  ['去年听人说有免房租的政策，今年还能申请不', true],
  ['we missed it last year, can we still apply this year for the rent waiver?', true],
  ['去年同期100万今年20万', false],
  ['去年营业额一百万，今年只有二十万', false],
])('今年 and 去年 in a story still ask about today; with figures they compare revenue: %s → %s', (text, aboutNow) => {
  expect(textCues(text).aboutNow).toBe(aboutNow);
});
