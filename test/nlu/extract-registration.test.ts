/**
 * Where the business is registered when the owner says where they are from, after an answer or in passing:
 * "我是朝阳的呢", "咱们是丰台区的", "I'm from Chaoyang", "we're a Haidian company" put the business in another
 * district, and so does the company said to be elsewhere beside a shop in Xicheng ("公司在东城 门店在西城"); the
 * same words of Xicheng, or of something other than the owner, do not.
 */
import { expect, test } from 'vitest';
import { extractRegistration, readRegistration } from '../../src/nlu/extract-registration.js';

test.each([
  ['我是朝阳的呢', 'elsewhere'],
  ['我们是海淀的', 'elsewhere'],
  ['哦不对 咱们是丰台区的', 'elsewhere'],
  ['俺们是通州的', 'elsewhere'],
  ["I'm from Chaoyang actually", 'elsewhere'],
  ["hmm what if we're a Haidian company?", 'elsewhere'],
  ["we're in Tongzhou", 'elsewhere'],
  ['公司在东城 门店在西城', 'elsewhere'],
  ['哦 我们分公司其实在海淀 门店在西城', 'elsewhere'],
  ["nah, company's in Haidian, only the shop is here", 'elsewhere'],
])('said of oneself: "%s" is %s', (text, where) => {
  expect(extractRegistration(text)).toBe(where);
});

test.each([
  ['我是西城的', null],
  ['房东是朝阳的', null],
  ['我们是租的', null],
  ['the landlord is from Chaoyang', null],
  ['执照在西城，店在朝阳', null],
])('not the owner\'s own district: "%s" is %s', (text, where) => {
  expect(extractRegistration(text)).toBe(where);
});

// The bot is Xicheng's: the tax paid "here" (这边, 本区, locally) is paid in Xicheng, so registered elsewhere is split.
test.each([
  ['registered in Chaoyang but we pay tax here', 'split'],
  ["we're registered in Haidian, taxes are paid locally", 'split'],
  ['caller says the licence is Fengtai but they file tax here', 'split'],
  ['执照是朝阳的，税在这边交', 'split'],
  ['注册在海淀 本区纳税', 'split'],
  ['营业执照丰台的 税交在咱们区', 'split'],
  ['执照在朝阳，税不在这边交', 'elsewhere'],
  ['registered in Chaoyang, we do not pay tax here', 'elsewhere'],
])('taxed "here": "%s" is %s', (text, where) => {
  expect(extractRegistration(text.toLowerCase())).toBe(where);
});

// Either way round is split, and which way is told: registered here and taxed elsewhere ("税在别处", "tax paid elsewhere"),
// or registered elsewhere ("注册不在西城", "registered elsewhere") and taxed here.
test.each([
  ['执照在西城 税在别处', false],
  ['营业执照是西城的，税在其他区交', false],
  ['注册在西城，纳税在海淀', false],
  ['licence in xicheng, tax paid elsewhere', false],
  ['注册不在西城 但税在西城交', true],
  ['执照是朝阳的，税在这边交', true],
  ['registered elsewhere, but we pay tax here', true],
])('split: "%s" taxed here: %s', (text, taxedHere) => {
  expect(readRegistration(text)).toEqual({ where: 'split', taxedHere });
});

test.each([
  ['不在西城注册', 'elsewhere'],
  ['注册地不在西城', 'elsewhere'],
  ['哪家不是在西城注册的，我们也是，税也在西城', 'here'],
])('the registration denied in Xicheng: "%s" is %s', (text, where) => {
  expect(extractRegistration(text)).toBe(where);
});
