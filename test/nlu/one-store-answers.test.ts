/**
 * Whether a store is a branch, answered with the owner in front of the count (round 10): "就我这一家", "只有我们这一个店",
 * "it's just me and this one shop" say one store of the owner's own, so not a branch set up as 分公司 (（四）); a count
 * of one branch ("就一个分店", "just one branch of the chain") is still a branch.
 */
import { expect, test } from 'vitest';
import { readAnswer } from '../../src/nlu/read-answer.js';
import { textCues } from '../../src/nlu/text-cues.js';

test.each([
  ['就我这一家', false],
  ['只有我们这一个店', false],
  ['就咱这一家店', false],
  ['我就这么一个小店', false],
  ['全北京就我们这一家', false],
  ['就开了我们这一家', false],
  ['我们只开了1家', false],
  ['独此一家', false],
  ["it's just me and this one shop", false],
  ['only this one shop, nothing else', false],
  ['I only have this shop', false],
  ["we're a one-shop business", false],
  ['just us, one location', false],
  ['there is only our shop, no others', false],
  ['就一个分店', true],
  ['just one branch of the chain', true],
])('a single store of the owner, asked whether it is a branch: %s → %s', (text, value) => {
  expect(readAnswer('chainBranch', text)).toBe(value);
});

test.each([
  'what could I have claimed back then?',
  'good morning, what was my cafe entitled to in 2020?',
  'what would our salon have got from the Xicheng measures?',
  'what were we eligible for?',
])('the check-up asked in the past: %s', (text) => {
  expect(textCues(text).checkup).toBe(true);
});

test('a landlord asking what they could have claimed asks for the landlords\' subsidy, not the check-up', () => {
  expect(textCues('landlord here. we reduced the rent for our tenants, what could we have claimed').checkup).toBe(false);
});
