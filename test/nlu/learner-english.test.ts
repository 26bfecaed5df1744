/**
 * Learner and translation-app English ("we not fire any people", "shop no close", "company register Xicheng but
 * the tax pay at Dongcheng", "thirty thousand one month"): read as the owner meant, and the plain English
 * beside each stays as it was.
 */
import { expect, test } from 'vitest';
import { readAnswer } from '../../src/nlu/read-answer.js';
import { extractLayoffs } from '../../src/nlu/extract-layoffs.js';
import { extractRegistration } from '../../src/nlu/extract-registration.js';
import { extractMoney } from '../../src/nlu/extract-money.js';

test.each([
  ['we not fire any people', 'none'],
  ['teacher we not fire', 'none'],
  ['no fire teacher', 'none'],
  ['nobody we fire', 'none'],
  ['no people leave', 'none'],
  ['10 of 12 people go', 'many'],
  ['2 of 20 worker leave', 'few'],
  ['we fire 3 people', 'few'],
  ['we not fire 3 people, only 1', undefined],
])('asked layoffs: "%s" is %s', (text, level) => {
  const reading = extractLayoffs(text)?.level ?? readAnswer('layoffs', text);
  if (level === undefined) expect(reading).not.toBe('none');
  else expect(reading).toBe(level);
});

test.each([
  ['store no close, open every day', 'open'],
  ['shop no close', 'open'],
  ['no business so we closed', undefined],
  ['we work from home two month because epidemic', 'closedPerRules'],
])('asked operatingStatus: "%s" is %s', (text, status) => {
  const reading = readAnswer('operatingStatus', text);
  if (status === undefined) expect(reading).not.toBe('open');
  else expect(reading).toBe(status);
});

test.each([
  ['company register Xicheng but the tax pay at Dongcheng', 'split'],
  ['we register in Haidian', 'elsewhere'],
  ['company register Xicheng, tax also pay Xicheng', 'here'],
])('registration: "%s" is %s', (text, where) => {
  expect(extractRegistration(text)).toBe(where);
});

test.each([
  ['thirty thousand one month', '30000'],
  ['twenty thousand each month', '20000'],
  ['one hundred twenty thousand per month', '120000'],
  ['eight thousand five hundred', '8500'],
  ['no wait, it was one point five million', '1500000'],
  ['two point five million', '2500000'],
  ['three point two thousand', '3200'],
])('money in words: "%s" is %s yuan', (text, value) => {
  expect(extractMoney(text)[0]?.value).toBe(value);
});

test.each([
  ['rent is headquarter pay, not we', false],
  ['the branch pay the rent by itself', true],
  ['the rent is pay by our store itself, head office not pay', true],
  ['HQ no pay, our store pay the rent itself', true],
])('asked paysRent: "%s" is %s', (text, pays) => {
  expect(readAnswer('paysRent', text)).toBe(pays);
});

test.each([
  ['we no open because epidemic', 'closedPerRules'],
  ['we close by ourself for decorate', 'closedOther'],
  ['not open two month', undefined],
])('asked operatingStatus: an opening denied is a closure: "%s" is %s', (text, status) => {
  expect(readAnswer('operatingStatus', text)).toBe(status);
});

test('asked layoffs: "we no have fire people" is none', () => {
  expect(extractLayoffs('we no have fire people')?.level).toBe('none');
});

test('asked landlordType: "belong Xicheng government" is a district SOE', () => {
  expect(readAnswer('landlordType', 'belong Xicheng government')).toBe('districtSoe');
});
